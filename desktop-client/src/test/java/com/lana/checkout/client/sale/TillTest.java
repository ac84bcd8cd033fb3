package com.lana.checkout.client.sale;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.client.link.Connector;
import com.lana.checkout.client.link.Intercept;
import com.lana.checkout.client.link.ServerLink;
import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.client.ui.TillScreen;
import com.lana.checkout.server.rmi.CheckoutServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * The model without Swing: the test thread plays the UI thread, running what the model hands back
 * through a queue, against a real server on a loopback port.
 */
class TillTest {

    private final BlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final Set<String> callThreads = ConcurrentHashMap.newKeySet();
    private CheckoutServer server;
    private Till model;

    @BeforeEach
    void start() throws Exception {
        Preferences.userRoot().node("com/lana/checkout/client/test/model").clear();
        server = startServer(0);
        model = newModel(recordingThreads(Connector.rmi("127.0.0.1", server.port())));
        model.start();
        runUiUntil("connected", () -> model.connection() == ServerLink.State.CONNECTED && !model.isBusy());
    }

    @AfterEach
    void stop() {
        model.close();
        server.close();
    }

    @Test
    void connectingLoadsTheFavourites() {
        assertThat(model.favourites().favouriteProducts()).extracting(p -> p.code()).containsExactly("PEN", "TSHIRT", "MUG");
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
        assertThat(model.notice()).isEqualTo(Notice.info("Added 3 × Lana Pen"));
        assertThat(callThreads).containsOnly("checkout-calls", "checkout-probe").doesNotContain(Thread.currentThread().getName());
    }

    @Test
    void aViewOfTheTillStaysAsItWasTakenWhileTheSaleGoesOn() {
        model.scan("PEN");
        awaitIdle();
        TillView before = TillView.of(model);

        model.scan("MUG");
        awaitIdle();
        model.park();

        assertThat(before.current().receipt().total()).hasToString("5.00€");
        assertThat(before.current().scanCount()).isEqualTo(1);
        assertThat(before.parked()).isEmpty();
        TillView after = TillView.of(model);
        assertThat(after.parked()).singleElement().hasToString("Sale " + before.current().name() + " · 2 items · 12.50€");
        assertThat(after.current().number()).isNotEqualTo(before.current().number());
    }

    @Test
    void aBlockedCallNeverBlocksTheUiThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Till slow = newModel(holdingAdds(Connector.rmi("127.0.0.1", server.port()), release));
        try {
            long started = System.nanoTime();
            slow.start();
            slow.scan("PEN");
            slow.scan("MUG");
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(500);
            runUiUntil("the first add on the wire", slow::isBusy);
            assertThat(slow.current().pending().all()).extracting(PendingScan::code).containsExactly("PEN", "MUG");

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
        assertThat(model.notice()).isEqualTo(Notice.problem("Unknown product 'PENN': check the code and scan again"));
        assertThat(model.current().receipt().total()).hasToString("5.00€");
    }

    @Test
    void malformedInputIsRefusedWithoutACall() {
        assertThat(model.scan("   ")).isFalse();
        assertThat(model.scan("0*PEN")).isFalse();
        assertThat(model.notice().text()).isEqualTo("Quantity must be 1-1000, was 0");
        assertThat(model.scan("P€N")).isFalse();
        assertThat(model.notice().isProblem()).isTrue();
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
        assertThat(model.notice().isProblem()).isTrue();
        assertThat(model.current().receipt().total()).hasToString("7.50€");
    }

    @Test
    void parksAndResumesSales() {
        model.park();
        assertThat(model.notice().text()).isEqualTo("Nothing to park: this sale is empty");

        model.scan("PEN");
        awaitIdle();
        OpenSale first = model.current();
        model.park();
        assertThat(model.parked()).containsExactly(first);
        assertThat(model.current().isEmpty()).isTrue();

        model.scan("MUG");
        awaitIdle();
        OpenSale second = model.current();
        model.resume(first);
        awaitIdle();
        assertThat(model.current()).isSameAs(first);
        assertThat(model.parked()).containsExactly(second);
        assertThat(second).hasToString("Sale " + second.basket().shortCode() + " · 1 item · 7.50€");
    }

