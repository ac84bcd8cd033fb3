package com.lana.checkout.client.ui;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Sale;
import com.lana.checkout.client.link.Connector;
import com.lana.checkout.client.link.ServerLink;
import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.client.sale.ParkedSalesMemory;
import com.lana.checkout.client.sale.PaymentDraft;
import com.lana.checkout.client.sale.PaymentSender;
import com.lana.checkout.client.sale.Till;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.SwingUtilities;
import java.awt.event.KeyEvent;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Two tills on one basket, against one server: the payment dialog of one follows what the other did. */
class TwoTillsPayingTest extends GuiTest {

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

    private Till second;

    @AfterEach
    void closeSecondTill() {
        if (second != null) {
            GuiActionRunner.execute(second::close);
        }
    }

    /**
     * The first till (a window) has sold {@code codes}; the second till shows the same basket, as
     * after F6 there. The second till is its model, the screen's own state without a window, so
     * that the keyboard stays with the first till's window.
     */
    private TillScreen twoTills(String codes, String total) {
        TillScreen first = TillScreen.open(robot, server.port()).awaitConnected().sell(codes, total);
        BasketId basket = first.onEdt(() -> first.model.current().basket());
        second = GuiActionRunner.execute(() -> {
            Till till = new Till(Connector.rmi("127.0.0.1", server.port()), SwingUtilities::invokeLater,
                    TillScreen.TIMINGS, new ParkedSalesMemory(TillScreen.TEST_PREFERENCES.node("secondTill"), "second"));
            till.start();
            return till;
        });
        first.await("second till connected", () -> onEdt(() -> second.connection() == ServerLink.State.CONNECTED
                && !second.isBusy()));
        GuiActionRunner.execute(() -> second.open(basket.toString()));
        first.await("second till shows the basket", () -> onEdt(() -> !second.isBusy()
                && second.current().receipt() != null && second.current().receipt().total().toString().equals(total)));
        return first;
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> query) {
        return GuiActionRunner.execute(query);
    }

    private static DialogFixture pay(TillScreen till) {
        till.press(KeyEvent.VK_F12);
        DialogFixture dialog = till.paymentDialog();
        till.awaitCashFieldFocused(dialog);
        return dialog;
    }

    /** The second till pays the basket in cash, as its payment dialog does once the clerk confirms. */
    private void secondTillPays(TillScreen first, String total, String cash) {
        GuiActionRunner.execute(() -> second.pay(second.current(), PaymentDraft.of(Money.parse(total))
                .withCash(Money.parse(cash)), new PaymentSender.Outcome() { }));
        first.await("sale completed at the second till", () -> onEdt(() -> second.justCompleted() != null));
    }

    @Test
    void whenAnotherTillAddsAnItemTheNewTotalShowsAtOnceAndWhole() throws Exception {
        TillScreen first = twoTills("TSHIRT, 4*MUG", "50.00€");
        DialogFixture dialog = pay(first);

        GuiActionRunner.execute(() -> second.add("MUG", 1));
        robot.enterText("60");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);

        first.awaitLabel(dialog, PaymentDialog.TOTAL, "57.50€");
        first.awaitText(dialog, PaymentDialog.MESSAGE, "The total changed from 50.00€ to 57.50€");
        first.awaitLabel(dialog, PaymentDialog.CHANGE, "2.50€");
        for (String name : new String[] {PaymentDialog.TOTAL, PaymentDialog.DUE, PaymentDialog.CHANGE, PaymentDialog.MESSAGE}) {
            assertThat(first.shownWhole(dialog.target(), name)).as(name + " shown whole").isTrue();
        }
        assertThat(server.service().sales(LocalDate.now())).isEmpty();
        first.recordSale(dialog);
        assertThat(server.service().sales(LocalDate.now())).hasSize(1);
        Sale recorded = server.service().sale(server.service().sales(LocalDate.now()).get(0).number());
        assertThat(recorded.total()).hasToString("57.50€");
        assertThat(recorded.change()).hasToString("2.50€");
    }

    @Test
    void aDialogWhoseSaleWasPaidAtAnotherTillShowsTheCashToGiveBackAndOnlyCloses() throws Exception {
        TillScreen first = twoTills("PEN, MUG", "12.50€");
        DialogFixture dialog = pay(first);
        robot.enterText("10");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        first.awaitLabel(dialog, PaymentDialog.DUE, "2.50€");

        secondTillPays(first, "12.50€", "20.00€");

        first.awaitText(dialog, PaymentDialog.CHANGE_CAPTION, "To give back");
        assertThat(first.text(dialog, PaymentDialog.CHANGE)).isEqualTo("10.00€");
        assertThat(first.text(dialog, PaymentDialog.MESSAGE)).contains("was paid as S-000001 at another terminal",
                "nothing was charged here", "Give back 10.00€ cash");
        dialog.textBox(PaymentDialog.CASH).requireDisabled();
        dialog.button(PaymentDialog.CARD).requireDisabled();
        java.awt.Component confirm = robot.finder().findByName(dialog.target(), PaymentDialog.CONFIRM, false);
        assertThat(first.onEdt(confirm::isShowing)).as("the confirm button").isFalse();   // only closing is offered
        assertThat(first.text(dialog, PaymentDialog.BACK)).isEqualTo("Close  Esc");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        first.await("payment dialog closed", () -> !first.dialogShowing());
        assertThat(server.service().sales(LocalDate.now())).hasSize(1);
        assertThat(server.service().sale(server.service().sales(LocalDate.now()).get(0).number()).payments())
                .containsExactly(Payment.cash(Money.parse("20.00€")));
    }

    @Test
    void cashTypedAfterTheOtherTillPaidIsNeverShownAsChangeDue() throws Exception {
        TillScreen first = twoTills("PEN, MUG", "12.50€");
        DialogFixture dialog = pay(first);

        secondTillPays(first, "12.50€", "12.50€");
        first.awaitText(dialog, PaymentDialog.MESSAGE, "was paid as S-000001 at another terminal");
        assertThat(first.text(dialog, PaymentDialog.CHANGE_CAPTION)).isEqualTo("To give back");
        assertThat(first.text(dialog, PaymentDialog.CHANGE)).isEqualTo("0.00€");
        robot.enterText("20");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);

        first.await("payment dialog closed", () -> !first.dialogShowing());
        first.awaitMessage("was paid as S-000001 at another terminal");
        assertThat(server.service().sales(LocalDate.now())).hasSize(1);
    }
}
