package com.lana.checkout.client.ui;

import com.lana.checkout.api.Product;
import com.lana.checkout.client.ui.parts.ListTableModel;

/** Products found, for a {@code JTable}: code, name, price, VAT rate, and whether it is off sale. Read-only. */
final class ProductTableModel extends ListTableModel<Product> {

    static final int CODE = 0;
    static final int NAME = 1;
    static final int PRICE = 2;
    static final int VAT = 3;
    static final int ON_SALE = 4;

    static final String NOT_ON_SALE = "not on sale";

    ProductTableModel() {
        super("Code", "Name", "Price", "VAT", "");
    }

    @Override
    protected Object cell(Product product, int column) {
        return switch (column) {
            case CODE -> product.code();
            case NAME -> product.name();
            case PRICE -> product.price().toString();
            case VAT -> product.vat().toString();
            case ON_SALE -> product.onSale() ? "" : NOT_ON_SALE;
            default -> throw new IndexOutOfBoundsException("No column " + column);
        };
    }
}