    @Test
    void pollingShowsChangesMadeOnAnotherTerminal() throws Exception {
        model.scan("PEN");
        awaitIdle();
        BasketId basket = model.current().basket();

        server.service().addProduct(basket, "MUG", 1, OperationId.random());
        model.tick();
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

        model.open("not a code!");
        assertThat(model.notice().isProblem()).isTrue();
        assertThat(model.notice().text()).startsWith("'not a code!' is not a sale's code");
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
    void aSaleClosedElsewhereIsMarkedLostAndKeepsItsLines() throws Exception {
        model.scan("PEN");
        awaitIdle();
        OpenSale sale = model.current();
        server.service().removeBasket(sale.basket());

        model.tick();
        runUiUntil("sale lost", sale::isLost);
        assertThat(model.current()).isSameAs(sale);
        assertThat(sale.receipt().units()).isEqualTo(1);
        assertThat(model.notice().text()).startsWith("Sale " + sale.name() + " is not on the server any more");
    }

    @Test
    void scansMadeWhileTheServerFailsArePendingAndAppliedOnceInOrderWhenItAnswers() throws Exception {
        AtomicBoolean down = new AtomicBoolean();
        Till flaky = newModel(Intercept.beforeEachCall(Connector.rmi("127.0.0.1", server.port()), (method, args) -> {
            if (down.get()) {
                throw new java.rmi.ConnectException("pulled the cable");
            }
        }));
        try {
            flaky.start();
            runUiUntil("connected", () -> flaky.connection() == ServerLink.State.CONNECTED);
            flaky.scan("PEN");
            runUiUntil("pen confirmed", () -> flaky.current().receipt() != null);
            BasketId basket = flaky.current().basket();

            down.set(true);
            flaky.scan("TSHIRT");
            flaky.scan("MUG");
            runUiUntil("unreachable", () -> flaky.connection() == ServerLink.State.UNREACHABLE && !flaky.isBusy());
            assertThat(flaky.current().pending().all()).extracting(PendingScan::code).containsExactly("TSHIRT", "MUG");

            down.set(false);
            runUiUntil("every scan confirmed", () -> flaky.current().pending().isEmpty() && !flaky.isBusy());
            assertThat(flaky.connection()).isEqualTo(ServerLink.State.CONNECTED);
            assertThat(server.service().receipt(basket).lines()).extracting(l -> l.code() + "×" + l.quantity())
                    .containsExactly("PEN×1", "TSHIRT×1", "MUG×1");
        } finally {
            flaky.close();
        }
    }

    @Test
    void aCallPastTheDeadlineMakesTheServerUnreachableAndItsScanIsSentOnceLater() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Till hung = new Till(holdingAdds(Connector.rmi("127.0.0.1", server.port()), release), uiQueue::add,
                new ServerLink.Timings(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMillis(100)),
                new ParkedSalesMemory(Preferences.userRoot().node("com/lana/checkout/client/test/model"), "hung"));
        try {
            hung.start();
            hung.scan("PEN");
            runUiUntil("waiting", () -> {
                hung.tick();
                return hung.waitingSeconds() > 0;
            });
            runUiUntil("past the deadline", () -> {
                hung.tick();
                return hung.connection() == ServerLink.State.UNREACHABLE;
            });

            release.countDown();
            runUiUntil("confirmed", () -> hung.current().pending().isEmpty() && hung.current().receipt() != null);
            assertThat(server.service().receipt(hung.current().basket()).units()).isEqualTo(1);
        } finally {
            hung.close();
        }
    }

