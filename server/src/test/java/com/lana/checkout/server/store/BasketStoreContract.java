package com.lana.checkout.server.store;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketIdSuffix;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.service.CheckoutServiceImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
 * What every {@link BasketStore} does, whatever keeps its baskets: each store's test class extends
 * this one and says only how to open a fresh, empty store. The service runs in process over the
 * store (no RMI here; RmiEndToEndTest covers the wire), so what is under test is the store's
 * atomicity seen through the real service and pricing.
 */
public abstract class BasketStoreContract {

    private static final int THREADS = 8;
    private static final int ADDS_PER_THREAD = 1_200;
    private static final String[] PRODUCTS = {"PEN", "TSHIRT", "MUG"};
    private static final int ADDERS_PER_RACE = 4;
    private static final long TIMEOUT_SECONDS = 60;
    private static final long NOW = 1_700_000_000_000L;

    /** The store under test, and its baskets: the seam this contract is about. */
    protected CheckoutStore checkoutStore;
    protected BasketStore store;
    private CheckoutServiceImpl service;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);

    /** A new store holding no basket; the test closes it. */
    protected abstract CheckoutStore openEmptyStore() throws Exception;

    /** Rounds of the add-versus-remove race: many for a fast store, fewer where each costs disk writes. */
    protected int raceRounds() {
        return 200;
    }

    @BeforeEach
    void openStore() throws Exception {
        use(openEmptyStore());
        service = new CheckoutServiceImpl(CatalogFile.defaults(), checkoutStore, Clock.systemUTC());
    }

    @AfterEach
    void stopThreadsAndCloseStore() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("test threads stopped").isTrue();
        checkoutStore.close();
    }

    /** From now on the test works on {@code opened}, which it closes. */
    protected void use(CheckoutStore opened) {
        checkoutStore = opened;
        store = opened.baskets();
    }

    @ParameterizedTest(name = "{0} costs {1}")
    @CsvSource(delimiter = '=', textBlock = """
            PEN, TSHIRT, MUG                           = 32.50€
            PEN, TSHIRT, PEN                           = 25.00€
            TSHIRT, TSHIRT, TSHIRT, PEN, TSHIRT        = 65.00€
            PEN, TSHIRT, PEN, PEN, MUG, TSHIRT, TSHIRT = 62.50€
            """)
    void referenceBasketsCostWhatTheShopSays(String scans, String total) throws Exception {
        BasketId basket = service.createBasket();
        for (String code : scans.split(",")) {
            service.addProduct(basket, code.strip());
        }

        assertThat(service.total(basket)).isEqualTo(Money.parse(total));
    }

    @Test
    void aNewBasketIsEmpty() throws Exception {
        BasketId basket = store.create(NOW);

        assertThat(store.read(basket, NOW)).isEqualTo(BasketLines.empty(basket));
    }

    @Test
    void linesKeepTheOrderInWhichProductsWereFirstAdded() throws Exception {
        BasketId basket = store.create(NOW);
        store.change(basket, "MUG", 1, null, NOW);
        store.change(basket, "PEN", 2, null, NOW);
        store.change(basket, "MUG", 3, null, NOW);

        assertThat(store.read(basket, NOW).lines()).containsExactly(
                new BasketLines.Line("MUG", 4), new BasketLines.Line("PEN", 2));
    }

    @Test
    void aProductVoidedToNothingAndScannedAgainComesLast() throws Exception {
        BasketId basket = store.create(NOW);
        store.change(basket, "PEN", 1, null, NOW);
        store.change(basket, "MUG", 1, null, NOW);
        store.change(basket, "PEN", -1, null, NOW);

        BasketLines answered = store.change(basket, "PEN", 2, null, NOW);

        assertThat(answered.lines()).containsExactly(new BasketLines.Line("MUG", 1), new BasketLines.Line("PEN", 2));
        assertThat(store.read(basket, NOW)).isEqualTo(answered);
    }

    @Test
    void aChangesAnswerIsWhatTheBasketThenHolds() throws Exception {
        BasketId basket = store.create(NOW);
        store.change(basket, "TSHIRT", 3, null, NOW);
        store.change(basket, "PEN", 1, null, NOW);

        BasketLines answered = store.change(basket, "TSHIRT", -1, null, NOW);

        assertThat(answered.lines()).containsExactly(new BasketLines.Line("TSHIRT", 2), new BasketLines.Line("PEN", 1));
        assertThat(store.read(basket, NOW)).isEqualTo(answered);
    }

    @Test
    void everyChangeRaisesTheVersionByOne() throws Exception {
        BasketId basket = store.create(NOW);

        assertThat(store.change(basket, "PEN", 1, null, NOW).version()).isEqualTo(1);
        assertThat(store.change(basket, "PEN", 5, null, NOW).version()).isEqualTo(2);
        assertThat(store.change(basket, "PEN", -6, null, NOW).version()).isEqualTo(3);
    }

    @Test
    void voidingTheLastUnitRemovesTheLine() throws Exception {
        BasketId basket = store.create(NOW);
        store.change(basket, "PEN", 1, null, NOW);
        store.change(basket, "MUG", 2, null, NOW);

        BasketLines after = store.change(basket, "PEN", -1, null, NOW);

        assertThat(after.lines()).containsExactly(new BasketLines.Line("MUG", 2));
    }

    @Test
    void voidingMoreUnitsThanTheBasketHoldsIsRefusedAndChangesNothing() throws Exception {
        BasketId basket = store.create(NOW);
        store.change(basket, "MUG", 2, null, NOW);

        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> store.change(basket, "MUG", -3, null, NOW))
                .withMessageContaining("only 2 MUG");
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> store.change(basket, "PEN", -1, null, NOW))
                .withMessageContaining("no PEN");
        assertThat(store.read(basket, NOW)).isEqualTo(new BasketLines(basket, 1, List.of(new BasketLines.Line("MUG", 2))));
    }

    @Test
    void aLineStopsAtTheMaximumQuantity() throws Exception {
        BasketId basket = store.create(NOW);
        store.change(basket, "PEN", BasketStore.MAX_LINE_QUANTITY, null, NOW);

        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> store.change(basket, "PEN", 1, null, NOW))
                .withMessage("A basket holds at most " + BasketStore.MAX_LINE_QUANTITY + " PEN");
        assertThat(store.read(basket, NOW).units()).isEqualTo(BasketStore.MAX_LINE_QUANTITY);
    }

    @Test
    void aBasketThatWasNeverCreatedIsNotFound() {
        BasketId unknown = BasketId.random();

        assertThatExceptionOfType(BasketNotFoundException.class)
                .isThrownBy(() -> store.change(unknown, "PEN", 1, null, NOW))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.UNKNOWN));
        assertThatExceptionOfType(BasketNotFoundException.class).isThrownBy(() -> store.read(unknown, NOW));
        assertThatExceptionOfType(BasketNotFoundException.class).isThrownBy(() -> store.remove(unknown));
    }

    @Test
    void removingAnswersWhatTheBasketHeldAndForgetsIt() throws Exception {
        BasketId basket = store.create(NOW);
        store.change(basket, "TSHIRT", 3, null, NOW);

        assertThat(store.remove(basket).lines()).containsExactly(new BasketLines.Line("TSHIRT", 3));
        assertThatExceptionOfType(BasketNotFoundException.class)
                .isThrownBy(() -> store.change(basket, "PEN", 1, null, NOW))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.UNKNOWN));
    }

    @Test
    void removingOneBasketLeavesTheOthersAsTheyWere() throws Exception {
        BasketId kept = store.create(NOW);
        BasketId removed = store.create(NOW);
        store.change(kept, "MUG", 1, null, NOW);
        store.change(removed, "MUG", 1, null, NOW);

        store.remove(removed);

        assertThat(store.read(kept, NOW).lines()).containsExactly(new BasketLines.Line("MUG", 1));
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void sizeCountsOpenBasketsOnly() throws Exception {
        store.create(NOW);
        BasketId removed = store.create(NOW);
        store.create(NOW);
        store.remove(removed);

        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void eachOpenBasketIsFoundByItsShortCode() throws Exception {
        List<BasketId> baskets = createBaskets(20);

        for (BasketId basket : baskets) {
            assertThat(store.openEndingWith(BasketIdSuffix.parse(basket.shortCode())))
                    .as("short code %s", basket.shortCode())
                    .containsExactlyInAnyOrderElementsOf(endingLike(baskets, basket, BasketId.SHORT_CODE_LENGTH));
        }
    }

    @Test
    void aSuffixSeveralOpenBasketsShareFindsThemAll() throws Exception {
        // 33 ids, 32 possible last characters: at least two share one.
        List<BasketId> baskets = createBaskets(33);
        BasketId shared = baskets.stream()
                .filter(basket -> endingLike(baskets, basket, 1).size() > 1).findFirst().orElseThrow();

        assertThat(store.openEndingWith(BasketIdSuffix.of(shared, 1)))
                .hasSizeGreaterThan(1)
                .containsExactlyInAnyOrderElementsOf(endingLike(baskets, shared, 1));
    }

    @ParameterizedTest(name = "its last {0} characters")
    @CsvSource({"1", "6", "12", "13", "20", "26"})
    void aBasketIsFoundByAnyEndOfItsId(int length) throws Exception {
        List<BasketId> baskets = createBaskets(5);
        BasketId basket = baskets.get(2);

        assertThat(store.openEndingWith(BasketIdSuffix.of(basket, length)))
                .contains(basket)
                .containsExactlyInAnyOrderElementsOf(endingLike(baskets, basket, length));
    }

    @Test
    void removedExpiredAndPaidBasketsAreNotFoundByTheirShortCode() throws Exception {
        BasketId removed = store.create(NOW);
        store.remove(removed);
        BasketId expired = store.create(NOW);
        store.expireIdleSince(NOW + 1);
        BasketId paid = store.create(NOW + 2);
        service.addProduct(paid, "PEN");
        service.completeSale(paid, Money.parse("5.00€"),
                List.of(com.lana.checkout.api.Payment.cash(Money.parse("5.00€"))), OperationId.random());

        for (BasketId closed : List.of(removed, expired, paid)) {
            assertThat(store.openEndingWith(BasketIdSuffix.of(closed, 26))).as("basket %s", closed).isEmpty();
        }
    }

    @Test
    void aShortCodeOfNoOpenBasketFindsNone() throws Exception {
        List<BasketId> baskets = createBaskets(3);
        BasketId absent = BasketId.random();

        assertThat(store.openEndingWith(BasketIdSuffix.of(absent, 26))).isEmpty();
        assertThat(store.openEndingWith(BasketIdSuffix.of(absent, 12)))
                .containsExactlyInAnyOrderElementsOf(endingLike(baskets, absent, 12));
    }

    private List<BasketId> createBaskets(int count) throws Exception {
        List<BasketId> baskets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            baskets.add(store.create(NOW));
        }
        return baskets;
    }

    /** The baskets whose id's text ends with the same {@code length} characters as {@code like}'s. */
    private static List<BasketId> endingLike(List<BasketId> baskets, BasketId like, int length) {
        String end = like.toString().substring(26 - length);
        return baskets.stream().filter(basket -> basket.toString().endsWith(end)).toList();
    }

    @Test
    void aBasketIdleSinceTheCutoffExpiresAndSaysSo() throws Exception {
        BasketId idle = store.create(NOW);
        store.change(idle, "PEN", 1, null, NOW);

        assertThat(store.expireIdleSince(NOW + 1)).isEqualTo(1);

        assertThatExceptionOfType(BasketNotFoundException.class)
                .isThrownBy(() -> store.change(idle, "PEN", 1, null, NOW + 2))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.EXPIRED))
                .withMessageContaining("expired");
        assertThatExceptionOfType(BasketNotFoundException.class)
                .isThrownBy(() -> store.read(idle, NOW + 2))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.EXPIRED));
    }

    @Test
    void aBasketUsedAfterTheCutoffDoesNotExpire() throws Exception {
        BasketId busy = store.create(NOW);
        store.read(busy, NOW + 10);

        assertThat(store.expireIdleSince(NOW + 5)).isZero();
        assertThat(store.change(busy, "PEN", 1, null, NOW + 11).units()).isEqualTo(1);
    }

    @Test
    void aRemovedBasketIsNotReportedAsExpired() throws Exception {
        BasketId basket = store.create(NOW);
        store.remove(basket);

        assertThat(store.expireIdleSince(NOW + 1)).isZero();
        assertThatExceptionOfType(BasketNotFoundException.class)
                .isThrownBy(() -> store.read(basket, NOW + 2))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.UNKNOWN));
    }

    @Test
    void aBasketRemembersAtLeastItsLastSixteenOperations() throws Exception {
        BasketId basket = store.create(NOW);
        OperationId[] operations = new OperationId[16];
        for (int i = 0; i < operations.length; i++) {
            operations[i] = OperationId.random();
            store.change(basket, "PEN", 1, operations[i], NOW);
        }

        for (OperationId operation : operations) {
            store.change(basket, "PEN", 1, operation, NOW);
        }

        assertThat(store.read(basket, NOW).units()).isEqualTo(16);
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
        for (int round = 0; round < raceRounds(); round++) {
            raceAddsAgainstRemoval(round);
        }
    }

    /**
     * Adders add pens to one basket as fast as they can until it is gone; the remover waits until
     * some of them succeeded (0 to 31, varying by round), then removes it. The store's removal
     * answers exactly the state it closed: the successful adds must be exactly those units, and no
     * add that started after the removal returned may succeed.
     */
    private void raceAddsAgainstRemoval(int round) throws Exception {
        BasketId id = service.createBasket();
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
            race.unitsAtRemoval = (int) store.remove(id).units();
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
