package com.lana.checkout.client.ui;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.client.link.TestServers;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.event.KeyEvent;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Money typed in the payment dialog is never dropped, and a large amount is asked about once. */
class TypedCashTest extends GuiTest {

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

    private TillScreen openScreen() {
        return TillScreen.open(robot, server.port()).awaitConnected();
    }

    private DialogFixture pay(TillScreen screen) {
        screen.press(KeyEvent.VK_F12);
        DialogFixture dialog = screen.paymentDialog();
        screen.awaitCashFieldFocused(dialog);
        return dialog;
    }

    @Test
    void cashTypedBeforeF4IsTakenFirstAndTheCardChargesOnlyTheRest() throws Exception {
        TillScreen screen = openScreen().sell("TSHIRT, MUG, MUG", "35.00€");
        DialogFixture dialog = pay(screen);

        robot.enterText("20");   // the customer hands a 20€ note…
        robot.pressAndReleaseKey(KeyEvent.VK_F4);   // …and pays the rest by card

        screen.awaitText(dialog, PaymentDialog.DUE_CAPTION, "Charge on the card");
        assertThat(screen.text(dialog, PaymentDialog.DUE)).isEqualTo("15.00€");
        assertThat(dialog.list(PaymentDialog.PAYMENTS).contents()).containsExactly("Cash 20.00€");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);   // the terminal approved
        screen.awaitText(dialog, PaymentDialog.CONFIRM, "Record sale");
        assertThat(screen.text(dialog, PaymentDialog.MESSAGE)).contains("Cash 20.00€ + Card 15.00€");
        assertThat(server.service().sales(LocalDate.now())).isEmpty();   // shown before it is recorded
        screen.recordSale(dialog);

        Sale recorded = server.service().sale(new SaleNumber(1));
        assertThat(recorded.payments()).containsExactly(Payment.cash(Money.parse("20.00€")),
                Payment.card(Money.parse("15.00€"), ""));
        assertThat(recorded.change()).hasToString("0.00€");
    }

    @Test
    void aQuickAmountIsRefusedWhileCashIsTyped() {
        TillScreen screen = openScreen().sell("TSHIRT, MUG, MUG", "35.00€");
        DialogFixture dialog = pay(screen);

        robot.enterText("20");
        pressWithMenuKey(KeyEvent.VK_1);

        screen.awaitText(dialog, PaymentDialog.MESSAGE, "'20' is typed in the cash field");
        assertThat(dialog.list(PaymentDialog.PAYMENTS).contents()).isEmpty();
        assertThat(screen.text(dialog, PaymentDialog.CASH)).isEqualTo("20");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        screen.awaitLabel(dialog, PaymentDialog.DUE, "15.00€");
    }

    @Test
    void aLargeTenderIsAskedAboutOnceBeforeItIsTaken() throws Exception {
        TillScreen screen = openScreen().sell("TSHIRT, PEN, PEN, PEN", "30.00€");
        DialogFixture dialog = pay(screen);

        robot.enterText("5000");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);

        screen.awaitText(dialog, PaymentDialog.MESSAGE, "Take 5000.00€ in cash for 30.00€ due? The change would be 4970.00€");
        assertThat(dialog.list(PaymentDialog.PAYMENTS).contents()).isEmpty();
        assertThat(server.service().sales(LocalDate.now())).isEmpty();
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);   // yes, 5000
        screen.awaitText(dialog, PaymentDialog.CONFIRM, "Record sale");
        assertThat(screen.text(dialog, PaymentDialog.CHANGE)).isEqualTo("4970.00€");
        screen.recordSale(dialog);
        assertThat(server.service().sale(new SaleNumber(1)).change()).hasToString("4970.00€");
    }

    @Test
    void theDialogSaysWhatItsKeysDo() {
        TillScreen screen = openScreen().sell("PEN", "5.00€");
        DialogFixture dialog = pay(screen);

        assertThat(screen.text(dialog, PaymentDialog.KEYS)).contains("Enter takes the cash typed", "Ctrl+1…5 a quick amount",
                "F4 card", "Alt+R card reference", "F8 takes back the last payment", "Esc back to the sale");
        robot.pressAndReleaseKey(KeyEvent.VK_F4);
        screen.awaitText(dialog, PaymentDialog.KEYS, "Enter: the terminal approved");
        assertThat(screen.text(dialog, PaymentDialog.KEYS)).contains("Esc: declined");
    }

    private void pressWithMenuKey(int keyCode) {
        int modifier = java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx() == java.awt.event.InputEvent.META_DOWN_MASK
                ? KeyEvent.VK_META : KeyEvent.VK_CONTROL;
        robot.pressKey(modifier);
        robot.pressAndReleaseKey(keyCode);
        robot.releaseKey(modifier);
    }
}
