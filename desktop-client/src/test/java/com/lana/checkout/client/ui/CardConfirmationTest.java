package com.lana.checkout.client.ui;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.client.link.TestServers;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.event.KeyEvent;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** F4 charges a card only once the clerk says the card terminal approved it. */
class CardConfirmationTest extends GuiTest {

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

    private DialogFixture pay(TillScreen screen) {
        screen.press(KeyEvent.VK_F12);
        DialogFixture dialog = screen.paymentDialog();
        screen.awaitCashFieldFocused(dialog);
        return dialog;
    }

    private TillScreen sell() {
        return TillScreen.open(robot, server.port()).awaitConnected().sell("PEN, TSHIRT, MUG", "32.50€");
    }

    @Test
    void f4ShowsTheAmountToChargeAndWaitsForTheTerminal() throws Exception {
        TillScreen screen = sell();
        DialogFixture dialog = pay(screen);

        robot.pressAndReleaseKey(KeyEvent.VK_F4);

        screen.awaitText(dialog, PaymentDialog.DUE_CAPTION, "Charge on the card");
        assertThat(screen.text(dialog, PaymentDialog.DUE)).isEqualTo("32.50€");
        assertThat(screen.text(dialog, PaymentDialog.MESSAGE)).startsWith("Charge 32.50€ on the card terminal");
        assertThat(screen.text(dialog, PaymentDialog.CONFIRM)).isEqualTo("Card approved  Enter");
        assertThat(screen.text(dialog, PaymentDialog.BACK)).isEqualTo("Card declined  Esc");
        assertThat(dialog.list(PaymentDialog.PAYMENTS).contents()).isEmpty();
        assertThat(server.service().sales(LocalDate.now())).isEmpty();
    }

    @Test
    void aDeclinedCardRecordsNothing() throws Exception {
        TillScreen screen = sell();
        DialogFixture dialog = pay(screen);
        robot.pressAndReleaseKey(KeyEvent.VK_F4);
        screen.awaitText(dialog, PaymentDialog.DUE_CAPTION, "Charge on the card");

        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);   // the terminal declined

        screen.awaitText(dialog, PaymentDialog.MESSAGE, "Card declined: nothing was charged. 32.50€ is due");
        assertThat(screen.text(dialog, PaymentDialog.DUE_CAPTION)).isEqualTo("Still due");
        assertThat(screen.text(dialog, PaymentDialog.DUE)).isEqualTo("32.50€");
        assertThat(dialog.list(PaymentDialog.PAYMENTS).contents()).isEmpty();
        assertThat(screen.dialogShowing()).isTrue();
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);   // back to the sale
        screen.await("payment dialog closed", () -> !screen.dialogShowing());
        assertThat(server.service().sales(LocalDate.now())).isEmpty();
    }

    @Test
    void anApprovedCardIsRecordedWithTheReferenceTypedAfterAltR() throws Exception {
        TillScreen screen = sell();
        DialogFixture dialog = pay(screen);

        robot.pressKey(KeyEvent.VK_ALT);
        robot.pressAndReleaseKey(KeyEvent.VK_R);
        robot.releaseKey(KeyEvent.VK_ALT);
        screen.awaitFocused(dialog.textBox(PaymentDialog.REFERENCE).target());
        robot.enterText("T4711");
        robot.pressAndReleaseKey(KeyEvent.VK_F4);
        screen.awaitText(dialog, PaymentDialog.CONFIRM, "Card approved");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        screen.recordSale(dialog);

        assertThat(server.service().sale(new SaleNumber(1)).payments())
                .containsExactly(Payment.card(Money.parse("32.50€"), "T4711"));
    }
}
