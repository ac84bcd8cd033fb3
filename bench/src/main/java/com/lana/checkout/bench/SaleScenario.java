package com.lana.checkout.bench;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * {@code sale}: a whole sale per timed call: create a basket, add 7 items, ask the total, remove
 * the basket; ten remote calls, so its calls/s counts sales. Every total must be the
 * {@link Oracle}'s, and a removed basket must be gone.
 */
final class SaleScenario extends Scenario {

    /** 2 pens (one free), 3 T-shirts (25% off), 2 mugs: 5.00 + 45.00 + 15.00 = 65.00€. */
    static final List<String> ITEMS = List.of("PEN", "TSHIRT", "MUG", "TSHIRT", "PEN", "TSHIRT", "MUG");

    /** Remote calls in one sale: create, the adds, total, remove. */
    static final int CALLS_PER_SALE = ITEMS.size() + 3;

    SaleScenario(String name, Connector connector) {
        super(name, connector);
    }

    @Override
    public Run prepare(CheckoutService admin, Oracle oracle, int threads) throws Exception {
        Map<String, Long> contents = new LinkedHashMap<>();
        for (String item : ITEMS) {
            contents.merge(item, 1L, Long::sum);
        }
        Money expected = oracle.total(contents);
        AtomicReferenceArray<BasketId> lastRemoved = new AtomicReferenceArray<>(threads);
        return new Run() {
            @Override
            public Worker worker(CheckoutService client, int thread) {
                return () -> {
                    BasketId basket = client.createBasket();
                    for (String item : ITEMS) {
                        client.addProduct(basket, item);
                    }
                    Money total = client.total(basket);
                    if (!total.equals(expected)) {
                        throw new VerificationException(String.format("%s: basket %s answered total %s, expected %s",
                                name(), basket, total, expected));
                    }
                    client.removeBasket(basket);
                    lastRemoved.lazySet(thread, basket);
                };
            }

            @Override
            public void verify(CheckoutService admin) throws Exception {
                for (int thread = 0; thread < lastRemoved.length(); thread++) {
                    BasketId basket = lastRemoved.get(thread);
                    if (basket == null) {
                        continue;
                    }
                    try {
                        Money total = admin.total(basket);
                        throw new VerificationException(name() + ": removed basket " + basket
                                + " still answers, total " + total);
                    } catch (BasketNotFoundException expectedGone) {
                        // removed means removed
                    }
                }
            }
        };
    }
}
