package com.lana.checkout.bench;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code pay}: each timed call completes one sale ({@code completeSale}, paid in cash, exact), of a
 * basket holding one unit of the product, so its calls/s are sales completed per second, set
 * against {@code add-distinct}'s adds. The baskets are made before the clock starts, enough for
 * the run's warm-up and measured time at {@link #STOCK_PER_SECOND} sales per second per thread;
 * should a fast store use them up, a call makes its basket itself (counted, and said by the check).
 *
 * <p>Checked afterwards: no sale number was answered twice, and the last sale of every thread
 * reads back (by its number) with the total that was paid.
 */
final class PayScenario extends Scenario {

    /** Baskets made per thread and second of run: more than a database store completes. */
    static final int STOCK_PER_SECOND = 250;
    /** At least this many baskets per thread, whatever the run's length. */
    static final int MIN_STOCK = 100;

    private final String product;
    private final int stock;

    /** @param perRun a run's warm-up and measured time together, for which baskets are made */
    PayScenario(String name, Connector connector, String product, Duration perRun) {
        super(name, connector);
        this.product = product;
        this.stock = (int) Math.max(MIN_STOCK, Math.min(20_000, perRun.toMillis() * STOCK_PER_SECOND / 1000));
    }

    @Override
    public Run prepare(CheckoutService admin, Oracle oracle, int threads) throws Exception {
        Money price = oracle.total(product, 1);
        Set<SaleNumber> numbers = ConcurrentHashMap.newKeySet();
        LongAdder doubled = new LongAdder();
        LongAdder madeInline = new LongAdder();
        List<Sale> lastSales = new ArrayList<>();
        List<Deque<BasketId>> stocks = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            stocks.add(new ArrayDeque<>());
            lastSales.add(null);
        }
        Parallel.forEach(stocks, deque -> {
            CheckoutService client = connector().connect();
            for (int i = 0; i < stock; i++) {
                deque.add(basketWithOne(client));
            }
        });
        return new Run() {
            @Override
            public Worker worker(CheckoutService client, int thread) {
                Deque<BasketId> mine = stocks.get(thread);
                List<Payment> exact = List.of(Payment.cash(price));
                return () -> {
                    BasketId basket = mine.poll();
                    if (basket == null) {
                        madeInline.increment();
                        basket = basketWithOne(client);
                    }
                    Sale sale = client.completeSale(basket, price, exact, OperationId.random());
                    if (!numbers.add(sale.number())) {
                        doubled.increment();
                    }
                    synchronized (lastSales) {
                        lastSales.set(thread, sale);
                    }
                };
            }

            @Override
            public void verify(CheckoutService admin) throws Exception {
                if (doubled.sum() > 0) {
                    throw new VerificationException(name() + ": " + doubled.sum() + " sale numbers were answered twice");
                }
                List<Sale> last;
                synchronized (lastSales) {
                    last = lastSales.stream().filter(Objects::nonNull).toList();
                }
                for (Sale sale : last) {
                    Sale stored = admin.sale(sale.number());
                    if (!stored.total().equals(price) || !stored.paid().equals(price)) {
                        throw new VerificationException(String.format("%s: sale %s reads back total %s paid %s, expected %s",
                                name(), sale.number(), stored.total(), stored.paid(), price));
                    }
                }
                if (madeInline.sum() > 0) {
                    System.out.println(name() + ": " + madeInline.sum() + " calls made their own basket too "
                            + "(the " + stock + " made per thread ran out); those calls' times include it");
                }
            }

            @Override
            public void cleanUp(CheckoutService admin) throws Exception {
                Parallel.forEach(stocks, left -> {
                    CheckoutService client = connector().connect();
                    for (BasketId basket : left) {
                        client.removeBasket(basket);
                    }
                });
            }
        };
    }

    private BasketId basketWithOne(CheckoutService client) throws Exception {
        BasketId basket = client.createBasket();
        client.addProduct(basket, product);
        return basket;
    }
}
