package com.lana.checkout.client.ui.journal;

import com.lana.checkout.api.audit.AuditEntry;
import com.lana.checkout.client.ui.parts.ListTableModel;

import java.time.format.DateTimeFormatter;

/**
 * A day's audit trail as table rows, in time order: time, till, clerk, action, what it touched, the
 * amount, the manager who approved it and the reason; a cell the entry leaves empty shows empty.
 * Use on the EDT.
 */
final class AuditTableModel extends ListTableModel<AuditEntry> {

    /** The columns holding amounts, shown right-aligned. */
    static final int[] NUMBER_COLUMNS = {5};
    /** The columns' preferred widths: the reason gets the slack. */
    static final int[] WIDTHS = {70, 50, 80, 130, 110, 80, 100, 200};

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    AuditTableModel() {
        super("Time", "Till", "Clerk", "Action", "Touched", "Amount", "Approved by", "Reason");
    }

    @Override
    protected Object cell(AuditEntry entry, int column) {
        return switch (column) {
            case 0 -> TIME.format(entry.time());
            case 1 -> entry.till();
            case 2 -> orEmpty(entry.clerk());
            case 3 -> entry.action().toString();
            case 4 -> orEmpty(entry.touched());
            case 5 -> entry.amount() == null ? "" : entry.amount().toString();
            case 6 -> orEmpty(entry.approvedBy());
            case 7 -> orEmpty(entry.reason());
            default -> throw new IndexOutOfBoundsException("No column " + column);
        };
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
