package com.lana.checkout.client;

import javax.swing.table.AbstractTableModel;
import java.util.List;

/** The receipt's rows for a {@code JTable}: item, quantity, unit price, amount. Read-only. */
final class ReceiptTableModel extends AbstractTableModel {

    static final int ITEM = 0;
    static final int QUANTITY = 1;
    static final int UNIT_PRICE = 2;
    static final int AMOUNT = 3;
    private static final String[] COLUMNS = {"Item", "Qty", "Unit price", "Amount"};

    private List<ReceiptRows.Row> rows = List.of();

    void setRows(List<ReceiptRows.Row> newRows) {
        if (!newRows.equals(rows)) {
            rows = newRows;
            fireTableDataChanged();
        }
    }

    ReceiptRows.Row row(int index) {
        return rows.get(index);
    }

    /** The first row of a product's line, or -1. */
    int indexOfProduct(String code) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isPromotion() && rows.get(i).productCode().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Object getValueAt(int rowIndex, int columnIndex) {
        ReceiptRows.Row row = rows.get(rowIndex);
        switch (columnIndex) {
            case ITEM:
                return row.isPromotion() ? "    ↳ " + row.description() : row.description();
            case QUANTITY:
                return row.quantity();
            case UNIT_PRICE:
                return row.unitPrice();
            case AMOUNT:
                return row.amount();
            default:
                throw new IndexOutOfBoundsException("No column " + columnIndex);
        }
    }
}
