package com.lana.checkout.client;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Product;

import java.util.Optional;

/**
 * When a scan makes a line large enough to be a typo ({@code 1000*TSHIRT} for {@code 10*TSHIRT}):
 * {@value #UNITS} units, or {@link #AMOUNT} and above. The clerk confirms once per product and sale.
 */
final class LargeLines {

    static final int UNITS = 50;
    static final Money AMOUNT = Money.ofMajor(500);

    private LargeLines() {
    }

    /** The question to ask before the scan, or empty when none is due. */
    static Optional<String> question(Sale sale, ScanInput input, Catalog catalog) {
        if (sale.largeLineAccepted(input.code())) {
            return Optional.empty();
        }
        int units = sale.unitsOf(input.code()) + input.quantity();
        Optional<Product> product = catalog == null ? Optional.empty() : catalog.product(input.code());
        Money amount = product.map(p -> p.price().times(units)).orElse(Money.ZERO);
        if (units < UNITS && amount.compareTo(AMOUNT) < 0) {
            return Optional.empty();
        }
        return Optional.of("Add " + input.quantity() + " × " + product.map(Product::name).orElse(input.code())
                + "?\nThe line would hold " + units + " units" + (amount.isZero() ? "" : ", " + amount) + ".");
    }
}
