package com.lana.checkout.client.ui;

import com.lana.checkout.client.ui.parts.ListTableModel;


/** The receipt's rows for a {@code JTable}: item, quantity, unit price, amount. Read-only. */
final class ReceiptTableModel extends ListTableModel<ReceiptRows.Row> {

    static final int ITEM = 0;
    static final int QUANTITY = 1;
    static final int UNIT_PRICE = 2;
    static final int AMOUNT = 3;

    ReceiptTableModel() {
        super("Item", "Qty", "Unit price", "Amount");
    }

    /** Where a row equal to this one is now, or -1. */
    int indexOf(ReceiptRows.Row row) {
        if (row.isPending()) {   // its text changes as it is sent: find it by its scan
            for (int i = 0; i < rows().size(); i++) {
                if (row.pendingScan().equals(rows().get(i).pendingScan())) {
                    return i;
                }
            }
            return -1;
        }
        int index = rows().indexOf(row);
        return index >= 0 ? index : indexOfProduct(row.productCode());
    }

    /** The row of a product's line, else its last pending scan's row, or -1. */
    int indexOfProduct(String code) {
        int pending = -1;
        for (int i = 0; i < rows().size(); i++) {
            ReceiptRows.Row row = rows().get(i);
            if (row.productCode().equals(code)) {
                if (row.kind() == ReceiptRows.Row.Kind.PRODUCT) {
                    return i;
                }
                pending = row.isPending() ? i : pending;
            }
        }
        return pending;
    }

    @Override
    protected Object cell(ReceiptRows.Row row, int column) {
        switch (column) {
            case ITEM:
                return row.isPromotion() ? "    ↳ " + row.description() : row.description();
            case QUANTITY:
                return row.quantity();
            case UNIT_PRICE:
                return row.unitPrice();
            case AMOUNT:
                return row.amount();
            default:
                throw new IndexOutOfBoundsException("No column " + column);
        }
    }
}
