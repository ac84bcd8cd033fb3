package com.lana.checkout.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * Something the store sells. Immutable.
 *
 * @param code canonical product code, e.g. {@code PEN}
 * @param name what the customer reads on the receipt, e.g. {@code Lana Pen}
 * @param price the price of one unit, from 0.01€ to {@link #MAX_PRICE}
 */
public record Product(String code, String name, Money price) implements Serializable {

    public static final int MAX_NAME_LENGTH = 80;

    /** The highest unit price a catalog may set; with the basket's quantity limit, totals cannot overflow. */
    public static final Money MAX_PRICE = Money.ofMajor(1_000_000);

    public Product {
        ProductCode.requireCanonical(code);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Product " + code + ": name must be 1-" + MAX_NAME_LENGTH
                    + " characters, was '" + Texts.abbreviate(name) + "'");
        }
        if (price.cents() <= 0 || price.compareTo(MAX_PRICE) > 0) {
            throw new IllegalArgumentException(
                    "Product " + code + ": price must be 0.01€-" + MAX_PRICE + ", was " + price);
        }
    }

    @Override
    public String toString() {
        return code + " " + name + " " + price;
    }
}
