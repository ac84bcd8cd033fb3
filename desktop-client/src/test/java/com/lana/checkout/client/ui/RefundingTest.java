package com.lana.checkout.client.ui;

import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.client.link.Connector;
import com.lana.checkout.client.link.Intercept;
import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.client.ui.journal.DayReportPanel;
import com.lana.checkout.client.ui.journal.JournalWindow;
import com.lana.checkout.client.ui.parts.ReceiptDialog;
import com.lana.checkout.client.ui.refund.RefundDialog;
import com.lana.checkout.server.rmi.CheckoutServer;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JButton;
import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.rmi.ConnectException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refunding items a customer brought back, from the journal (F10), with the keyboard only, against
 * a real checkout server on a loopback port: the refund dialog, the question, the refund receipt
 * and the day report after it.
 */
class RefundingTest extends GuiTest {

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

    @Test
    void theMugComesBackByKeyboardAndTheReceiptAndDayReportShowTheRefund() throws Exception {
        TillScreen screen = TillScreen.open(robot, server.port()).awaitConnected();
        screen.sell("PEN, TSHIRT, MUG", "32.50€").payCash("50");
        DialogFixture journal = openJournal(screen);
        journal.label(DayReportPanel.CASH_IN_DRAWER).requireText("32.50€");

        DialogFixture refund = openRefund(journal);
        assertThat(refund.table(RefundDialog.TABLE).contents()).isDeepEqualTo(new String[][] {
                {"Lana Pen", "1", "0", "1"}, {"Lana T-Shirt", "1", "0", "1"}, {"Lana Coffee Mug", "1", "0", "1"}});
        robot.pressAndReleaseKey(KeyEvent.VK_0);       // the pen stays with the customer
        robot.pressAndReleaseKey(KeyEvent.VK_DOWN);
        robot.pressAndReleaseKey(KeyEvent.VK_LEFT);    // and the T-shirt: one less is none
        screen.await("only the mug coming back", () -> refund.table(RefundDialog.TABLE).contents()[0][3].equals("0")
                && refund.table(RefundDialog.TABLE).contents()[1][3].equals("0"));
        assertThat(refundQuestion(refund)).as("the amount, before anything is refunded")
                .contains("1 × Lana Coffee Mug", "7.50€ paid back the way the customer paid: in cash:", "Cash 7.50€");
        assertThat(server.service().refunds(LocalDate.now())).isEmpty();
        confirm(refund);

        DialogFixture receipt = receipt();
        assertThat(receipt.textBox(ReceiptDialog.TEXT).text())
                .isEqualTo(server.service().refund(new RefundNumber(1)).toString())
                .contains("Refund R-000001", "Of sale S-000001", "1 x Lana Coffee Mug", "-7.50€");
        receipt.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        assertThat(screen.text(refund, RefundDialog.MESSAGE)).isEqualTo("Refund R-000001 of S-000001: 7.50€ paid back"
                + " as Cash 7.50€");
        closeRefund(screen, refund);
        TillScreen.awaitCondition("report read again", () -> journal.label(DayReportPanel.REFUNDS).text().equals("1"));
        journal.label(DayReportPanel.REFUNDED).requireText("-7.50€");
        journal.label(DayReportPanel.CASH_REFUNDED).requireText("-7.50€");
        journal.label(DayReportPanel.CASH_IN_DRAWER).requireText("25.00€");
        journal.label(DayReportPanel.TAKINGS).requireText("25.00€");
        journal.label(DayReportPanel.VAT + " 21% gross").requireText("25.00€");
        journal.label(DayReportPanel.VAT + " 21% vat").requireText("4.34€");
        assertThat(journal.table(JournalWindow.TABLE).contents()[1]).containsExactly("R-000001",
                journal.table(JournalWindow.TABLE).contents()[1][1], "1", "-7.50€", "Cash", "", "refund of S-000001");
        assertThat(journal.label(JournalWindow.MESSAGE).text())
                .isEqualTo("Refund R-000001 of S-000001: 7.50€ paid back as Cash 7.50€");
    }

