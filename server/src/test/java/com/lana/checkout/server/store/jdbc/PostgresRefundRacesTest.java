package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.Shop;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.server.pricing.RefundRules;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.SaleStoreContract;
import com.lana.checkout.server.store.SalesLedger;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A refund sent again under its operation id while the first is still being recorded, as a client
 * does when the first answer is late, on a real PostgreSQL at READ COMMITTED: the first refund holds
 * its sale's row and the refund counter while its maker runs, and the retry is let go only once it
 * waits for one of them. A retry of the same refund answers the refund recorded; the same operation
 * used for another sale is refused, and records nothing.
 */
class PostgresRefundRacesTest {

    private static final long TIMEOUT_SECONDS = 30;
    private static final PriceList PRICES = PriceList.of(CatalogFile.defaults());
    private static final LocalDateTime LATER = SaleStoreContract.NOON.plusHours(3);
    private static final List<ReturnedItem> MUG = List.of(ReturnedItem.of("MUG", 1));
    private static TestPostgres postgres;

    private CheckoutStore store;
    private SalesLedger ledger;
    private final ExecutorService tills = Executors.newFixedThreadPool(2);
    private final CountDownLatch firstMaking = new CountDownLatch(1);
    private final CountDownLatch letFirstFinish = new CountDownLatch(1);
    private final AtomicInteger retryMade = new AtomicInteger();

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = TestPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void openEmptyStore() throws Exception {
        store = CheckoutStores.open(postgres.storeUrl());
        postgres.deleteAllBaskets();
        postgres.deleteAllSales();
        ledger = store.sales();
    }

    @AfterEach
    void closeStore() throws InterruptedException {
        letFirstFinish.countDown();
        tills.shutdownNow();
        assertThat(tills.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("tills stopped").isTrue();
        store.close();
    }

    @Test
    void aRetryOfTheLastUnitsRefundWhileItIsRecordedAnswersThatRefund() throws Exception {
        Sale sale = sellAMug();
        OperationId operation = OperationId.random();

        Future<Refund> first = tills.submit(() -> ledger.refund(sale.number(), operation, slowMaker()));
        Future<Refund> retry = retryOnceTheFirstHoldsItsLocks(() -> ledger.refund(sale.number(), operation,
                countingMaker()));

        assertThat(retry.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isEqualTo(first.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertThat(retryMade).as("refunds the retry made").hasValue(0);
        assertThat(ledger.sale(sale.number()).returned()).containsExactly(ReturnedItem.of("MUG", 1));
        assertThat(ledger.refunds(LATER.toLocalDate())).hasSize(1);
    }

    @Test
    void theSameOperationRefundingAnotherSaleWhileTheFirstIsRecordedIsRefused() throws Exception {
        Sale first = sellAMug();
        Sale other = sellAMug();
        OperationId operation = OperationId.random();

        Future<Refund> recorded = tills.submit(() -> ledger.refund(first.number(), operation, slowMaker()));
        Future<Refund> refused = retryOnceTheFirstHoldsItsLocks(() -> ledger.refund(other.number(), operation,
                countingMaker()));

        Refund refund = recorded.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> refused.get(TIMEOUT_SECONDS, TimeUnit.SECONDS))
                .havingCause().isInstanceOf(InvalidRequestException.class)
                .withMessageContaining(first.number().toString()).withMessageContaining(refund.number().toString());
        assertThat(ledger.sale(other.number()).returned()).isEmpty();
        assertThat(ledger.refunds(LATER.toLocalDate())).containsExactly(refund);
        assertThat(ledger.refund(other.number(), OperationId.random(), countingMaker()).number())
                .as("the refused refund left its number free").isEqualTo(refund.number().next());
    }

    /** Submits {@code retry} once the first refund is in its maker, and lets the first finish once the retry waits for a lock. */
    private Future<Refund> retryOnceTheFirstHoldsItsLocks(Callable<Refund> retry) throws Exception {
        assertThat(firstMaking.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("the first refund is being made").isTrue();
        Future<Refund> retrying = tills.submit(retry);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (postgres.sessionsWaitingForALock() == 0) {
            assertThat(System.nanoTime()).as("the retry waits for a lock in time").isLessThan(deadline);
            assertThat(retrying).as("the retry waits").isNotDone();
            Thread.sleep(5);
        }
        letFirstFinish.countDown();
        return retrying;
    }

    /** Makes the refund of the mug, in cash, once the test lets it: the sale's row and the counter stay locked meanwhile. */
    private SalesLedger.RefundMaker slowMaker() {
        return (sale, earlier, number) -> {
            firstMaking.countDown();
            try {
                if (!letFirstFinish.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The test never let the first refund finish");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return RefundRules.make(sale, earlier, MUG, RefundTo.CASH, PRICES, number, LATER, Shop.DEVELOPMENT);
        };
    }

    /** Makes the refund of the mug, in cash, counting the refunds it made. */
    private SalesLedger.RefundMaker countingMaker() {
        return (sale, earlier, number) -> {
            retryMade.incrementAndGet();
            return RefundRules.make(sale, earlier, MUG, RefundTo.CASH, PRICES, number, LATER, Shop.DEVELOPMENT);
        };
    }

    private Sale sellAMug() throws Exception {
        BasketId basket = store.baskets().create(SaleStoreContract.NOW);
        store.baskets().change(basket, "MUG", 1, null, SaleStoreContract.NOW);
        return store.baskets().completeSale(basket, OperationId.random(), SaleStoreContract.sellAt(SaleStoreContract.NOON),
                SaleStoreContract.NOW);
    }
}
