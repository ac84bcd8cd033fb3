package com.lana.checkout.bench;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Receipt;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code total-<units>}: every thread asks for the total of one basket holding {@code units} units
 * over three products (both promotions in play). Run at two sizes it shows whether the cost of a
 * total grows with units; pricing should depend on distinct products only. Every answer must be
 * the {@link Oracle}'s total, since nothing changes the basket during the run.
 */
final class TotalScenario extends Scenario {

    private final long units;

    TotalScenario(String name, Connector connector, long units) {
        super(name, connector);
        if (units < 3) {
            throw new IllegalArgumentException("A total basket needs at least 3 units, was " + units);
        }
        this.units = units;
    }

    /** 40% pens, 30% T-shirts, the rest mugs: 10 units are 4, 3 and 3. */
    Map<String, Long> contents() {
        Map<String, Long> contents = new LinkedHashMap<>();
        contents.put("PEN", units * 4 / 10);
        contents.put("TSHIRT", units * 3 / 10);
        contents.put("MUG", units - units * 4 / 10 - units * 3 / 10);
        return contents;
    }

    @Override
    public Run prepare(CheckoutService admin, Oracle oracle, int threads) throws Exception {
        BasketId basket = admin.createBasket();
        Map<String, Long> contents = contents();
        for (Map.Entry<String, Long> line : contents.entrySet()) {
            for (long left = line.getValue(); left > 0; left -= CheckoutService.MAX_QUANTITY_PER_CALL) {
                int step = (int) Math.min(left, CheckoutService.MAX_QUANTITY_PER_CALL);
                admin.addProduct(basket, line.getKey(), step, OperationId.random());
            }
        }
        Money expected = oracle.total(contents);
        return new Run() {
            @Override
            public Worker worker(CheckoutService client, int thread) {
                return () -> {
                    Money total = client.total(basket);
                    if (!total.equals(expected)) {
                        throw new VerificationException(String.format("%s: basket %s answered total %s, expected %s",
                                name(), basket, total, expected));
                    }
                };
            }

            @Override
            public void verify(CheckoutService admin) throws Exception {
                Receipt receipt = admin.receipt(basket);
                if (receipt.units() != units || !receipt.total().equals(expected)) {
                    throw new VerificationException(String.format(
                            "%s: basket %s holds %d units costing %s after a read-only run, expected %d units costing %s",
                            name(), basket, receipt.units(), receipt.total(), units, expected));
                }
            }

            @Override
            public void cleanUp(CheckoutService admin) throws Exception {
                admin.removeBasket(basket);
            }
        };
    }
}
