package com.lana.checkout.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * Something the store sells. Immutable.
 *
 * @param code canonical product code, e.g. {@code PEN}
 * @param name what the customer reads on the receipt, e.g. {@code Lana Pen}
 * @param price the price of one unit, more than zero
 */
public record Product(String code, String name, Money price) implements Serializable {

    public static final int MAX_NAME_LENGTH = 80;

    public Product {
        ProductCode.requireCanonical(code);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Product " + code + ": name must be 1-" + MAX_NAME_LENGTH
                    + " characters, was '" + Texts.abbreviate(name) + "'");
        }
        if (price.cents() <= 0) {
            throw new IllegalArgumentException("Product " + code + ": price must be more than 0.00€, was " + price);
        }
    }

    @Override
    public String toString() {
        return code + " " + name + " " + price;
    }
}
