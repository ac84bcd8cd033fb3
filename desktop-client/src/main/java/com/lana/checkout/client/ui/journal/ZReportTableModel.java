package com.lana.checkout.client.ui.journal;

import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.client.ui.parts.ListTableModel;

import java.time.format.DateTimeFormatter;

/**
 * A day's Z reports as table rows: the Z number, the shift, when it closed and who closed it, the cash
 * expected and counted, and the difference (negative short). Use on the EDT.
 */
final class ZReportTableModel extends ListTableModel<ShiftReport> {

    /** The columns holding amounts, shown right-aligned. */
    static final int[] NUMBER_COLUMNS = {4, 5, 6};
    /** The columns' preferred widths. */
    static final int[] WIDTHS = {110, 80, 70, 90, 90, 90, 90};

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    ZReportTableModel() {
        super("Z report", "Shift", "Closed", "Closed by", "Expected", "Counted", "Difference");
    }

    @Override
    protected Object cell(ShiftReport z, int column) {
        return switch (column) {
            case 0 -> z.z().toString();
            case 1 -> z.shift().number().toString();
            case 2 -> TIME.format(z.time());
            case 3 -> z.shift().closedBy() == null ? "" : z.shift().closedBy();
            case 4 -> z.expectedCash().toString();
            case 5 -> z.counted().toString();
            case 6 -> z.difference().toString();
            default -> throw new IndexOutOfBoundsException("No column " + column);
        };
    }
}
