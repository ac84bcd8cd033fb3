package com.lana.checkout.client.sale;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Receipt;

import java.util.Objects;

/**
 * What the till knows of a product without asking the server, for what it shows before the server
 * answers (a pending line, a large-line question). Immutable.
 *
 * @param line the basket line a scan of it goes to: the product's code, or an in-store price label's digits
 * @param name what the receipt calls it
 * @param price its unit price as last heard from the server; a price label's, the price it carries
 */
public record KnownProduct(String line, String name, Money price) {

    public KnownProduct {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
    }

    static KnownProduct of(Product product) {
        return new KnownProduct(product.code(), product.name(), product.price());
    }

    static KnownProduct of(Receipt.Line line) {
        return new KnownProduct(line.code(), line.name(), line.unitPrice());
    }
}
