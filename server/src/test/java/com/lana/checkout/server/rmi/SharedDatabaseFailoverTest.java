package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two server JVMs on one real PostgreSQL and terminals connected to both: the first server is
 * killed with SIGKILL in the middle of a sale, and every terminal carries on with the second. The
 * basket ends with exactly the adds the terminals were told succeeded: none lost, none doubled.
 */
@Timeout(300)
class SharedDatabaseFailoverTest {

    private static final Duration FAILOVER_BOUND = Duration.ofSeconds(3);

    private static EmbeddedPostgres postgres;
    private static String store;

    private ServerJvm first;
    private ServerJvm second;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
        store = postgres.getJdbcUrl("postgres", "postgres");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void startTwoServers() throws Exception {
        first = ServerJvm.start(HardeningFixtures.freePort(), "--store", store);
        second = ServerJvm.start(HardeningFixtures.freePort(), "--store", store);
    }

    @AfterEach
    void stopServers() throws Exception {
        threads.shutdownNow();
        first.close();
        second.close();
    }

    @Test
    void aTerminalCarriesOnWithTheSecondServerWhenTheFirstIsKilled() throws Exception {
        CheckoutService checkout = Checkout.connect(servers(first, second));
        BasketId basket = checkout.createBasket();
        Terminal terminal = new Terminal(checkout, basket);
        Future<Long> adding = threads.submit(terminal);
        terminal.awaitAcknowledged(50);

        long killedAt = System.nanoTime();
        first.kill();
        terminal.awaitAcknowledgedAfter(killedAt, 50);
        terminal.stop();

        long acknowledged = adding.get(60, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(terminal.firstSuccessAfter(killedAt) - killedAt))
                .as("time from the kill to the next acknowledged add").isLessThan(FAILOVER_BOUND);
        assertThat(Checkout.currentServer(checkout)).isEqualTo("127.0.0.1:" + second.port());
        assertThat(checkout.receipt(basket).units()).isEqualTo(acknowledged);
    }

    @Test
    void eightTerminalsSplitBetweenTwoServersLoseAndDoubleNothingWhenOneIsKilled() throws Exception {
        BasketId basket = Checkout.connect(servers(second, first)).createBasket();
        List<Terminal> terminals = new ArrayList<>();
        List<Future<Long>> adding = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            // Half the terminals start on the server that will be killed, half on the other.
            CheckoutService checkout = Checkout.connect(i % 2 == 0 ? servers(first, second) : servers(second, first));
            Terminal terminal = new Terminal(checkout, basket);
            terminals.add(terminal);
            adding.add(threads.submit(terminal));
        }
        for (Terminal terminal : terminals) {
            terminal.awaitAcknowledged(20);
        }

        long killedAt = System.nanoTime();
        first.kill();
        for (Terminal terminal : terminals) {
            terminal.awaitAcknowledgedAfter(killedAt, 20);
        }
        terminals.forEach(Terminal::stop);

        long acknowledged = 0;
        for (Future<Long> future : adding) {
            acknowledged += future.get(60, TimeUnit.SECONDS);
        }
        for (Terminal terminal : terminals) {
            assertThat(Duration.ofNanos(terminal.firstSuccessAfter(killedAt) - killedAt))
                    .as("time from the kill to a terminal's next acknowledged add").isLessThan(FAILOVER_BOUND);
        }
        assertThat(Checkout.connect(servers(second)).receipt(basket).units()).isEqualTo(acknowledged);
    }

    private static String servers(ServerJvm... servers) {
        List<String> addresses = new ArrayList<>();
        for (ServerJvm server : servers) {
            addresses.add("127.0.0.1:" + server.port());
        }
        return String.join(",", addresses);
    }

    /** Adds pens to the basket until stopped; answers how many adds it was told succeeded. */
    private static final class Terminal implements Callable<Long> {
        private final CheckoutService checkout;
        private final BasketId basket;
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final AtomicLong acknowledged = new AtomicLong();
        private final List<Long> successTimes = java.util.Collections.synchronizedList(new ArrayList<>());
        private final CountDownLatch failed = new CountDownLatch(1);

        Terminal(CheckoutService checkout, BasketId basket) {
            this.checkout = checkout;
            this.basket = basket;
        }

        @Override
        public Long call() throws Exception {
            try {
                while (!stopped.get()) {
                    checkout.addProduct(basket, "PEN");
                    successTimes.add(System.nanoTime());
                    acknowledged.incrementAndGet();
                }
                return acknowledged.get();
            } catch (Exception e) {
                failed.countDown();
                throw e;
            }
        }

        void stop() {
            stopped.set(true);
        }

        void awaitAcknowledged(long count) throws InterruptedException {
            awaitUntil(() -> acknowledged.get() >= count, "acknowledged " + count + " adds");
        }

        void awaitAcknowledgedAfter(long nanos, long count) throws InterruptedException {
            awaitUntil(() -> successesAfter(nanos) >= count, "acknowledged " + count + " adds after the kill");
        }

        long firstSuccessAfter(long nanos) {
            synchronized (successTimes) {
                return successTimes.stream().filter(time -> time > nanos).findFirst().orElseThrow();
            }
        }

        private long successesAfter(long nanos) {
            synchronized (successTimes) {
                return successTimes.stream().filter(time -> time > nanos).count();
            }
        }

        private void awaitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!condition.getAsBoolean()) {
                if (failed.getCount() == 0) {
                    throw new AssertionError("The terminal's add failed before it " + what);
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("The terminal never " + what);
                }
                Thread.sleep(5);
            }
        }
    }
}
