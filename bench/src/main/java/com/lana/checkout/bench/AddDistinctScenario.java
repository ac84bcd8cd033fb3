package com.lana.checkout.bench;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Receipt;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code add-distinct}: each thread adds one unit at a time to its own basket, like terminals each
 * ringing up their own sale. Baskets never contend, so this should cost little more than a ping.
 * Every reply must show the thread's own count; afterwards each basket must hold exactly the
 * thread's successful adds and cost what the {@link Oracle} says.
 *
 * <p>A thread whose basket reaches {@code rotateAt} units (a basket holds at most
 * {@code BasketStore.MAX_LINE_QUANTITY} of a product) goes on with a fresh basket of its own; every
 * basket it used is checked.
 */
final class AddDistinctScenario extends Scenario {

    private final String product;
    private final long rotateAt;

    AddDistinctScenario(String name, Connector connector, String product) {
        this(name, connector, product, Limits.ROTATE_AT);
    }

    AddDistinctScenario(String name, Connector connector, String product, long rotateAt) {
        super(name, connector);
        this.product = product;
        this.rotateAt = rotateAt;
    }

    /** A basket of one thread and the adds that succeeded on it. */
    private static final class Own {
        final BasketId basket;
        long adds;

        Own(BasketId basket) {
            this.basket = basket;
        }
    }

    @Override
    public Run prepare(CheckoutService admin, Oracle oracle, int threads) {
        List<Adder> adders = new ArrayList<>();
        return new Run() {
            @Override
            public Worker worker(CheckoutService client, int thread) throws Exception {
                Adder adder = new Adder(client, client.createBasket());
                synchronized (adders) {
                    adders.add(adder);
                }
                return adder;
            }

            @Override
            public void verify(CheckoutService admin) throws Exception {
                for (Adder adder : adders) {
                    for (Own own : adder.baskets) {
                        Receipt receipt = admin.receipt(own.basket);
                        long held = Receipts.units(receipt, product);
                        Money expected = oracle.total(product, own.adds);
                        if (held != own.adds || !receipt.total().equals(expected)) {
                            throw new VerificationException(String.format(
                                    "%s: basket %s holds %d %s costing %s, but %d adds succeeded (expected %s)",
                                    name(), own.basket, held, product, receipt.total(), own.adds, expected));
                        }
                    }
                }
            }

            @Override
            public void cleanUp(CheckoutService admin) throws Exception {
                for (Adder adder : adders) {
                    for (Own own : adder.baskets) {
                        admin.removeBasket(own.basket);
                    }
                }
            }
        };
    }

    private final class Adder implements Worker {
        final CheckoutService client;
        /** Read by the checks only after the thread has been joined. */
        final List<Own> baskets = new ArrayList<>();
        Own current;

        Adder(CheckoutService client, BasketId basket) {
            this.client = client;
            this.current = new Own(basket);
            baskets.add(current);
        }

        @Override
        public void call() throws Exception {
            Own own = current;
            Receipt receipt = client.addProduct(own.basket, product);
            own.adds++;
            long held = Receipts.units(receipt, product);
            if (held != own.adds) {
                throw new VerificationException(String.format("%s: add number %d to basket %s answered %d %s",
                        name(), own.adds, own.basket, held, product));
            }
            if (held >= rotateAt) {
                current = new Own(client.createBasket());
                baskets.add(current);
            }
        }
    }
}
