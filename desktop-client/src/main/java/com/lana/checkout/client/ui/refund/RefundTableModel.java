package com.lana.checkout.client.ui.refund;

import com.lana.checkout.client.refund.RefundDraft;
import com.lana.checkout.client.ui.parts.ListTableModel;

import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;

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
    protected Object cell(RefundDraft.Line line, int column) {
        return switch (column) {
            case 0 -> line.name();
            case 1 -> Integer.toString(line.sold());
            case 2 -> Integer.toString(line.returned());
            case 3 -> line.remaining() == 0 ? "none left" : Integer.toString(line.quantity());
            default -> throw new IndexOutOfBoundsException("No column " + column);
        };
    }

    /** Sets {@code table}, showing this model, up: one line picked at a time, numbers on the right, the name widest. */
    static void dress(JTable table) {
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getTableHeader().setReorderingAllowed(false);
        DefaultTableCellRenderer numbers = new DefaultTableCellRenderer();
        numbers.setHorizontalAlignment(SwingConstants.RIGHT);
        for (int column : NUMBER_COLUMNS) {
            table.getColumnModel().getColumn(column).setCellRenderer(numbers);
        }
        int[] widths = {230, 50, 100, 70};   // the product's name takes the room; "Back already" shows whole
        for (int column = 0; column < widths.length; column++) {
            table.getColumnModel().getColumn(column).setPreferredWidth(widths[column]);
        }
    }
}
