package com.lana.checkout.api;

import java.io.Serializable;

/**
 * Units of one product of a sale that the customer brings back: {@code ReturnedItem.of("PEN", 1)}.
 * The code is the one on the sale's receipt line (a product code, or a price label's digits),
 * trimmed and upper-cased. Immutable.
 *
 * @param code the receipt line's code
 * @param quantity how many units come back; at least 1
 */
public record ReturnedItem(String code, int quantity) implements Serializable {

    public ReturnedItem {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("The product coming back is missing");
        }
        if (code.length() > ProductCode.MAX_LENGTH) {
            throw new IllegalArgumentException("Not a product code: '" + Texts.abbreviate(code) + "'");
        }
        code = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (quantity < 1) {
            throw new IllegalArgumentException("Units of " + code + " coming back must be at least 1, was " + quantity);
        }
    }

    public static ReturnedItem of(String code, int quantity) {
        return new ReturnedItem(code, quantity);
    }

    @Override
    public String toString() {
        return quantity + " x " + code;
    }
}
