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
 */
final class AddDistinctScenario extends Scenario {

    private final String product;

    AddDistinctScenario(String name, Connector connector, String product) {
        super(name, connector);
        this.product = product;
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
                    Receipt receipt = admin.receipt(adder.basket);
                    long held = Receipts.units(receipt, product);
                    Money expected = oracle.total(product, adder.adds);
                    if (held != adder.adds || !receipt.total().equals(expected)) {
                        throw new VerificationException(String.format(
                                "%s: basket %s holds %d %s costing %s, but %d adds succeeded (expected %s)",
                                name(), adder.basket, held, product, receipt.total(), adder.adds, expected));
                    }
                }
            }

            @Override
            public void cleanUp(CheckoutService admin) throws Exception {
                for (Adder adder : adders) {
                    admin.removeBasket(adder.basket);
                }
            }
        };
    }

    private final class Adder implements Worker {
        final CheckoutService client;
        final BasketId basket;
        long adds;

        Adder(CheckoutService client, BasketId basket) {
            this.client = client;
            this.basket = basket;
        }

        @Override
        public void call() throws Exception {
            Receipt receipt = client.addProduct(basket, product);
            adds++;
            long held = Receipts.units(receipt, product);
            if (held != adds) {
                throw new VerificationException(String.format("%s: add number %d to basket %s answered %d %s",
                        name(), adds, basket, held, product));
            }
        }
    }
}
