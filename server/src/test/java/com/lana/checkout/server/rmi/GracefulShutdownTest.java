package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.ServerStoppingException;
import com.lana.checkout.server.catalog.CatalogFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.rmi.RemoteException;
import java.rmi.ServerException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link CheckoutServer#close()} lets a call in flight finish, refuses new calls
 * meanwhile with {@link ServerStoppingException} (which a client made by {@link Checkout#connect}
 * retries, then reports), and frees the port.
 */
@Timeout(60)
class GracefulShutdownTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ExecutorService THREADS = Executors.newCachedThreadPool();

    private final GatedStore store = new GatedStore();
    private CheckoutServer server;
    private int port;
    private CheckoutService checkout;
    /** An add that reached the server and waits at the store while the server closes. */
    private CompletableFuture<Receipt> inFlight;
    private CompletableFuture<Void> closing;
    /** What the first call made while closing answered. */
    private Throwable refused;

    @AfterAll
    static void stopThreads() throws InterruptedException {
        THREADS.shutdownNow();
        THREADS.awaitTermination(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void letTheCloseFinish() throws Exception {
        store.open();
        if (closing != null) {
            closing.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } else if (server != null) {
            server.close();
        }
    }

    @Test
    void aCallMadeWhileClosingIsRefusedAsShuttingDown() throws Exception {
        closeWithAnAddInFlight();

        assertThat(refused).isInstanceOf(ServerException.class)
                .cause().isInstanceOf(ServerStoppingException.class).hasMessageContaining("shutting down");
    }

    @Test
    void aClientFromConnectRetriesWhileClosingThenNamesTheServer() throws Exception {
        closeWithAnAddInFlight();

        Throwable reported = catchThrowable(checkout::ping);

        assertThat(reported).as("after retrying").isInstanceOf(RemoteException.class)
                .hasMessageContaining("127.0.0.1:" + port);
    }

    @Test
    void closeWaitsForTheCallInFlight() throws Exception {
        closeWithAnAddInFlight();

        assertThat(closing).as("close waits for the call in flight").isNotDone();
        assertThat(inFlight).isNotDone();
        store.open();

        inFlight.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        closing.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void theCallInFlightWhenClosingStartedFinishesWithItsReceipt() throws Exception {
        closeWithAnAddInFlight();

        store.open();

        Receipt receipt = inFlight.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(receipt.lines()).singleElement().satisfies(line -> assertThat(line.quantity()).isEqualTo(1));
    }

    @Test
    void aClosedServerFreesItsPort() throws Exception {
        closeWithAnAddInFlight();
        store.open();

        closing.get(WAIT.toSeconds(), TimeUnit.SECONDS);

        try (CheckoutServer again = CheckoutServer.start(CheckoutServer.Options.loopback(port, CatalogFile.defaults()))) {
            assertThat(again.port()).isEqualTo(port);
        }
    }

    @Test
    void closeIsSafeTwice() throws IOException {
        CheckoutServer alone = HardeningFixtures.startServer();

        alone.close();
        alone.close();
    }

    /**
     * Starts a server on the gated store, holds an add at the store, starts closing the server and
     * waits until it refuses new calls. {@link #letTheCloseFinish()} opens the gate afterwards.
     */
    private void closeWithAnAddInFlight() throws Exception {
        server = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()).withStore(store));
        port = server.port();
        CheckoutService raw = HardeningFixtures.rawStub(port);
        checkout = Checkout.connect(Checkout.options("127.0.0.1", port));
        BasketId basket = raw.createBasket();

        store.hold();
        inFlight = CompletableFuture.supplyAsync(() -> call(() -> raw.addProduct(basket, "PEN")), THREADS);
        assertThat(store.awaitWaitingChange(WAIT)).as("the add reached the server and waits at the store").isTrue();

        closing = CompletableFuture.runAsync(server::close, THREADS);
        refused = awaitRefusal(raw);
    }

    /** The first call refused because the server is stopping; a call let through before that is retried. */
    private static Throwable awaitRefusal(CheckoutService raw) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Throwable refused = catchThrowable(raw::ping);
            if (refused != null) {
                return refused;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the server never started refusing calls");
    }

    @FunctionalInterface
    interface RemoteCall<T> {
        T call() throws Exception;
    }

    private static <T> T call(RemoteCall<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
