package com.lana.checkout.client.ui;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.client.link.Connector;
import com.lana.checkout.client.link.Intercept;
import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.client.ui.parts.ReceiptDialog;
import com.lana.checkout.server.rmi.CheckoutServer;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.rmi.ConnectException;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Taking payment at the till, driven like a clerk would, against a real checkout server on a loopback port. */
class PayingTest extends GuiTest {

    private CheckoutServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = TestServers.start(0);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private TillScreen openScreen() {
        return TillScreen.open(robot, server.port()).awaitConnected();
    }

    @ParameterizedTest(name = "{0} → {1}, paid {2}, change {3}")
    @CsvSource(textBlock = """
            'PEN, TSHIRT, MUG',                              32.50€,  50,     17.50€
            'PEN, TSHIRT, PEN',                              25.00€,  25.00,  0.00€
            'TSHIRT, TSHIRT, TSHIRT, PEN, TSHIRT',           65.00€,  100,    35.00€
            'PEN, TSHIRT, PEN, PEN, MUG, TSHIRT, TSHIRT',    62.50€,  70,     7.50€
            """)
    void paysAReferenceBasketInCashWithTheKeyboardOnlyAndShowsTheChange(String codes, String total, String cash,
                                                                        String change) throws Exception {
        TillScreen screen = openScreen().sell(codes, total);

        screen.payCash(cash);

        screen.await("sale completed", () -> screen.isShowing(TillWindow.COMPLETED));
        assertThat(screen.label(TillWindow.COMPLETED)).isEqualTo("Sale S-000001 completed  ·  change due");
        assertThat(screen.label(TillWindow.COMPLETED_CHANGE)).isEqualTo(change);
        assertThat(screen.total()).isEqualTo("0.00€");   // a new sale has started
        Sale recorded = server.service().sale(new SaleNumber(1));
        assertThat(recorded.total()).hasToString(total);
        assertThat(recorded.change()).hasToString(change);
        screen.awaitFocused(screen.scanField().target());
    }

    @Test
    void theChangeDueShowsWhileTheCashIsTyped() {
        TillScreen screen = openScreen().sell("PEN, TSHIRT, MUG", "32.50€");

        screen.press(KeyEvent.VK_F12);
        DialogFixture dialog = screen.paymentDialog();
        dialog.label(PaymentDialog.TOTAL).requireText("32.50€");
        screen.awaitCashFieldFocused(dialog);
        robot.enterText("50");

        screen.awaitLabel(dialog, PaymentDialog.CHANGE, "17.50€");
        dialog.label(PaymentDialog.DUE).requireText("32.50€");
    }

    @Test
    void theCompletedSaleStaysOnScreenUntilTheNextScan() {
        TillScreen screen = openScreen().sell("PEN, TSHIRT, MUG", "32.50€").payCash("50");
        screen.await("sale completed", () -> screen.isShowing(TillWindow.COMPLETED));

        screen.scan("PEN").awaitTotal("5.00€");

        assertThat(screen.isShowing(TillWindow.COMPLETED)).isFalse();
    }

    @Test
    void quickAmountsAreTheDueAndTheNextNotesAboveIt() {
        TillScreen screen = openScreen().sell("PEN, TSHIRT, MUG", "32.50€");

        screen.press(KeyEvent.VK_F12);
        DialogFixture dialog = screen.paymentDialog();

        assertThat(new String[] {dialog.button(PaymentDialog.QUICK + 1).text(), dialog.button(PaymentDialog.QUICK + 2).text(),
                dialog.button(PaymentDialog.QUICK + 3).text(), dialog.button(PaymentDialog.QUICK + 4).text()})
                .extracting(text -> text.substring(0, text.indexOf(' ')))
                .containsExactly("32.50€", "35.00€", "40.00€", "50.00€");
        assertThat(robot.finder().findAll(dialog.target(), component -> component.getName() != null
                && component.getName().startsWith(PaymentDialog.QUICK))).hasSize(4);
    }

