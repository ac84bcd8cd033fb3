package com.lana.checkout.client.ui.journal;

import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;
import com.lana.checkout.client.ui.parts.ListTableModel;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The day's sales and refunds as table rows, in the order they were made: number, time, items,
 * total (a refund's amount negative), how it was paid or paid back, change, and which sale a refund
 * is of. Use on the EDT.
 */
final class JournalTableModel extends ListTableModel<JournalTableModel.Entry> {

    /** The columns holding numbers and amounts, shown right-aligned. */
    static final int[] NUMBER_COLUMNS = {2, 3, 5};
    /** The columns' preferred widths: the note ({@code refund of S-000001}) shows whole. */
    static final int[] WIDTHS = {80, 70, 50, 80, 100, 70, 140};

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** One row: a completed sale or a refund. */
    sealed interface Entry permits Sold, Refunded {
        LocalDateTime time();

        /** The sale, or the sale a refund is of. */
        SaleNumber saleNumber();

        /** What the row shows in {@code column}. */
        String cell(int column);
    }

    record Sold(SaleSummary sale) implements Entry {
        @Override
        public LocalDateTime time() {
            return sale.time();
        }

        @Override
        public SaleNumber saleNumber() {
            return sale.number();
        }

        @Override
        public String cell(int column) {
            return switch (column) {
                case 0 -> sale.number().toString();
                case 1 -> TIME.format(sale.time());
                case 2 -> Long.toString(sale.units());
                case 3 -> sale.total().toString();
                case 4 -> kinds(sale.kinds());
                case 5 -> sale.change().toString();
                case 6 -> "";
                default -> throw new IndexOutOfBoundsException("No column " + column);
            };
        }
    }

    record Refunded(Refund refund) implements Entry {
        @Override
        public LocalDateTime time() {
            return refund.time();
        }

        @Override
        public SaleNumber saleNumber() {
            return refund.sale();
        }

        @Override
        public String cell(int column) {
            return switch (column) {
                case 0 -> refund.number().toString();
                case 1 -> TIME.format(refund.time());
                case 2 -> Long.toString(refund.units());
                case 3 -> refund.amount().negate().toString();
                case 4 -> refund.paidBack().isEmpty() ? "nothing paid back"
                        : kinds(refund.paidBack().stream().map(Payment::kind).toList());
                case 5 -> "";
                case 6 -> "refund of " + refund.sale();
                default -> throw new IndexOutOfBoundsException("No column " + column);
            };
        }
    }

    JournalTableModel() {
        super("Number", "Time", "Items", "Total", "Paid by", "Change", "Note");
    }

    /** The day's sales and refunds as rows, in time order (sales first at the same second). */
    static List<Entry> entries(List<SaleSummary> sales, List<Refund> refunds) {
        List<Entry> entries = new ArrayList<>();
        sales.forEach(sale -> entries.add(new Sold(sale)));
        refunds.forEach(refund -> entries.add(new Refunded(refund)));
        entries.sort(Comparator.comparing(Entry::time));   // stable: sales before refunds of the same time
        return entries;
    }

    @Override
    protected Object cell(Entry entry, int column) {
        return entry.cell(column);
    }

    /** {@code Cash}, {@code Card}, {@code Card + Cash}: each kind once, in the order taken. */
    private static String kinds(List<Payment.Kind> kinds) {
        return kinds.stream().distinct()
                .map(kind -> kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" + "));
    }
}
