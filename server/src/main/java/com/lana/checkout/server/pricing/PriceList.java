package com.lana.checkout.server.pricing;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Promotion;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A {@link Catalog} indexed for the hot path: products by position, so a basket stores a small
 * int per product, and the promotion of each product by the same position. Immutable.
 */
public final class PriceList {

    private final Catalog catalog;
    private final Product[] products;
    private final Promotion[] promotions;
    private final Map<String, Integer> indexByCode;

    public PriceList(Catalog catalog) {
        this.catalog = catalog;
        this.products = catalog.products().toArray(Product[]::new);
        this.promotions = new Promotion[products.length];
        this.indexByCode = new HashMap<>();
        for (int i = 0; i < products.length; i++) {
            indexByCode.put(products[i].code(), i);
        }
        for (Promotion promotion : catalog.promotions()) {
            promotions[indexByCode.get(promotion.productCode())] = promotion;
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The position of the product with this canonical code, if the catalog has it. */
    public OptionalInt indexOf(String code) {
        Integer index = indexByCode.get(code);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    public Product product(int index) {
        return products[index];
    }

    /** The promotion on the product at {@code index}, or null when it has none. */
    public Promotion promotion(int index) {
        return promotions[index];
    }
}
