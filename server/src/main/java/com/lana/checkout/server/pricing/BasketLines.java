package com.lana.checkout.server.pricing;

import com.lana.checkout.api.BasketId;

import java.util.List;
import java.util.Objects;

/**
 * What a basket holds at one moment, as a store answers it: an immutable value, detached from any
 * lock or database row, that pricing turns into a receipt.
 *
 * @param basket the basket
 * @param version how many changes the basket has seen; a higher version is a later state
 * @param lines one per product, in the order the products were first added; no product twice
 */
public record BasketLines(BasketId basket, long version, List<Line> lines) {

    public BasketLines {
        Objects.requireNonNull(basket, "basket");
        if (version < 0) {
            throw new IllegalArgumentException("Version must not be negative, was " + version);
        }
        lines = List.copyOf(lines);
    }

    /** An empty basket at version 0. */
    public static BasketLines empty(BasketId basket) {
        return new BasketLines(basket, 0, List.of());
    }

    /** Units of all products together. */
    public long units() {
        return lines.stream().mapToLong(Line::quantity).sum();
    }

    /**
     * Some units of one product.
     *
     * @param product the product's canonical code
     * @param quantity at least one
     */
    public record Line(String product, int quantity) {
        public Line {
            Objects.requireNonNull(product, "product");
            if (quantity < 1) {
                throw new IllegalArgumentException("A line holds at least one unit, " + product + " had " + quantity);
            }
        }
    }
}
