package com.lana.checkout.server.service;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A till's shift closing while a sale at that till is being recorded: the close waits for the sale,
 * so the Z report counts every sale the shift recorded, and none is left in no shift.
 */
class ShiftCloseWhileSellingTest {

    private static final Actor ANN = new Actor("T01", "Ann");
    private static final long PATIENCE_SECONDS = 30;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private CheckoutStore store;
    private CheckoutServiceImpl service;

    @BeforeEach
    void openService() throws Exception {
        store = CheckoutStores.open(CheckoutStores.MEMORY);
        service = new CheckoutServiceImpl(CatalogFile.defaults(), store, Clock.systemDefaultZone());
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        store.close();
    }

    @Test
    void aCloseWaitsForASaleBeingRecordedAtItsTillAndItsZReportCountsIt() throws Exception {
        ShiftDesk desk = service.shifts();
        desk.open(ANN, Money.parse("100.00€"));
        BasketId basket = service.createBasket(ANN);
        service.addProduct(basket, "MUG");
        CountDownLatch recording = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        Future<Sale> sale = threads.submit(() -> desk.whileOpen(ANN, () -> {
            recording.countDown();
            await(goOn);
            return payMug(basket);
        }));
        assertThat(recording.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).as("the sale is being recorded").isTrue();

        AtomicReference<Thread> closer = new AtomicReference<>();
        Future<ShiftReport> z = threads.submit(() -> {
            closer.set(Thread.currentThread());
            return desk.close(ANN, Money.parse("107.50€"), ShiftDesk.DifferenceCheck.ANY);
        });
        awaitWaitingOrDone(closer, z);

        assertThat(z.isDone()).as("the close waits for the sale being recorded").isFalse();
        goOn.countDown();
        assertThat(sale.get(PATIENCE_SECONDS, TimeUnit.SECONDS).till()).isEqualTo("T01");
        assertThat(z.get(PATIENCE_SECONDS, TimeUnit.SECONDS).toString())
                .containsPattern("Sales +1\n").containsPattern("Expected cash +107\\.50€");
    }

    private Sale payMug(BasketId basket) throws com.lana.checkout.api.CheckoutException {
        try {
            return service.completeSale(ANN, basket, Money.parse("7.50€"), List.of(Payment.cash(Money.parse("7.50€"))),
                    OperationId.random());
        } catch (com.lana.checkout.api.ServerStoppingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Until the closing thread waits (on the till's lock) or the close is done, whichever comes first. */
    private static void awaitWaitingOrDone(AtomicReference<Thread> closer, Future<?> close) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (!close.isDone() && (closer.get() == null || closer.get().getState() != Thread.State.WAITING)) {
            assertThat(System.nanoTime()).as("the close neither waits nor ends").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not let go on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
