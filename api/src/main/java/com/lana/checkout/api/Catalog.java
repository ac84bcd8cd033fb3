package com.lana.checkout.api;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The products on sale and the promotions in force. Immutable.
 *
 * <p>Every promotion names a product of the catalog and a product has at most one promotion, so
 * what a basket costs never depends on the order rules are applied in.
 */
public record Catalog(List<Product> products, List<Promotion> promotions) implements Serializable {

    public static final int MAX_PRODUCTS = 10_000;

    public Catalog {
        products = List.copyOf(products);
        promotions = List.copyOf(promotions);
        if (products.isEmpty() || products.size() > MAX_PRODUCTS) {
            throw new IllegalArgumentException("A catalog needs 1-" + MAX_PRODUCTS + " products, had " + products.size());
        }
        Set<String> codes = new HashSet<>();
        for (Product product : products) {
            if (!codes.add(product.code())) {
                throw new IllegalArgumentException("Product " + product.code() + " is listed twice");
            }
        }
        Set<String> promoted = new HashSet<>();
        for (Promotion promotion : promotions) {
            if (!codes.contains(promotion.productCode())) {
                throw new IllegalArgumentException(
                        "Promotion '" + promotion.description() + "' names unknown product " + promotion.productCode());
            }
            if (!promoted.add(promotion.productCode())) {
                throw new IllegalArgumentException("Product " + promotion.productCode()
                        + " has more than one promotion; at most one per product");
            }
        }
    }

    public Optional<Product> product(String code) {
        return products.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Optional<Promotion> promotionFor(String code) {
        return promotions.stream().filter(p -> p.productCode().equals(code)).findFirst();
    }

    /** A short table, handy in JShell. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Product product : products) {
            out.append(String.format("%-10s %-24s %10s%n", product.code(), product.name(), product.price()));
        }
        for (Promotion promotion : promotions) {
            out.append("promotion: ").append(promotion.description()).append(System.lineSeparator());
        }
        return out.toString();
    }
}