    @Test
    void theFreePenOfATwoForOneComesBackAndTheClerkIsToldWhyNothingIsPaidBack() throws Exception {
        TillScreen screen = TillScreen.open(robot, server.port()).awaitConnected();
        screen.sell("PEN, PEN", "5.00€").payCash("5");
        DialogFixture journal = openJournal(screen);

        DialogFixture refund = openRefund(journal);
        robot.pressAndReleaseKey(KeyEvent.VK_1);
        screen.await("one pen coming back", () -> refund.table(RefundDialog.TABLE).contents()[0][3].equals("1"));
        confirm(refund);

        DialogFixture receipt = receipt();
        Refund recorded = server.service().refund(new RefundNumber(1));
        assertThat(recorded.amount().isZero()).isTrue();
        assertThat(receipt.textBox(ReceiptDialog.TEXT).text()).contains("Nothing to pay back");
        String why = "Refund R-000001 of S-000001 pays back 0.00€. " + recorded.explanation();
        assertThat(screen.text(refund, RefundDialog.MESSAGE)).isEqualTo(why);
        assertThat(journal.label(JournalWindow.MESSAGE).text()).isEqualTo(why);
    }

    @Test
    void aRefundWhoseAnswerIsLostIsHeldSentAgainWithTheSameIdAndRecordedOnce() throws Exception {
        CheckoutService direct = Checkout.connect("127.0.0.1", server.port());
        List<OperationId> attempts = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        // The first attempt reaches the server, but its answer never comes back; the next waits, as a paused server.
        Connector lossy = Intercept.beforeEachCall(Connector.rmi("127.0.0.1", server.port()), (method, args) -> {
            if (method.equals("refund")) {
                attempts.add((OperationId) args[3]);
                if (attempts.size() == 1) {
                    direct.refund((SaleNumber) args[0], castItems(args[1]), (RefundTo) args[2], (OperationId) args[3]);
                    throw new ConnectException("answer lost on the way back");
                }
                assertThat(release.await(20, TimeUnit.SECONDS)).isTrue();
            }
        });
        TillScreen screen = TillScreen.open(robot, lossy).awaitConnected();
        screen.sell("PEN, TSHIRT, MUG", "32.50€").payCash("50");
        DialogFixture journal = openJournal(screen);
        DialogFixture refund = openRefund(journal);

        try {
            confirm(refund);
            screen.await("sent again", () -> attempts.size() == 2);
            assertThat(screen.text(refund, RefundDialog.MESSAGE)).contains("kept and sent again, with the same id");
            assertThat(screen.onEdt(() -> refund.progressBar(RefundDialog.BUSY).target().isShowing())).isTrue();
            robot.pressAndReleaseKey(KeyEvent.VK_DOWN);   // the dialog answers while the server does not
            screen.await("second line selected", () -> screen.onEdt(
                    () -> refund.table(RefundDialog.TABLE).target().getSelectedRow() == 1));
        } finally {
            release.countDown();
        }

        DialogFixture receipt = receipt();
        assertThat(receipt.textBox(ReceiptDialog.TEXT).text()).contains("Refund R-000001", "-32.50€");
        assertThat(attempts).hasSize(2).containsOnly(attempts.get(0));
        assertThat(server.service().refunds(LocalDate.now())).hasSize(1);
    }

    @Test
    void aRefundOnItsWayCompletesAfterItsDialogIsClosedAndTheJournalShowsItsReceipt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Connector paused = Intercept.beforeEachCall(Connector.rmi("127.0.0.1", server.port()), (method, args) -> {
            if (method.equals("refund")) {
                assertThat(release.await(20, TimeUnit.SECONDS)).isTrue();
            }
        });
        TillScreen screen = TillScreen.open(robot, paused).awaitConnected();
        screen.sell("MUG", "7.50€").payCash("10");
        DialogFixture journal = openJournal(screen);
        DialogFixture refund = openRefund(journal);
        try {
            confirm(refund);
            screen.await("busy", () -> busyShowing(screen, refund));

            robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
            screen.await("refund dialog closed", () -> !screen.onEdt(() -> refund.target().isShowing()));
        } finally {
            release.countDown();
        }