    @Test
    void afterARestartThatLostTheBasketRetryRecreatesEveryLineOnce() throws Exception {
        model.scan("PEN");
        model.scan("2*MUG");
        awaitIdle();
        BasketId old = model.current().basket();
        int port = server.port();

        server.close();
        server = startServer(port);
        model.tick();
        runUiUntil("sale lost", () -> model.current().isLost());
        assertThat(model.current().receipt().units()).as("lines still known").isEqualTo(3);

        model.retry();
        assertThat(model.notice().text()).isEqualTo("Re-creating sale " + old.shortCode() + " on the server with its 3 items…");
        runUiUntil("re-created", () -> model.current().pending().isEmpty() && !model.isBusy()
                && model.current().receipt() != null);
        BasketId recreated = model.current().basket();
        assertThat(recreated).isNotEqualTo(old);
        assertThat(server.service().receipt(recreated).lines()).extracting(l -> l.code() + "×" + l.quantity())
                .containsExactly("PEN×1", "MUG×2");
        assertThat(model.current().receipt().total()).hasToString("20.00€");
    }

    @Test
    void aPendingScanCanBeTakenBackBeforeItIsSent() throws Exception {
        int port = server.port();
        model.scan("PEN");
        awaitIdle();
        server.close();
        model.scan("MUG");
        runUiUntil("unreachable", () -> model.connection() == ServerLink.State.UNREACHABLE && !model.isBusy());

        model.voidLastScanned();
        assertThat(model.current().pending().isEmpty()).isTrue();
        assertThat(model.notice().text()).isEqualTo("Scan taken back before it reached the server");
        server = startServer(port);
    }

    @Test
    void newSaleParksASaleThatHasItems() {
        model.scan("PEN");
        awaitIdle();
        OpenSale first = model.current();

        model.newSale();
        assertThat(model.parked()).containsExactly(first);
        assertThat(model.notice().text()).startsWith("Parked sale " + first.name());
    }

    @Test
    void parkedSalesAreRememberedForTheNextClientWhileTheirBasketsExist() throws Exception {
        model.scan("PEN");
        awaitIdle();
        BasketId kept = model.current().basket();
        model.park();
        model.scan("MUG");
        awaitIdle();
        BasketId removed = model.current().basket();
        model.park();
        server.service().removeBasket(removed);
        model.close();

        model = newModel(Connector.rmi("127.0.0.1", server.port()));
        model.start();
        runUiUntil("parked list checked", () -> model.parked().size() == 1 && !model.isBusy()
                && model.parked().get(0).receipt() != null);
        assertThat(model.parked().get(0).basket()).isEqualTo(kept);
        assertThat(model.parked().get(0)).hasToString("Sale " + kept.shortCode() + " · 1 item · 5.00€");
    }

    @Test
    void aServerThatStopsWhileTheClerkIsIdleShowsAsUnreachable() {
        server.close();
        runUiUntil("unreachable", () -> {
            model.tick();
            return model.connection() == ServerLink.State.UNREACHABLE;
        });
    }

    @Test
    void aParkedSaleWhoseBasketARestartLostIsMarkedWhileTheClerkIsIdle() throws Exception {
        model.scan("PEN");
        awaitIdle();
        model.park();
        OpenSale parked = model.parked().get(0);
        int port = server.port();

        server.close();
        server = startServer(port);
        runUiUntil("parked sale marked", () -> {
            model.tick();
            return parked.isLost();
        });
        String name = parked.basket().shortCode();
        assertThat(model.parked()).extracting(OpenSale::toString).containsExactly("Sale " + name + " · 1 item · 5.00€ · not on the server");
        assertThat(model.notice().text()).isEqualTo("Parked sale " + name + " is not on the server any more: resume it (F4), then F5 re-creates it");
    }

    @Test
    void aRestartedServerIsFoundAgainWithoutAnExplicitRetry() throws Exception {
        int port = server.port();
        server.close();
        server = startServer(port);

        model.scan("PEN");   // the service looks the restarted server up again by itself
        awaitIdle();
        assertThat(model.connection()).isEqualTo(ServerLink.State.CONNECTED);
        assertThat(model.current().receipt().total()).hasToString("5.00€");
    }

    // ---------------------------------------------------------------- helpers

    /** A model whose memory of parked sales starts empty for each test. */
    private Till newModel(Connector connector) {
        return new Till(connector, uiQueue::add, TillScreen.TIMINGS,
                new ParkedSalesMemory(Preferences.userRoot().node("com/lana/checkout/client/test/model"), "model"));
    }

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
