package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.TotalChangedException;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static com.lana.checkout.server.store.SaleStoreContract.DAY;
import static com.lana.checkout.server.store.SaleStoreContract.NOON;
import static com.lana.checkout.server.store.SaleStoreContract.refuse;
import static com.lana.checkout.server.store.SaleStoreContract.sellAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Two stores on one PostgreSQL, as two checkout servers sharing it would have: the database, not
 * either server's memory, keeps one basket's changes in order, and numbers the sales of both.
 */
class SharedPostgresStoreTest {

    private static final long NOW = 1_700_000_000_000L;
    private static final int THREADS = 8;
    private static final int ADDS_PER_THREAD = 250;
    private static final int RACE_ROUNDS = 20;
    private static final int SALES_PER_THREAD = 25;

    private static TestPostgres postgres;

    private CheckoutStore firstStore;
    private CheckoutStore secondStore;
    private BasketStore first;
    private BasketStore second;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = TestPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void openTwoStores() throws Exception {
        firstStore = CheckoutStores.open(postgres.storeUrl());
        secondStore = CheckoutStores.open(postgres.storeUrl());
        first = firstStore.baskets();
        second = secondStore.baskets();
        postgres.deleteAllSales();
    }

    @AfterEach
    void closeStores() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).as("test threads stopped").isTrue();
        firstStore.close();
        secondStore.close();
    }

    @Test
    void addsSplitBetweenTwoStoresOnOneBasketAreAllCounted() throws Exception {
        BasketId basket = first.create(NOW);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Callable<Void>> adders = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            BasketStore store = t % 2 == 0 ? first : second;
            adders.add(() -> {
                start.await();
                for (int i = 0; i < ADDS_PER_THREAD; i++) {
                    store.change(basket, i % 2 == 0 ? "PEN" : "MUG", 1, OperationId.random(), NOW);
                }
                return null;
            });
        }

        awaitAll(adders);

        BasketLines lines = second.read(basket, NOW);
        assertThat(lines.version()).isEqualTo(THREADS * ADDS_PER_THREAD);
        assertThat(lines.lines()).containsExactlyInAnyOrder(
                new BasketLines.Line("PEN", THREADS * ADDS_PER_THREAD / 2),
                new BasketLines.Line("MUG", THREADS * ADDS_PER_THREAD / 2));
    }

    @Test
    void anOperationRetriedThroughTheOtherStoreIsAppliedOnce() throws Exception {
        BasketId basket = first.create(NOW);
        OperationId operation = OperationId.random();
        BasketLines applied = first.change(basket, "TSHIRT", 2, operation, NOW);

        BasketLines retried = second.change(basket, "TSHIRT", 2, operation, NOW);

        assertThat(retried).isEqualTo(applied);
        assertThat(first.read(basket, NOW).units()).isEqualTo(2);
    }

    @Test
    void noAddThroughOneStoreLandsAfterARemovalThroughTheOther() throws Exception {
        for (int round = 0; round < RACE_ROUNDS; round++) {
            BasketId basket = first.create(NOW);
            AtomicBoolean removed = new AtomicBoolean();
            AtomicInteger successes = new AtomicInteger();
            CyclicBarrier start = new CyclicBarrier(THREADS / 2 + 1);
            List<Callable<Integer>> racers = new ArrayList<>();
            for (int a = 0; a < THREADS / 2; a++) {
                racers.add(() -> {
                    int lateSuccesses = 0;
                    start.await();
                    while (!Thread.currentThread().isInterrupted()) {
                        boolean startedAfterRemoval = removed.get();
                        try {
                            first.change(basket, "PEN", 1, null, NOW);
                            successes.incrementAndGet();
                            lateSuccesses += startedAfterRemoval ? 1 : 0;
                        } catch (BasketNotFoundException gone) {
                            return lateSuccesses;
                        }
                    }
                    return lateSuccesses;
                });
            }
            int waitFor = round % 8;
            racers.add(() -> {
                start.await();
                while (successes.get() < waitFor) {
                    Thread.onSpinWait();
                }
                int units = (int) second.remove(basket).units();
                removed.set(true);
                return units;
            });

            List<Integer> results = awaitAll(racers);

            int unitsAtRemoval = results.get(results.size() - 1);
            assertThat(results.subList(0, THREADS / 2)).as("round %d: adds that succeeded after the removal", round)
                    .containsOnly(0);
            assertThat(successes.get()).as("round %d: successful adds", round).isEqualTo(unitsAtRemoval);
        }
    }

    /**
     * Eight threads complete baskets through both stores at once, every fifth sale refused: the
     * recorded sales have exactly the numbers 1 to their count, whichever store recorded them.
     */
    @Test
    void salesThroughTwoStoresAreNumberedWithoutGaps() throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Callable<List<Sale>>> sellers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            BasketStore store = t % 2 == 0 ? first : second;
            sellers.add(() -> {
                List<BasketId> baskets = new ArrayList<>();
                for (int i = 0; i < SALES_PER_THREAD; i++) {
                    BasketId basket = store.create(NOW);
                    store.change(basket, "MUG", 1 + i % 3, null, NOW);
                    baskets.add(basket);
                }
                start.await();
                List<Sale> sold = new ArrayList<>();
                for (int i = 0; i < baskets.size(); i++) {
                    BasketId basket = baskets.get(i);
                    if (i % 5 == 4) {
                        assertThatExceptionOfType(TotalChangedException.class).isThrownBy(
                                () -> store.completeSale(basket, OperationId.random(), refuse(), NOW));
                    } else {
                        sold.add(store.completeSale(basket, OperationId.random(), sellAt(NOON), NOW));
                    }
                }
                return sold;
            });
        }

        List<Sale> sales = awaitAll(sellers).stream().flatMap(List::stream).toList();

        long count = THREADS * (SALES_PER_THREAD - SALES_PER_THREAD / 5);
        assertThat(sales).extracting(sale -> sale.number().value())
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, count).boxed().toList());
        assertThat(firstStore.sales().sales(DAY)).hasSize((int) count).isEqualTo(secondStore.sales().sales(DAY));
    }

    /**
     * Two threads on each store complete the same basket at once, each under its own operation:
     * one records the sale, the three others are told the basket was paid as that sale.
     */
    @Test
    void aBasketCompletedThroughBothStoresAtOnceIsPaidOnce() throws Exception {
        for (int round = 0; round < RACE_ROUNDS; round++) {
            BasketId basket = first.create(NOW);
            first.change(basket, "PEN", 1 + round, null, NOW);
            CyclicBarrier start = new CyclicBarrier(4);
            List<Callable<Object>> sellers = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                BasketStore store = s % 2 == 0 ? first : second;
                sellers.add(() -> {
                    start.await();
                    try {
                        return store.completeSale(basket, OperationId.random(), sellAt(NOON), NOW);
                    } catch (BasketNotFoundException paid) {
                        return paid;
                    }
                });
            }

            List<Object> results = awaitAll(sellers);

            List<Sale> sales = results.stream().filter(Sale.class::isInstance).map(Sale.class::cast).toList();
            assertThat(sales).as("round %d: sales recorded", round).hasSize(1);
            Sale sale = sales.get(0);
            assertThat(sale.number().value()).as("round %d: number", round).isEqualTo(round + 1);
            assertThat(sale.receipt().units()).isEqualTo(1 + round);
            assertThat(results).filteredOn(BasketNotFoundException.class::isInstance)
                    .as("round %d: the others were told it was paid", round).hasSize(3)
                    .allSatisfy(paid -> assertThat(((BasketNotFoundException) paid).paidAs()).isEqualTo(sale.number()));
        }
        assertThat(secondStore.sales().sales(DAY)).hasSize(RACE_ROUNDS);
    }

    @Test
    void aCompletionRetriedThroughTheOtherStoreAnswersTheSameSale() throws Exception {
        BasketId basket = first.create(NOW);
        first.change(basket, "TSHIRT", 2, null, NOW);
        OperationId operation = OperationId.random();
        Sale sale = first.completeSale(basket, operation, sellAt(NOON), NOW);

        Sale retried = second.completeSale(basket, operation, refuse(), NOW);

        assertThat(retried).isEqualTo(sale);
        assertThat(secondStore.sales().sale(sale.number())).isEqualTo(sale);
    }

    private <T> List<T> awaitAll(List<Callable<T>> tasks) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(task));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }
}
