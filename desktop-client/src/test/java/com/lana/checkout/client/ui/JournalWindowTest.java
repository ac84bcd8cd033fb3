package com.lana.checkout.client.ui;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.client.ui.journal.DayReportPanel;
import com.lana.checkout.client.ui.journal.JournalWindow;
import com.lana.checkout.client.ui.parts.ReceiptDialog;
import com.lana.checkout.server.rmi.CheckoutServer;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.Dialog;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The day's journal and report (F10), after a clerk sold and paid with the keyboard only. */
class JournalWindowTest extends GuiTest {

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
    void listsTheFourReferenceSalesAndTheDayReportTotal() {
        TillScreen screen = sellTheFourReferenceBaskets();

        screen.press(KeyEvent.VK_F10);

        DialogFixture journal = journal();
        journal.table(JournalWindow.TABLE).requireRowCount(4);
        assertThat(java.util.Arrays.stream(journal.table(JournalWindow.TABLE).contents()).map(row -> row[0] + " " + row[2]
                + " " + row[3] + " " + row[4] + " " + row[5])).containsExactly(
                "S-000001 3 32.50€ Cash 17.50€",
                "S-000002 3 25.00€ Cash 0.00€",
                "S-000003 5 65.00€ Cash 35.00€",
                "S-000004 7 62.50€ Cash 7.50€");
        journal.label(DayReportPanel.NET).requireText("185.00€");
        journal.label(DayReportPanel.CASH_IN_DRAWER).requireText("185.00€");
        journal.label(DayReportPanel.SALES).requireText("4 (S-000001 to S-000004)");
    }

    @Test
    void enterOnASaleShowsItsReceipt() throws Exception {
        TillScreen screen = openScreen();
        screen.sell("PEN, TSHIRT, MUG", "32.50€").payCash("50");
        screen.press(KeyEvent.VK_F10);
        DialogFixture journal = journal();
        journal.table(JournalWindow.TABLE).requireRowCount(1);

        journal.table(JournalWindow.TABLE).selectRows(0).pressAndReleaseKeys(KeyEvent.VK_ENTER);

        DialogFixture receipt = WindowFinder.findDialog(ReceiptDialog.DIALOG)
                .withTimeout(TillScreen.PATIENCE.duration()).using(robot);
        assertThat(receipt.textBox(ReceiptDialog.TEXT).text())
                .isEqualTo(server.service().sale(new com.lana.checkout.api.SaleNumber(1)).toString());
    }

    @Test
    void aSecondF10BringsTheOpenJournalForwardInsteadOfAnother() {
        TillScreen screen = openScreen();
        screen.press(KeyEvent.VK_F10);
        journal().requireVisible();

        // Xvfb without a window manager cannot give the keyboard back to the sales window: its
        // Journal button runs the same action as F10.
        screen.frame.moveToFront();
        screen.clickButton(TillWindow.JOURNAL);

        robot.waitForIdle();
        assertThat(robot.finder().findAll(c -> c instanceof Dialog && c.isShowing()
                && JournalWindow.WINDOW.equals(c.getName()))).hasSize(1);
    }

    @Test
    void f5ReadsTheJournalAgain() throws Exception {
        TillScreen screen = openScreen();
        screen.press(KeyEvent.VK_F10);
        DialogFixture journal = journal();
        journal.table(JournalWindow.TABLE).requireRowCount(0);
        CheckoutService otherTill = Checkout.connect("127.0.0.1", server.port());
        BasketId basket = otherTill.createBasket();
        otherTill.addProduct(basket, "MUG");
        otherTill.completeSale(basket, Money.parse("7.50€"), List.of(Payment.card(Money.parse("7.50€"), "")),
                OperationId.random());

        journal.table(JournalWindow.TABLE).pressAndReleaseKeys(KeyEvent.VK_F5);

        TillScreen.awaitCondition("one sale listed", () -> journal.table(JournalWindow.TABLE).rowCount() == 1);
        journal.label(DayReportPanel.CARD).requireText("7.50€");
    }

    @Test
    void theJournalOpensNoTallerThanA1024By600ScreenWithItsWholeDayReport() {
        TillScreen screen = openScreen();
        screen.press(KeyEvent.VK_F10);
        DialogFixture journal = journal();

        Dimension opened = screen.onEdt(() -> journal.target().getSize());

        assertThat(opened.height).as("height of the journal as it opens").isLessThanOrEqualTo(560);   // 600 less a title bar
        assertThat(opened.width).as("width of the journal as it opens").isLessThanOrEqualTo(1024);
        for (String name : new String[] {JournalWindow.TITLE, DayReportPanel.SALES, DayReportPanel.CASH_IN_DRAWER}) {
            assertThat(screen.shownWhole(journal.target(), name)).as(name + " shown whole").isTrue();
        }
    }

    private TillScreen sellTheFourReferenceBaskets() {
        TillScreen screen = openScreen();
        screen.sell("PEN, TSHIRT, MUG", "32.50€").payCash("50");
        screen.sell("PEN, TSHIRT, PEN", "25.00€").payCash("25");
        screen.sell("TSHIRT, TSHIRT, TSHIRT, PEN, TSHIRT", "65.00€").payCash("100");
        screen.sell("PEN, TSHIRT, PEN, PEN, MUG, TSHIRT, TSHIRT", "62.50€").payCash("70");
        return screen.await("fourth sale completed", () -> screen.isShowing(TillWindow.COMPLETED)
                && screen.label(TillWindow.COMPLETED).startsWith("Sale S-000004"));
    }

    private TillScreen openScreen() {
        return TillScreen.open(robot, server.port()).awaitConnected();
    }

    private DialogFixture journal() {
        DialogFixture journal = WindowFinder.findDialog(JournalWindow.WINDOW)
                .withTimeout(TillScreen.PATIENCE.duration()).using(robot);
        TillScreen.awaitCondition("journal read", () -> !journal.label(JournalWindow.MESSAGE).text().startsWith("Reading"));
        return journal;
    }
}
