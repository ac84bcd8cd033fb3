package com.lana.checkout.client.ui;

import com.lana.checkout.api.Payment;
import com.lana.checkout.api.SaleSummary;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The day's sales as table rows: number, time, items, total, how it was paid, change. Use on the EDT. */
final class JournalTableModel extends ListTableModel<SaleSummary> {

    /** The columns holding numbers and amounts, shown right-aligned. */
    static final int[] NUMBER_COLUMNS = {2, 3, 5};

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    JournalTableModel() {
        super("Sale", "Time", "Items", "Total", "Paid by", "Change");
    }

    @Override
    Object cell(SaleSummary sale, int column) {
        return switch (column) {
            case 0 -> sale.number().toString();
            case 1 -> TIME.format(sale.time());
            case 2 -> Long.toString(sale.units());
            case 3 -> sale.total().toString();
            case 4 -> kinds(sale.kinds());
            case 5 -> sale.change().toString();
            default -> throw new IndexOutOfBoundsException("No column " + column);
        };
    }

    /** {@code Cash}, {@code Card}, {@code Card + Cash}: each kind once, in the order taken. */
    private static String kinds(List<Payment.Kind> kinds) {
        return kinds.stream().distinct()
                .map(kind -> kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" + "));
    }
}
