package com.lana.checkout.client;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.server.CheckoutServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * The model without Swing: the test thread plays the UI thread, running what the model hands back
 * through a queue, against a real server on a loopback port.
 */
class SalesModelTest {

    private final BlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final Set<String> callThreads = ConcurrentHashMap.newKeySet();
    private CheckoutServer server;
    private SalesModel model;

    @BeforeEach
    void start() throws Exception {
        server = startServer(0);
        model = new SalesModel(recordingThreads(Connector.rmi("127.0.0.1", server.port())), uiQueue::add);
        model.start();
        runUiUntil("connected", () -> model.connection() == SalesModel.Connection.CONNECTED && !model.isBusy());
    }

    @AfterEach
    void stop() {
        model.close();
        server.close();
    }

    @Test
    void connectingLoadsTheCatalog() {
        assertThat(model.catalog().products()).extracting(p -> p.code()).containsExactly("PEN", "TSHIRT", "MUG");
        assertThat(model.notice().text()).contains("Connected", "127.0.0.1:" + server.port());
    }

    @Test
    void firstScanCreatesTheBasketAndEveryCallRunsOffTheUiThread() {
        assertThat(model.scan(" 3 * pen ")).isTrue();
        assertThat(model.isBusy()).as("busy as soon as the scan is sent").isTrue();
        awaitIdle();

        assertThat(model.current().basket()).isNotNull();
        assertThat(model.current().receipt().total()).hasToString("10.00€");
        assertThat(model.current().lastScanned()).isEqualTo("PEN");
        assertThat(model.notice()).isEqualTo(SalesModel.Notice.info("Added 3 × Lana Pen"));
        assertThat(callThreads).containsOnly("checkout-calls").doesNotContain(Thread.currentThread().getName());
    }