        DialogFixture receipt = receipt();
        assertThat(receipt.textBox(ReceiptDialog.TEXT).text()).contains("Refund R-000001", "-7.50€");
        assertThat(screen.onEdt(() -> receipt.target().getOwner())).isSameAs(journal.target());
        assertThat(journal.label(JournalWindow.MESSAGE).text()).isEqualTo("Refund R-000001 of S-000001: 7.50€ paid back"
                + " as Cash 7.50€");
        assertThat(server.service().refunds(LocalDate.now())).hasSize(1);
    }

    @Test
    void quittingWithARefundOnItsWayAsksAndSaysItIsNotSentAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Connector paused = Intercept.beforeEachCall(Connector.rmi("127.0.0.1", server.port()), (method, args) -> {
            if (method.equals("refund")) {
                assertThat(release.await(20, TimeUnit.SECONDS)).isTrue();
            }
        });
        TillScreen screen = TillScreen.open(robot, paused).awaitConnected();
        try {
            screen.sell("MUG", "7.50€").payCash("10");
            DialogFixture journal = openJournal(screen);
            DialogFixture refund = openRefund(journal);
            confirm(refund);
            screen.await("busy", () -> busyShowing(screen, refund));
            robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
            screen.await("refund dialog closed", () -> !screen.onEdt(() -> refund.target().isShowing()));
            journal.close();

            // Xvfb without a window manager cannot give the keyboard back to the sales window: its close box asks too.
            screen.frame.close();

            screen.frame.optionPane().requireTitle("Quit").requireMessage("Quit?\nA refund the server has not confirmed"
                    + " yet is not sent again: pay nothing back before the journal (F10) shows it, after a restart.");
            screen.frame.optionPane().pressAndReleaseKeys(KeyEvent.VK_ENTER);
            screen.await("question closed", () -> !screen.dialogShowing());
            assertThat(screen.onEdt(() -> screen.window.frame().isDisplayable())).isTrue();
        } finally {
            release.countDown();
        }
    }

    @Test
    void aRefundTheServerRefusesShowsItsMessageAsksNothingAndKeepsTheClerksChoice() throws Exception {
        TillScreen screen = TillScreen.open(robot, server.port()).awaitConnected();
        screen.sell("PEN, TSHIRT, MUG", "32.50€").payCash("50");
        DialogFixture journal = openJournal(screen);
        DialogFixture refund = openRefund(journal);
        robot.pressAndReleaseKey(KeyEvent.VK_0);
        screen.await("the pen stays", () -> refund.table(RefundDialog.TABLE).contents()[0][3].equals("0"));
        // Meanwhile another till takes the mug back.
        Checkout.connect("127.0.0.1", server.port()).refund(new SaleNumber(1), List.of(ReturnedItem.of("MUG", 1)),
                RefundTo.ORIGINAL, OperationId.random());

        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);

        screen.await("refused", () -> screen.text(refund, RefundDialog.MESSAGE).contains("cannot come back"));
        assertThat(screen.text(refund, RefundDialog.MESSAGE)).contains("MUG", "Nothing was refunded");
        assertThat(robot.finder().findAll(c -> c instanceof javax.swing.JOptionPane && c.isShowing()))
                .as("no question asked").isEmpty();
        assertThat(refund.table(RefundDialog.TABLE).contents()).isDeepEqualTo(new String[][] {
                {"Lana Pen", "1", "0", "0"}, {"Lana T-Shirt", "1", "0", "1"}, {"Lana Coffee Mug", "1", "0", "1"}});
        assertThat(server.service().refunds(LocalDate.now())).hasSize(1);
    }

    @Test
    void aCardSaleIsPaidBackToTheCardUnlessAltCChoosesCash() throws Exception {
        CheckoutService otherTill = Checkout.connect("127.0.0.1", server.port());
        for (int sale = 0; sale < 2; sale++) {
            com.lana.checkout.api.BasketId basket = otherTill.createBasket();
            otherTill.addProduct(basket, "MUG");
            otherTill.completeSale(basket, Money.parse("7.50€"), List.of(Payment.card(Money.parse("7.50€"), "4242")),
                    OperationId.random());
        }
        TillScreen screen = TillScreen.open(robot, server.port()).awaitConnected();
        DialogFixture journal = openJournal(screen);

        DialogFixture toCard = openRefund(journal);   // the journal selects the last sale, S-000002
        assertThat(refundQuestion(toCard)).contains("7.50€ paid back the way the customer paid: to the card:",
                "Card 7.50€ (4242)");
        closeRefund(screen, toCard);
        journal.table(JournalWindow.TABLE).selectRows(0);
        DialogFixture toCash = openRefund(journal);
        robot.pressKey(KeyEvent.VK_ALT);
        robot.pressAndReleaseKey(KeyEvent.VK_C);
        robot.releaseKey(KeyEvent.VK_ALT);
        screen.await("cash chosen", () -> screen.onEdt(() -> toCash.radioButton(RefundDialog.TO_CASH).target().isSelected()));
        assertThat(refundQuestion(toCash)).contains("7.50€ paid back in cash, from the drawer:", "Cash 7.50€");
        confirm(toCash);

        receipt();
        assertThat(server.service().refund(new RefundNumber(1)).paidBack()).containsExactly(Payment.cash(Money.parse("7.50€")));
    }

    @Test
    void enterOnTheQuestionRefundsNothing() throws Exception {
        TillScreen screen = TillScreen.open(robot, server.port()).awaitConnected();
        screen.sell("MUG", "7.50€").payCash("10");
        DialogFixture refund = openRefund(openJournal(screen));

        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        JOptionPaneFixture question = refund.optionPane().requireTitle("Refund");
        question.pressAndReleaseKeys(KeyEvent.VK_ENTER);

        screen.await("not refunded", () -> screen.text(refund, RefundDialog.MESSAGE).startsWith("Nothing refunded yet"));
        assertThat(server.service().refunds(LocalDate.now())).isEmpty();
    }

    @Test
    void ctrlPSavesTheRefundReceiptAsAPdfNamedAfterTheRefund(@TempDir Path folder) throws Exception {
        TillScreen screen = TillScreen.open(robot, server.port()).awaitConnected();
        screen.sell("MUG", "7.50€").payCash("10");
        confirm(openRefund(openJournal(screen)));
        DialogFixture receipt = receipt();

        screen.await("the receipt has the keyboard", () -> screen.onEdt(() -> receipt.target().isFocused()));
        int menuKey = java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx() == java.awt.event.InputEvent.META_DOWN_MASK
                ? KeyEvent.VK_META : KeyEvent.VK_CONTROL;
        robot.pressKey(menuKey);
        robot.pressAndReleaseKey(KeyEvent.VK_P);
        robot.releaseKey(menuKey);
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser().withTimeout(TillScreen.PATIENCE.duration())
                .using(robot);
        assertThat(chooser.fileNameTextBox().text()).isEqualTo("R-000001.pdf");
        Path file = folder.resolve("R-000001.pdf");
        chooser.fileNameTextBox().setText(file.toString());
        chooser.fileNameTextBox().pressAndReleaseKeys(KeyEvent.VK_ENTER);   // keys: a new dialog's bounds may mislead clicks

        TillScreen.awaitCondition("PDF written", () -> Files.exists(file) && file.toFile().length() > 5);
        assertThat(new String(Files.readAllBytes(file), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void theRefundKeyIsShownInTheJournal() {
        TillScreen screen = TillScreen.open(robot, server.port()).awaitConnected();
        DialogFixture journal = openJournal(screen);

        assertThat(journal.button(JournalWindow.REFUND).text()).isEqualTo("Refund…  F6");
        assertThat(journal.button(JournalWindow.REFUND).target().getToolTipText()).endsWith("(F6)");
    }

    /** F10, and the journal once read. */
    private DialogFixture openJournal(TillScreen screen) {
        screen.press(KeyEvent.VK_F10);
        DialogFixture journal = WindowFinder.findDialog(JournalWindow.WINDOW).withTimeout(TillScreen.PATIENCE.duration())
                .using(robot);
        TillScreen.awaitCondition("journal read", () -> !journal.label(JournalWindow.MESSAGE).text().startsWith("Reading")
                && !journal.label(JournalWindow.MESSAGE).text().isBlank());
        return journal;
    }

    /** F6 on the sale the journal selected, and the refund dialog with the keyboard in its lines. */
    private DialogFixture openRefund(DialogFixture journal) {
        journal.table(JournalWindow.TABLE).pressAndReleaseKeys(KeyEvent.VK_F6);
        DialogFixture refund = WindowFinder.findDialog(RefundDialog.DIALOG).withTimeout(TillScreen.PATIENCE.duration())
                .using(robot);
        TillScreen.awaitCondition("the lines have the keyboard", () -> org.assertj.swing.edt.GuiActionRunner.execute(
                () -> refund.table(RefundDialog.TABLE).target().isFocusOwner()));
        return refund;
    }

    /** The question Enter asks, answered no with Enter. */
    private String refundQuestion(DialogFixture refund) {
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        JOptionPaneFixture question = refund.optionPane().requireTitle("Refund");
        String asked = question.target().getMessage().toString();
        question.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        TillScreen.awaitCondition("the lines have the keyboard back", () -> org.assertj.swing.edt.GuiActionRunner.execute(
                () -> refund.table(RefundDialog.TABLE).target().isFocusOwner()));
        return asked;
    }

    /** Enter asks; Tab goes from "no", the default, to "yes", and Space answers it. */
    private void confirm(DialogFixture refund) {
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        JOptionPaneFixture question = refund.optionPane().requireTitle("Refund");
        assertThat(question.target().getMessage().toString()).startsWith("Refund these items of sale S-000001?");
        JButton yes = question.buttonWithText(RefundDialog.YES).target();
        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        TillScreen.awaitCondition("yes has the keyboard",
                () -> org.assertj.swing.edt.GuiActionRunner.execute(yes::isFocusOwner));
        robot.pressAndReleaseKey(KeyEvent.VK_SPACE);
    }

    /** Esc, once the refund's receipt closed and the refund dialog has the keyboard back. */
    private void closeRefund(TillScreen screen, DialogFixture refund) {
        TillScreen.awaitCondition("the refund dialog has the keyboard",
                () -> screen.onEdt(() -> refund.target().isFocused()));
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        screen.await("refund dialog closed", () -> !screen.onEdt(() -> refund.target().isShowing()));
    }

    private DialogFixture receipt() {
        return WindowFinder.findDialog(ReceiptDialog.DIALOG).withTimeout(TillScreen.PATIENCE.duration()).using(robot);
    }

    @SuppressWarnings("unchecked")
    private static List<ReturnedItem> castItems(Object items) {
        return (List<ReturnedItem>) items;
    }

    /** Whether the refund dialog's busy bar is on screen; false, not an error, before it is. */
    private boolean busyShowing(TillScreen screen, DialogFixture refund) {
        return screen.onEdt(() -> !robot.finder().findAll(refund.target(), c -> RefundDialog.BUSY.equals(c.getName())
                && c.isShowing()).isEmpty());
    }
}
