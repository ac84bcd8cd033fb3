package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static com.lana.checkout.server.store.SaleStoreContract.NOON;
import static com.lana.checkout.server.store.SaleStoreContract.sellAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A PostgreSQL server that stops under load and comes back: calls fail fast with a typed error
 * while it is away, and the same store serves again, having lost no acknowledged add, once it returns.
 */
class PostgresOutageTest {

    private static final long NOW = 1_700_000_000_000L;
    private static final int THREADS = 4;
    /** A call while the database is away fails within this long: a few seconds, under the client's 10 s deadline. */
    private static final long FAIL_WITHIN_MILLIS = 5_000;

    @TempDir
    Path dir;

    @Test
    void callsFailFastWhileTheDatabaseIsAwayAndTheStoreRecoversWithEveryAcknowledgedAdd() throws Exception {
        int port = freePort();
        Path data = dir.resolve("data");
        TestPostgres postgres = TestPostgres.start(port, data);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try (CheckoutStore opened = CheckoutStores.open(postgres.storeUrl())) {
            BasketStore store = opened.baskets();
            BasketId basket = store.create(NOW);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger acknowledged = new AtomicInteger();
            AtomicInteger refusals = new AtomicInteger();
            AtomicLong slowestRefusalMillis = new AtomicLong();
            List<Future<?>> adders = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                adders.add(threads.submit(() -> {
                    while (!stop.get()) {
                        // Each add is sent again, same operation id, until it is acknowledged: as a client does.
                        OperationId operation = OperationId.random();
                        while (true) {
                            long started = System.nanoTime();
                            try {
                                store.change(basket, "PEN", 1, operation, NOW);
                                acknowledged.incrementAndGet();
                                break;
                            } catch (StoreUnavailableException e) {
                                refusals.incrementAndGet();
                                slowestRefusalMillis.accumulateAndGet(
                                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), Math::max);
                                assertThat(e).hasMessageStartingWith("The basket store is unavailable (")
                                        .hasMessageEndingWith("); try again in a moment");
                                Thread.sleep(50);
                            }
                        }
                    }
                    return null;
                }));
            }
            awaitAtLeast(acknowledged, 200);
            postgres.close();
            awaitAtLeast(refusals, 2 * THREADS);
            int acknowledgedWhileAway = acknowledged.get();
            postgres = TestPostgres.start(port, data);
            awaitAtLeast(acknowledged, acknowledgedWhileAway + 200);
            stop.set(true);
            for (Future<?> adder : adders) {
                adder.get(30, TimeUnit.SECONDS);
            }

            assertThat(slowestRefusalMillis.get()).as("slowest refused call, ms").isLessThan(FAIL_WITHIN_MILLIS);
            assertThat(store.read(basket, NOW).units()).isEqualTo(acknowledged.get());
        } finally {
            threads.shutdownNow();
            postgres.close();
        }
    }

    /**
     * A completion while the database is away is refused as unavailable, having recorded nothing;
     * sent again once the database is back, the same completion is recorded once, with the next number.
     */
    @Test
    void aSaleCompletedWhileTheDatabaseIsAwayIsRecordedOnceWhenSentAgainAfterItReturns() throws Exception {
        int port = freePort();
        Path data = dir.resolve("data");
        TestPostgres postgres = TestPostgres.start(port, data);
        try (CheckoutStore opened = CheckoutStores.open(postgres.storeUrl())) {
            BasketStore store = opened.baskets();
            BasketId first = store.create(NOW);
            store.change(first, "MUG", 1, null, NOW);
            store.completeSale(first, OperationId.random(), sellAt(NOON), NOW);
            BasketId basket = store.create(NOW);
            store.change(basket, "PEN", 3, null, NOW);
            OperationId operation = OperationId.random();
            postgres.close();

            assertThatExceptionOfType(StoreUnavailableException.class)
                    .isThrownBy(() -> store.completeSale(basket, operation, sellAt(NOON), NOW))
                    .withMessageStartingWith("The basket store is unavailable (");

            postgres = TestPostgres.start(port, data);
            Sale sale = completeOnceAvailable(store, basket, operation);
            assertThat(sale.number()).hasToString("S-000002");
            assertThat(sale.receipt().units()).isEqualTo(3);
            assertThat(store.completeSale(basket, operation, sellAt(NOON), NOW)).isEqualTo(sale);
        } finally {
            postgres.close();
        }
    }

    /** Sends the completion again, as a client does, until the store can reach its database. */
    private static Sale completeOnceAvailable(BasketStore store, BasketId basket, OperationId operation)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return store.completeSale(basket, operation, sellAt(NOON), NOW);
            } catch (StoreUnavailableException e) {
                assertThat(System.nanoTime()).as("waiting for the database to come back").isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }

    private static void awaitAtLeast(AtomicInteger counter, int target) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (counter.get() < target) {
            assertThat(System.nanoTime()).as("waiting for %d, at %d", target, counter.get()).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
