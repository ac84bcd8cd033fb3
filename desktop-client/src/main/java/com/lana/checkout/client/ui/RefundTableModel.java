package com.lana.checkout.client.ui;

import com.lana.checkout.client.refund.RefundDraft;

/**
 * A refund's lines as table rows: the product, units sold, units back already, and the units coming
 * back now ({@code none left} on a line with nothing left to come back). Use on the EDT.
 */
final class RefundTableModel extends ListTableModel<RefundDraft.Line> {

    /** The columns holding numbers, shown right-aligned. */
    static final int[] NUMBER_COLUMNS = {1, 2, 3};

    RefundTableModel() {
        super("Product", "Sold", "Back already", "Refund");
    }

    @Override
    Object cell(RefundDraft.Line line, int column) {
        return switch (column) {
            case 0 -> line.name();
            case 1 -> Integer.toString(line.sold());
            case 2 -> Integer.toString(line.returned());
            case 3 -> line.remaining() == 0 ? "none left" : Integer.toString(line.quantity());
            default -> throw new IndexOutOfBoundsException("No column " + column);
        };
    }
}
