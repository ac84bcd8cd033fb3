package com.lana.checkout.bench;

import com.lana.checkout.api.Receipt;

/** Small readers of receipts for the scenarios' checks. */
final class Receipts {

    private Receipts() {
    }

    /** Units of {@code code} on the receipt; 0 when it has no such line. */
    static long units(Receipt receipt, String code) {
        for (Receipt.Line line : receipt.lines()) {
            if (line.code().equals(code)) {
                return line.quantity();
            }
        }
        return 0;
    }
}
