package com.lana.checkout.client;

import com.lana.checkout.api.Receipt;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link Receipt} into the rows the receipt table shows: each product line, then the
 * promotions that reduced it, directly underneath. Amounts are {@code Money.toString()} text.
 */
final class ReceiptRows {

    /** One table row. A promotion row has an empty quantity and unit price. */
    record Row(Kind kind, String productCode, String description, String quantity, String unitPrice,
               String amount) {
        enum Kind { PRODUCT, PROMOTION }

        boolean isPromotion() {
            return kind == Kind.PROMOTION;
        }
    }

    private ReceiptRows() {
    }

    static List<Row> of(Receipt receipt) {
        if (receipt == null) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (Receipt.Line line : receipt.lines()) {
            rows.add(new Row(Row.Kind.PRODUCT, line.code(), line.name(), Integer.toString(line.quantity()),
                    line.unitPrice().toString(), line.amount().toString()));
            for (Receipt.Discount discount : receipt.discounts()) {
                if (discount.productCode().equals(line.code())) {
                    rows.add(new Row(Row.Kind.PROMOTION, line.code(), discount.description(), "", "",
                            discount.saved().negate().toString()));
                }
            }
        }
        return List.copyOf(rows);
    }
}
