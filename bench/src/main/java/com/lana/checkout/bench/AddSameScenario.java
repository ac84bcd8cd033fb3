package com.lana.checkout.bench;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Receipt;

import java.util.concurrent.atomic.LongAdder;

/**
 * {@code add-same}: every thread adds one unit at a time to one shared basket, the worst case for
 * the per-basket lock. Afterwards the basket must hold exactly as many units as adds succeeded,
 * and cost that many times the unit price (the default product, MUG, has no promotion, so the
 * arithmetic is exact and obvious: 7.50€ per successful add).
 */
final class AddSameScenario extends Scenario {

    private final String product;

    AddSameScenario(String name, Connector connector, String product) {
        super(name, connector);
        this.product = product;
    }

    @Override
    public Run prepare(CheckoutService admin, Oracle oracle, int threads) throws Exception {
        BasketId basket = admin.createBasket();
        LongAdder adds = new LongAdder();
        return new Run() {
            @Override
            public Worker worker(CheckoutService client, int thread) {
                return () -> {
                    Receipt receipt = client.addProduct(basket, product);
                    adds.increment();
                    if (Receipts.units(receipt, product) < 1) {
                        throw new VerificationException(name() + ": an add to " + basket + " answered a receipt without "
                                + product);
                    }
                };
            }

            @Override
            public void verify(CheckoutService admin) throws Exception {
                Receipt receipt = admin.receipt(basket);
                long held = Receipts.units(receipt, product);
                long succeeded = adds.sum();
                Money expected = oracle.total(product, succeeded);
                if (held != succeeded || !receipt.total().equals(expected)) {
                    throw new VerificationException(String.format(
                            "%s: shared basket %s holds %d %s costing %s, but %d adds succeeded (expected %s): %s",
                            name(), basket, held, product, receipt.total(), succeeded, expected,
                            held < succeeded ? "LOST UPDATES" : "PHANTOM UPDATES"));
                }
            }

            @Override
            public void cleanUp(CheckoutService admin) throws Exception {
                admin.removeBasket(basket);
            }
        };
    }
}
