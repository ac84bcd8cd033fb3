package com.lana.checkout.client.sale;

import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.client.link.Connector;
import com.lana.checkout.client.link.ServerLink;
import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.client.ui.TillScreen;
import com.lana.checkout.server.rmi.CheckoutServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Paying and the completed sales, in the model without Swing: the test thread plays the UI thread,
 * against a real server on a loopback port.
 */
class PayingModelTest {

    private final BlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private CheckoutServer server;
    private Till model;

    @BeforeEach
    void start() throws Exception {
        server = TestServers.start(0);
        model = new Till(Connector.rmi("127.0.0.1", server.port()), uiQueue::add, TillScreen.TIMINGS,
                new ParkedSalesMemory(Preferences.userRoot().node("com/lana/checkout/client/test/paying"), "paying"));
        model.start();
        runUiUntil("connected", () -> model.connection() == ServerLink.State.CONNECTED && !model.isBusy());
    }

    @AfterEach
    void stop() {
        model.close();
        server.close();
    }

    @Test
    void aCompletedSaleStartsTheNextAndStaysShownUntilTheNextScan() {
        sell("PEN", "TSHIRT", "MUG");
        OpenSale paid = model.current();

        model.pay(model.current(), PaymentDraft.of(Money.parse("32.50€")).withCash(Money.parse("50.00€")), new PaymentSender.Outcome() { });
        runUiUntil("sale completed", () -> model.justCompleted() != null);

        assertThat(model.justCompleted().change()).hasToString("17.50€");
        assertThat(model.current()).isNotSameAs(paid);
        assertThat(model.current().isEmpty()).isTrue();
        model.scan("PEN");
        assertThat(model.justCompleted()).isNull();
        assertThat(model.lastSale().number()).hasToString("S-000001");
    }

    @Test
    void aSaleWithUnconfirmedScansCannotBePaid() {
        model.scan("PEN");

        assertThat(model.paymentRefusal()).contains("Not yet: 1 scan is not confirmed by the server, so the total "
                + "may still change. Pay once the server confirms them");
    }

    @Test
    void theDayOfCompletedSalesIsReadWithItsReport() {
        sell("PEN", "TSHIRT", "PEN");
        model.pay(model.current(), PaymentDraft.of(Money.parse("25.00€")).withCard("1234"), new PaymentSender.Outcome() { });
        runUiUntil("sale completed", () -> model.justCompleted() != null);
        AtomicReference<CompletedSales.Day> day = new AtomicReference<>();

        model.records().day(LocalDate.now(), answer(day));
        runUiUntil("journal read", () -> day.get() != null);

        assertThat(day.get().sales()).hasSize(1);
        assertThat(day.get().report().card()).hasToString("25.00€");
        assertThat(day.get().report().cashInDrawer()).hasToString("0.00€");
    }

    @Test
    void aReceiptIsSavedAsThePdfTheServerMakes(@TempDir Path folder) throws Exception {
        sell("PEN", "TSHIRT", "MUG");
        model.pay(model.current(), PaymentDraft.of(Money.parse("32.50€")).withCash(Money.parse("50.00€")), new PaymentSender.Outcome() { });
        runUiUntil("sale completed", () -> model.justCompleted() != null);
        AtomicReference<Path> saved = new AtomicReference<>();
        Path file = folder.resolve("S-000001.pdf");

        model.records().savePdf(model.lastSale().number(), file, answer(saved));
        runUiUntil("PDF saved", () -> saved.get() != null);

        assertThat(saved.get()).isEqualTo(file);
        assertThat(new String(Files.readAllBytes(file), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aSalePaidAtAnotherTerminalEndsHereAndIsNeverRecreated() throws Exception {
        sell("PEN", "MUG");
        OpenSale paidElsewhere = model.current();
        CheckoutService otherTerminal = Checkout.connect("127.0.0.1", server.port());
        otherTerminal.completeSale(paidElsewhere.basket(), Money.parse("12.50€"),
                List.of(Payment.card(Money.parse("12.50€"), "")), OperationId.random());

        runUiUntil("the sale ended", () -> {
            model.tick();
            return model.current() != paidElsewhere;
        });

        assertThat(model.notice()).isEqualTo(Notice.problem("Sale " + paidElsewhere.name()
                + " was paid as S-000001 at another terminal. The journal (F10) has its receipt"));
        assertThat(model.current().isEmpty()).isTrue();
        assertThat(model.parked()).isEmpty();
    }

    private void sell(String... codes) {
        for (String code : codes) {
            model.scan(code);
        }
        runUiUntil("scans confirmed", () -> !model.isBusy() && model.current().pending().isEmpty());
    }

    private static <T> CompletedSales.Answer<T> answer(AtomicReference<T> into) {
        return new CompletedSales.Answer<>() {
            @Override
            public void answered(T result) {
                into.set(result);
            }

            @Override
            public void failed(String message) {
                fail(message);
            }
        };
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
            fail("Interrupted waiting for " + what);
        }
    }
}
