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
 * @param lines one per line key (a product's code, or a price label's digits), in the order they were
 *     first added; no key twice
 * @param catalogVersion the catalog version the basket was opened under, which prices it to its end
 */
public record BasketLines(BasketId basket, long version, List<Line> lines, long catalogVersion) {

    public BasketLines {
        Objects.requireNonNull(basket, "basket");
        if (version < 0) {
            throw new IllegalArgumentException("Version must not be negative, was " + version);
        }
        if (catalogVersion < 1) {
            throw new IllegalArgumentException("Catalog version must be positive, was " + catalogVersion);
        }
        lines = List.copyOf(lines);
    }

    /** A basket of the first catalog version, the one a store's baskets have before any other is published. */
    public BasketLines(BasketId basket, long version, List<Line> lines) {
        this(basket, version, lines, 1);
    }

    /** An empty basket at version 0. */
    public static BasketLines empty(BasketId basket, long catalogVersion) {
        return new BasketLines(basket, 0, List.of(), catalogVersion);
    }

    /** An empty basket at version 0 of the first catalog version. */
    public static BasketLines empty(BasketId basket) {
        return empty(basket, 1);
    }

    /** Units of all products together. */
    public long units() {
        return lines.stream().mapToLong(Line::quantity).sum();
    }

    /**
     * Some units of one product.
     *
     * @param product the line key: a product's canonical code, or a price label's EAN-13 digits
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
