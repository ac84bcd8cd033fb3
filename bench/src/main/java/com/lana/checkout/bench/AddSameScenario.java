package com.lana.checkout.bench;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Receipt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code add-same}: every thread adds one unit at a time to one shared basket, the worst case for
 * the per-basket lock. Afterwards the basket must hold exactly as many units as adds succeeded,
 * and cost that many times the unit price (the default product, MUG, has no promotion, so the
 * arithmetic is exact and obvious: 7.50€ per successful add).
 *
 * <p>A basket holds at most {@code BasketStore.MAX_LINE_QUANTITY} (1,000,000) units of a product. So
 * that a fast machine never reaches it, the threads move on to a fresh shared basket once an answer
 * shows {@code rotateAt} units; adds already in flight still land on the old one, which is why the
 * threshold leaves a margin far above the number of threads. Every basket of the run is checked.
 */
final class AddSameScenario extends Scenario {

    private final String product;
    private final long rotateAt;

    AddSameScenario(String name, Connector connector, String product) {
        this(name, connector, product, Limits.ROTATE_AT);
    }

    AddSameScenario(String name, Connector connector, String product, long rotateAt) {
        super(name, connector);
        this.product = product;
        this.rotateAt = rotateAt;
    }

    /** One shared basket and the adds that succeeded on it. */
    private record Shared(BasketId basket, LongAdder adds) {
        Shared(BasketId basket) {
            this(basket, new LongAdder());
        }
    }

    @Override
    public Run prepare(CheckoutService admin, Oracle oracle, int threads) throws Exception {
        List<Shared> all = new ArrayList<>();
        all.add(new Shared(admin.createBasket()));
        Object rotation = new Object();
        return new Run() {
            private volatile Shared current = all.get(0);

            @Override
            public Worker worker(CheckoutService client, int thread) {
                return () -> {
                    Shared shared = current;
                    Receipt receipt = client.addProduct(shared.basket(), product);
                    shared.adds().increment();
                    long held = Receipts.units(receipt, product);
                    if (held < 1) {
                        throw new VerificationException(name() + ": an add to " + shared.basket()
                                + " answered a receipt without " + product);
                    }
                    if (held >= rotateAt && current == shared) {
                        rotate(client, shared);
                    }
                };
            }

            /** One thread creates the next shared basket; the others keep adding to the old one meanwhile. */
            private void rotate(CheckoutService client, Shared full) throws Exception {
                synchronized (rotation) {
                    if (current == full) {
                        Shared next = new Shared(client.createBasket());
                        synchronized (all) {
                            all.add(next);
                        }
                        current = next;
                    }
                }
            }

            @Override
            public void verify(CheckoutService admin) throws Exception {
                for (Shared shared : baskets()) {
                    Receipt receipt = admin.receipt(shared.basket());
                    long held = Receipts.units(receipt, product);
                    long succeeded = shared.adds().sum();
                    Money expected = oracle.total(product, succeeded);
                    if (held != succeeded || !receipt.total().equals(expected)) {
                        throw new VerificationException(String.format(
                                "%s: shared basket %s holds %d %s costing %s, but %d adds succeeded (expected %s): %s",
                                name(), shared.basket(), held, product, receipt.total(), succeeded, expected,
                                held < succeeded ? "LOST UPDATES" : "PHANTOM UPDATES"));
                    }
                }
            }

            @Override
            public void cleanUp(CheckoutService admin) throws Exception {
                for (Shared shared : baskets()) {
                    admin.removeBasket(shared.basket());
                }
            }

            private List<Shared> baskets() {
                synchronized (all) {
                    return List.copyOf(all);
                }
            }
        };
    }
}
