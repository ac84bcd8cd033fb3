package com.lana.checkout.client.ui;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.client.sale.Notice;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.event.KeyEvent;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Payments taken and not recorded stay with their sale, or the clerk is told to give them back. */
class PaymentsTakenTest extends GuiTest {

    private TestServers.Running server;

    @BeforeEach
    void startServer() throws Exception {
        server = TestServers.running();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** Sells {@code codes}, takes {@code cash} in the payment dialog, and goes back to the sale with Esc. */
    private TillScreen takeCashAndGoBack(String codes, String total, String cash, String due) {
        TillScreen screen = TillScreen.open(robot, server.port()).awaitConnected().sell(codes, total);
        screen.press(KeyEvent.VK_F12);
        DialogFixture dialog = screen.paymentDialog();
        screen.awaitCashFieldFocused(dialog);
        robot.enterText(cash);
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        screen.awaitLabel(dialog, PaymentDialog.DUE, due);
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        return screen.await("payment dialog closed", () -> !screen.dialogShowing());
    }

    @Test
    void cancellingASaleWithCashTakenSaysHowMuchToGiveBack() throws Exception {
        TillScreen screen = takeCashAndGoBack("PEN, TSHIRT", "25.00€", "10", "15.00€");
        BasketId basket = screen.onEdt(() -> screen.model.current().basket());
        String name = basket.shortCode();

        screen.press(KeyEvent.VK_F7);

        org.assertj.swing.fixture.JOptionPaneFixture pane = screen.frame.optionPane();
        String question = screen.onEdt(() -> String.valueOf(pane.target().getMessage()));
        assertThat(question).contains("Sale " + name + " · 2 items · 25.00€ · 10.00€ taken", "Give back 10.00€ cash");
        pane.buttonWithText(TillWindow.CANCEL_YES).focus().pressAndReleaseKeys(KeyEvent.VK_SPACE);
        screen.awaitMessage("Sale " + name + " cancelled: Give back 10.00€ cash");
        screen.await("the basket removed on the server", () -> removed(basket));   // the notice comes first
        assertThat(server.service().sales(LocalDate.now())).isEmpty();
        assertThatExceptionOfType(BasketNotFoundException.class).isThrownBy(() -> server.service().receipt(basket));
    }

    @Test
    void theCashToGiveBackAfterCancellingIsAWarningThatDoesNotBeep() {
        TillScreen screen = takeCashAndGoBack("PEN", "5.00€", "2", "3.00€");

        screen.press(KeyEvent.VK_F7);
        screen.frame.optionPane().buttonWithText(TillWindow.CANCEL_YES).focus().pressAndReleaseKeys(KeyEvent.VK_SPACE);

        screen.awaitMessage("Give back 2.00€ cash");
        assertThat(screen.onEdt(() -> screen.model.notice().kind())).isEqualTo(Notice.Kind.WARNING);
    }

    @Test
    void aParkedSaleKeepsTheCashTakenListsItAndOffersItAgain() throws Exception {
        TillScreen screen = takeCashAndGoBack("MUG", "7.50€", "5", "2.50€");
        String name = screen.onEdt(() -> screen.model.current().name());

        screen.press(KeyEvent.VK_F3);

        screen.awaitMessage("Parked sale " + name + " with the 5.00€ taken");
        assertThat(screen.frame.list(SaleButtonsPanel.PARKED_LIST).contents())
                .containsExactly("Sale " + name + " · 1 item · 7.50€ · 5.00€ taken");
        screen.press(KeyEvent.VK_F4).awaitTotal("7.50€").awaitIdle();
        screen.press(KeyEvent.VK_F12);
        DialogFixture dialog = screen.paymentDialog();
        assertThat(dialog.list(PaymentDialog.PAYMENTS).contents()).containsExactly("Cash 5.00€");
        screen.awaitLabel(dialog, PaymentDialog.DUE, "2.50€");
        screen.awaitCashFieldFocused(dialog);
        robot.enterText("2.50");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        screen.recordSale(dialog);
        assertThat(server.service().sale(new SaleNumber(1)).payments())
                .containsExactly(Payment.cash(Money.parse("5.00€")), Payment.cash(Money.parse("2.50€")));
    }

    private boolean removed(BasketId basket) {
        try {
            server.service().receipt(basket);
            return false;
        } catch (BasketNotFoundException e) {
            return true;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