    @Test
    void aSplitPaymentTakesCashThenACardForTheRest() throws Exception {
        TillScreen screen = openScreen().sell("PEN, TSHIRT, MUG", "32.50€");
        screen.press(KeyEvent.VK_F12);
        DialogFixture dialog = screen.paymentDialog();
        screen.awaitCashFieldFocused(dialog);

        robot.enterText("10");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        screen.awaitLabel(dialog, PaymentDialog.DUE, "22.50€");
        assertThat(dialog.list(PaymentDialog.PAYMENTS).contents()).containsExactly("Cash 10.00€");
        robot.pressAndReleaseKey(KeyEvent.VK_F4);
        screen.awaitText(dialog, PaymentDialog.CONFIRM, "Card approved");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);   // the terminal approved
        screen.recordSale(dialog);

        assertThat(server.service().sale(new SaleNumber(1)).payments())
                .containsExactly(Payment.cash(Money.parse("10.00€")), Payment.card(Money.parse("22.50€"), ""));
    }

    @Test
    void whenAnotherTerminalChangesTheBasketTheDialogSaysSoAndShowsTheNewTotal() throws Exception {
        TillScreen screen = openScreen().sell("PEN, TSHIRT, MUG", "32.50€");
        BasketId basket = screen.onEdt(() -> screen.model.current().basket());
        screen.press(KeyEvent.VK_F12);
        DialogFixture dialog = screen.paymentDialog();

        CheckoutService secondTerminal = Checkout.connect("127.0.0.1", server.port());
        secondTerminal.addProduct(basket, "MUG", 1, OperationId.random());
        screen.awaitCashFieldFocused(dialog);
        robot.enterText("50");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);

        screen.awaitText(dialog, PaymentDialog.MESSAGE, "The total changed from 32.50€ to 40.00€");
        screen.awaitLabel(dialog, PaymentDialog.TOTAL, "40.00€");
        assertThat(dialog.list(PaymentDialog.PAYMENTS).contents()).containsExactly("Cash 50.00€");
        dialog.requireVisible();
        assertThat(server.service().sales(LocalDate.now())).isEmpty();
    }

    @Test
    void payingIsRefusedWhileScansAreNotConfirmed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Connector slow = Intercept.beforeEachCall(Connector.rmi("127.0.0.1", server.port()), (method, args) -> {
            if (method.equals("addProduct")) {
                assertThat(release.await(20, TimeUnit.SECONDS)).isTrue();
            }
        });
        TillScreen screen = TillScreen.open(robot, slow).awaitConnected();
        try {
            screen.scan("PEN");
            screen.await("a pending line", () -> screen.rows().length == 1);

            screen.press(KeyEvent.VK_F12);

            screen.awaitMessage("Not yet: 1 scan is not confirmed by the server");
            assertThat(screen.dialogShowing()).isFalse();
        } finally {
            release.countDown();
        }
    }

    @Test
    void payingAnEmptySaleIsRefused() {
        TillScreen screen = openScreen();

        screen.press(KeyEvent.VK_F12);

        screen.awaitMessage("Nothing to pay: scan the first item");
        assertThat(screen.dialogShowing()).isFalse();
    }

    @Test
    void aPaymentWhoseAnswerIsLostIsSentAgainWithTheSameIdAndRecordedOnce() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        CheckoutService direct = Checkout.connect("127.0.0.1", server.port());
        // The first completion reaches the server, but its answer never comes back.
        Connector lossy = Intercept.beforeEachCall(Connector.rmi("127.0.0.1", server.port()), (method, args) -> {
            if (method.equals("completeSale") && attempts.incrementAndGet() == 1) {
                direct.completeSale((BasketId) args[0], (Money) args[1], castPayments(args[2]), (OperationId) args[3]);
                throw new ConnectException("answer lost on the way back");
            }
        });
        TillScreen screen = TillScreen.open(robot, lossy).awaitConnected().sell("PEN, TSHIRT, MUG", "32.50€");

        screen.payCash("50");

        screen.await("sale completed", () -> screen.isShowing(TillWindow.COMPLETED));
        assertThat(attempts).hasValue(2);
        assertThat(screen.label(TillWindow.COMPLETED)).isEqualTo("Sale S-000001 completed  ·  change due");
        assertThat(screen.label(TillWindow.COMPLETED_CHANGE)).isEqualTo("17.50€");
        assertThat(server.service().sales(LocalDate.now())).hasSize(1);
    }

    @Test
    void aPaymentTakenWhileTheServerIsDownWaitsAndIsRecordedOnceWhenItIsBack(@TempDir Path folder) throws Exception {
        String h2 = "jdbc:h2:file:" + folder.resolve("till");
        CheckoutServer durable = TestServers.start(0, h2);
        int port = durable.port();
        TillScreen screen = TillScreen.open(robot, port).awaitConnected().sell("PEN, TSHIRT, MUG", "32.50€");
        durable.close();
        screen.await("unreachable", () -> screen.label(StatusBar.CONNECTION).startsWith("✕"));

        screen.press(KeyEvent.VK_F12);
        DialogFixture dialog = screen.paymentDialog();
        screen.awaitCashFieldFocused(dialog);
        robot.enterText("50");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        screen.awaitText(dialog, PaymentDialog.CONFIRM, "Record sale");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        screen.await("payment held", () -> screen.text(dialog, PaymentDialog.MESSAGE).startsWith("The server does not answer"));
        assertThat(screen.label(StatusBar.CONNECTION)).contains("1 payment not confirmed yet");

        durable = TestServers.start(port, h2);
        try {
            screen.await("payment dialog closed", () -> !screen.dialogShowing());
            screen.await("sale completed", () -> screen.isShowing(TillWindow.COMPLETED));
            assertThat(screen.label(TillWindow.COMPLETED_CHANGE)).isEqualTo("17.50€");
            assertThat(durable.service().sales(LocalDate.now())).hasSize(1);
        } finally {
            durable.close();
        }
    }

    @Test
    void theLastReceiptIsShownAsTheTillPrintsIt() throws Exception {
        TillScreen screen = openScreen().sell("PEN, TSHIRT, MUG", "32.50€").payCash("50");
        screen.await("sale completed", () -> screen.isShowing(TillWindow.COMPLETED));

        screen.pressWithMenuKey(KeyEvent.VK_R);

        DialogFixture receipt = org.assertj.swing.finder.WindowFinder.findDialog(ReceiptDialog.DIALOG)
                .withTimeout(TillScreen.PATIENCE.duration()).using(robot);
        assertThat(receipt.textBox(ReceiptDialog.TEXT).text()).isEqualTo(server.service().sale(new SaleNumber(1)).toString());
    }

    @Test
    void ctrlPSavesTheLastReceiptAsAPdfNamedAfterTheSale(@TempDir Path folder) throws Exception {
        TillScreen screen = openScreen().sell("PEN, TSHIRT, MUG", "32.50€").payCash("50");
        screen.await("sale completed", () -> screen.isShowing(TillWindow.COMPLETED));

        screen.pressWithMenuKey(KeyEvent.VK_P);
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser().withTimeout(TillScreen.PATIENCE.duration())
                .using(robot);
        assertThat(chooser.fileNameTextBox().text()).isEqualTo("S-000001.pdf");
        Path file = folder.resolve("S-000001.pdf");
        chooser.fileNameTextBox().setText(file.toString());
        chooser.fileNameTextBox().pressAndReleaseKeys(KeyEvent.VK_ENTER);   // keys: a new dialog's bounds may mislead clicks

        screen.awaitMessage("Receipt S-000001 saved as " + file);
        assertThat(new String(java.nio.file.Files.readAllBytes(file), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<Payment> castPayments(Object payments) {
        return (java.util.List<Payment>) payments;
    }
}