    @Test
    void aBlockedCallNeverBlocksTheUiThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        SalesModel slow = new SalesModel(holdingAdds(Connector.rmi("127.0.0.1", server.port()), release), uiQueue::add);
        try {
            long started = System.nanoTime();
            slow.start();
            slow.scan("PEN");
            slow.scan("MUG");
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(500);
            assertThat(slow.isBusy()).isTrue();

            release.countDown();
            runUiUntil("both adds done", () -> !slow.isBusy());
            assertThat(slow.current().receipt().total()).hasToString("12.50€");
        } finally {
            slow.close();
        }
    }

    @Test
    void unknownProductIsAnErrorNoticeAndTheSaleGoesOn() {
        model.scan("PEN");
        model.scan("penn");
        awaitIdle();
        assertThat(model.notice()).isEqualTo(SalesModel.Notice.error("Unknown product 'PENN': check the code and scan again"));
        assertThat(model.current().receipt().total()).hasToString("5.00€");
    }

    @Test
    void malformedInputIsRefusedWithoutACall() {
        assertThat(model.scan("   ")).isFalse();
        assertThat(model.scan("0*PEN")).isFalse();
        assertThat(model.notice().text()).isEqualTo("Quantity must be 1-1000, was 0");
        assertThat(model.scan("P€N")).isFalse();
        assertThat(model.notice().error()).isTrue();
        assertThat(model.isBusy()).isFalse();
        assertThat(model.current().basket()).isNull();
    }

    @Test
    void voidsOneUnitOfALineAndOfTheLastScanned() {
        model.scan("2*MUG");
        model.scan("TSHIRT");
        awaitIdle();

        model.voidOne("MUG");
        awaitIdle();
        assertThat(model.current().receipt().total()).hasToString("27.50€");
        assertThat(model.notice().text()).isEqualTo("Voided 1 × Lana Coffee Mug");

        model.voidLastScanned();
        awaitIdle();
        assertThat(model.current().receipt().total()).hasToString("7.50€");

        model.voidLastScanned();   // no T-shirt left
        awaitIdle();
        assertThat(model.notice().error()).isTrue();
        assertThat(model.current().receipt().total()).hasToString("7.50€");
    }

    @Test
    void parksAndResumesSales() {
        model.park();
        assertThat(model.notice().text()).isEqualTo("Nothing to park: this sale is empty");

        model.scan("PEN");
        awaitIdle();
        SalesModel.Sale first = model.current();
        model.park();
        assertThat(model.parked()).containsExactly(first);
        assertThat(model.current().isEmpty()).isTrue();

        model.scan("MUG");
        awaitIdle();
        SalesModel.Sale second = model.current();
        model.resume(first);
        awaitIdle();
        assertThat(model.current()).isSameAs(first);
        assertThat(model.parked()).containsExactly(second);
        assertThat(second).hasToString("Sale 2 · 1 item · 7.50€");
    }

    @Test
    void pollingShowsChangesMadeOnAnotherTerminal() throws Exception {
        model.scan("PEN");
        awaitIdle();
        BasketId basket = model.current().basket();

        server.service().addProduct(basket, "MUG", 1, OperationId.random());
        model.poll();
        runUiUntil("the other terminal's mug", () -> model.current().receipt().total().toString().equals("12.50€"));
        assertThat(model.isBusy()).as("polls show no busy indicator").isFalse();
    }

    @Test
    void opensABasketByIdAndRefusesTextThatIsNoId() throws Exception {
        BasketId basket = server.service().createBasket();
        server.service().addProduct(basket, "TSHIRT");

        model.open(basket.toString().toLowerCase());
        awaitIdle();
        assertThat(model.current().basket()).isEqualTo(basket);
        assertThat(model.current().receipt().total()).hasToString("20.00€");

        model.open("not-an-id");
        assertThat(model.notice().error()).isTrue();
        assertThat(model.notice().text()).startsWith("Not a basket id");
    }

    @Test
    void cancelRemovesTheBasketFromTheServer() throws Exception {
        model.scan("PEN");
        awaitIdle();
        BasketId basket = model.current().basket();

        model.cancel();
        awaitIdle();
        assertThat(model.current().isEmpty()).isTrue();
        assertThatExceptionOfType(BasketNotFoundException.class).isThrownBy(() -> server.service().receipt(basket));
    }

    @Test
    void aSaleClosedElsewhereIsReportedWhenPolled() throws Exception {
        model.scan("PEN");
        awaitIdle();
        int number = model.current().number();
        server.service().removeBasket(model.current().basket());

        model.poll();
        runUiUntil("sale gone", () -> model.current().number() != number);
        assertThat(model.notice().text()).startsWith("Sale " + number + " is gone");
    }

    @Test
    void serverStoppedMakesItUnreachableAndRetryAfterARestartStartsOver() throws Exception {
        model.scan("PEN");
        awaitIdle();
        int port = server.port();

        server.close();
        model.scan("MUG");
        awaitIdle();
        assertThat(model.connection()).isEqualTo(SalesModel.Connection.UNREACHABLE);
        assertThat(model.notice().text()).contains("No answer from", SalesModel.RETRY_HINT);

        model.retry();
        awaitIdle();
        assertThat(model.connection()).as("still down").isEqualTo(SalesModel.Connection.UNREACHABLE);

        server = startServer(port);
        model.retry();
        awaitIdle();
        assertThat(model.connection()).isEqualTo(SalesModel.Connection.CONNECTED);
        assertThat(model.notice().text()).contains("is gone", "Scan its items again");
        assertThat(model.current().isEmpty()).isTrue();

        model.scan("PEN");
        awaitIdle();
        assertThat(model.current().receipt().total()).hasToString("5.00€");
    }

    @Test
    void aRestartedServerIsFoundAgainWithoutAnExplicitRetry() throws Exception {
        int port = server.port();
        server.close();
        server = startServer(port);

        model.scan("PEN");   // the old stub is stale: the model looks the service up again
        awaitIdle();
        assertThat(model.connection()).isEqualTo(SalesModel.Connection.CONNECTED);
        assertThat(model.current().receipt().total()).hasToString("5.00€");
    }

    // ---------------------------------------------------------------- helpers

    private static CheckoutServer startServer(int port) throws IOException, InterruptedException {
        return TestServers.start(port);
    }

    private void awaitIdle() {
        runUiUntil("no call in flight", () -> !model.isBusy() && uiQueue.isEmpty());
    }

    /** Plays the UI thread: runs what the model hands back until {@code condition} holds. */
    private void runUiUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        try {
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    fail("Timed out waiting for " + what + "; notice: " + model.notice());
                }
                Runnable task = uiQueue.poll(50, TimeUnit.MILLISECONDS);
                if (task != null) {
                    task.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Connector recordingThreads(Connector real) {
        return Intercept.beforeEachCall(real, (method, args) -> callThreads.add(Thread.currentThread().getName()));
    }

    private static Connector holdingAdds(Connector real, CountDownLatch release) {
        return Intercept.beforeEachCall(real, (method, args) -> {
            if (method.equals("addProduct") && !release.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("never released");
            }
        });
    }
}
