package com.lana.checkout.server;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Receipt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Many threads on one basket, in process: the service, the store and the basket's own lock are
 * what is under test, so there is no RMI here (RmiEndToEndTest covers the wire).
 */
class BasketConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ADDS_PER_THREAD = 1_200;
    private static final String[] PRODUCTS = {"PEN", "TSHIRT", "MUG"};
    private static final int RACE_ROUNDS = 200;
    private static final int ADDERS_PER_RACE = 4;
    private static final long TIMEOUT_SECONDS = 30;

    private final CheckoutServiceImpl service = new CheckoutServiceImpl(
            CatalogFile.defaults(), new InMemoryBasketStore(Clock.systemUTC()), Clock.systemUTC());
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);

    @AfterEach
    void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("test threads stopped").isTrue();
    }

    @Test
    void concurrentAddsToOneBasketAreAllCounted() throws Exception {
        BasketId basket = service.createBasket();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Callable<Void>> adders = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            adders.add(() -> {
                start.await();
                for (int i = 0; i < ADDS_PER_THREAD; i++) {
                    service.addProduct(basket, PRODUCTS[(thread + i) % PRODUCTS.length]);
                }
                return null;
            });
        }

        awaitAll(adders);

        // 8 × 1,200 adds, a third of each product: 3,200 pens, 3,200 T-shirts, 3,200 mugs.
        // Pens: 1,600 paid × 5.00€ = 8,000€; T-shirts: 3,200 × 15.00€ = 48,000€; mugs: 3,200 × 7.50€ = 24,000€.
        Receipt receipt = service.receipt(basket);
        assertThat(receipt.lines()).extracting(Receipt.Line::code, Receipt.Line::quantity)
                .containsExactlyInAnyOrder(tuple("PEN", 3_200), tuple("TSHIRT", 3_200), tuple("MUG", 3_200));
        assertThat(receipt.version()).isEqualTo(THREADS * ADDS_PER_THREAD);
        assertThat(receipt.total()).hasToString("80000.00€");
    }

    @Test
    void noAddSucceedsIntoABasketAfterItsRemoval() throws Exception {
        for (int round = 0; round < RACE_ROUNDS; round++) {
            raceAddsAgainstRemoval(round);
        }
    }

    /**
     * Adders add pens to one basket as fast as they can until it is gone; the remover waits until
     * some of them succeeded (0 to 31, varying by round), then removes it. Holding the basket's own monitor (the
     * lock every basket operation takes) while it counts the units and removes the basket makes
     * the count exactly the state the removal closed: the successful adds must be exactly those
     * units, and no add that started after removeBasket returned may succeed.
     */
    private void raceAddsAgainstRemoval(int round) throws Exception {
        BasketId id = service.createBasket();
        Basket basket = service.store().find(id);
        Race race = new Race();
        CyclicBarrier start = new CyclicBarrier(ADDERS_PER_RACE + 1);
        List<Callable<Adder>> racers = new ArrayList<>();
        for (int a = 0; a < ADDERS_PER_RACE; a++) {
            racers.add(() -> {
                Adder adder = new Adder();
                start.await();
                // Until the basket is gone; a removal that never takes effect times out in awaitAll,
                // whose clean-up interrupts this loop.
                while (!Thread.currentThread().isInterrupted()) {
                    boolean startedAfterRemoval = race.removed;
                    try {
                        adder.succeeded(service.addProduct(id, "PEN").version(), startedAfterRemoval);
                        race.successfulAdds.incrementAndGet();
                    } catch (BasketNotFoundException gone) {
                        adder.sawBasketGone = true;
                        return adder;
                    }
                }
                return adder;
            });
        }
        racers.add(() -> {
            start.await();
            while (race.successfulAdds.get() < round % 32 && !Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            synchronized (basket) {
                race.unitsAtRemoval = unitsIn(basket);
                service.removeBasket(id);
            }
            race.removed = true;
            return null;
        });

        List<Adder> adders = awaitAll(racers).subList(0, ADDERS_PER_RACE);

        List<Long> versions = new ArrayList<>();
        for (Adder adder : adders) {
            assertThat(adder.succeededAfterRemoval).as("round %d: adds that succeeded after removeBasket returned", round)
                    .isZero();
            assertThat(adder.sawBasketGone).as("round %d: the adder was told the basket is gone", round).isTrue();
            versions.addAll(adder.versions);
        }
        assertThat(race.unitsAtRemoval).as("round %d: units at removal", round).isGreaterThanOrEqualTo(round % 32);
        assertThat(versions).as("round %d: versions of the successful adds", round)
                .hasSize(race.unitsAtRemoval)
                .doesNotHaveDuplicates()
                .allSatisfy(version -> assertThat(version).isBetween(1L, (long) race.unitsAtRemoval));
        assertThatExceptionOfType(BasketNotFoundException.class).isThrownBy(() -> service.addProduct(id, "PEN"));
    }

    @Test
    void removingABasketTwiceFailsTheSecondTime() throws Exception {
        BasketId basket = service.createBasket();
        service.removeBasket(basket);

        assertThatExceptionOfType(BasketNotFoundException.class)
                .isThrownBy(() -> service.removeBasket(basket))
                .withMessageContaining(basket.toString());
    }

    @Test
    void concurrentRemovalsOfOneBasketSucceedExactlyOnce() throws Exception {
        for (int round = 0; round < 50; round++) {
            BasketId basket = service.createBasket();
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Callable<Boolean>> removers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                removers.add(() -> {
                    start.await();
                    try {
                        service.removeBasket(basket);
                        return true;
                    } catch (BasketNotFoundException e) {
                        return false;
                    }
                });
            }

            assertThat(awaitAll(removers)).as("round %d", round).containsOnlyOnce(true);
        }
    }

    @Test
    void anAddRetriedWithTheSameOperationIdIsAppliedOnce() throws Exception {
        BasketId basket = service.createBasket();
        OperationId operation = OperationId.random();

        Receipt first = service.addProduct(basket, "MUG", 2, operation);
        Receipt retry = service.addProduct(basket, "MUG", 2, operation);

        assertThat(retry.units()).isEqualTo(2);
        assertThat(retry.version()).isEqualTo(first.version());
        assertThat(retry.total()).hasToString("15.00€");
    }

    @Test
    void concurrentRetriesOfOneOperationAreAppliedOnce() throws Exception {
        BasketId basket = service.createBasket();
        OperationId operation = OperationId.random();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Callable<Long>> retries = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            retries.add(() -> {
                start.await();
                return service.addProduct(basket, "TSHIRT", 3, operation).version();
            });
        }

        assertThat(awaitAll(retries)).containsOnly(1L);
        assertThat(service.receipt(basket).units()).isEqualTo(3);
    }

    @Test
    void differentOperationIdsAreEachApplied() throws Exception {
        BasketId basket = service.createBasket();

        service.addProduct(basket, "PEN", 1, OperationId.random());
        service.addProduct(basket, "PEN", 1, OperationId.random());

        assertThat(service.receipt(basket).units()).isEqualTo(2);
    }

    @Test
    void anOperationIdOfAllZeroBitsIsAppliedTheFirstTimeInAFreshBasket() throws Exception {
        BasketId basket = service.createBasket();

        Receipt receipt = service.addProduct(basket, "PEN", 1, new OperationId(0, 0));

        assertThat(receipt.units()).isEqualTo(1);
    }

    @Test
    void anOperationIdOfAllZeroBitsIsAppliedTheFirstTimeAfterOtherOperations() throws Exception {
        BasketId basket = service.createBasket();
        service.addProduct(basket, "PEN", 1, OperationId.random());

        Receipt receipt = service.addProduct(basket, "PEN", 1, new OperationId(0, 0));
        Receipt retry = service.addProduct(basket, "PEN", 1, new OperationId(0, 0));

        assertThat(receipt.units()).isEqualTo(2);
        assertThat(retry.units()).isEqualTo(2);
    }

    private static int unitsIn(Basket basket) throws BasketNotFoundException {
        Basket.Snapshot snapshot = basket.read(0);
        int units = 0;
        for (int line = 0; line < snapshot.lineCount(); line++) {
            units += snapshot.quantity(line);
        }
        return units;
    }

    /** Runs the tasks on the pool and answers their results, failing (not hanging) when they take too long. */
    private <T> List<T> awaitAll(List<Callable<T>> tasks) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(task));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        }
        return results;
    }

    /** What the threads of one race share. */
    private static final class Race {
        /** Set by the remover once removeBasket has returned. */
        volatile boolean removed;
        volatile int unitsAtRemoval = -1;
        final AtomicInteger successfulAdds = new AtomicInteger();
    }

    /** What one adder saw in one race. */
    private static final class Adder {
        final List<Long> versions = new ArrayList<>();
        int succeededAfterRemoval;
        boolean sawBasketGone;

        void succeeded(long version, boolean startedAfterRemoval) {
            versions.add(version);
            if (startedAfterRemoval) {
                succeededAfterRemoval++;
            }
        }
    }
}
