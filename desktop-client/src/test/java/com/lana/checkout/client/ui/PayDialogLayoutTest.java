package com.lana.checkout.client.ui;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.client.link.TestServers;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Dimension;
import java.awt.event.KeyEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** The payment dialog keeps TOTAL, still due and change in view, whatever it says and whatever the window's size. */
class PayDialogLayoutTest extends GuiTest {

    private static final String[] FIGURES = {PaymentDialog.TOTAL, PaymentDialog.DUE, PaymentDialog.CHANGE,
            PaymentDialog.DUE_CAPTION, PaymentDialog.CHANGE_CAPTION};

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

    @Test
    void enterOnAnEmptyCashFieldSaysWhatToDoInsideTheDialog() {
        TillScreen screen = TillScreen.open(robot, server.port()).awaitConnected().sell("PEN, TSHIRT, MUG", "32.50€");
        screen.press(KeyEvent.VK_F12);
        DialogFixture dialog = screen.paymentDialog();
        screen.awaitCashFieldFocused(dialog);

        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);

        screen.awaitText(dialog, PaymentDialog.MESSAGE, "Type the cash handed over");
        assertFiguresAndMessageShownWhole(screen, dialog);
        assertThat(screen.text(dialog, PaymentDialog.TOTAL)).isEqualTo("32.50€");
        assertThat(screen.text(dialog, PaymentDialog.DUE)).isEqualTo("32.50€");
        assertThat(screen.text(dialog, PaymentDialog.CHANGE)).isEqualTo("0.00€");
    }

    /** The longest message the dialog says: a sale gone with both cash and a card to give back. */
    @ParameterizedTest(name = "window {0}")
    @ValueSource(strings = {"minimum", "1024x600"})
    void theFiguresStayInViewWithTheLongestMessageAtTheSmallestWindows(String size) throws Exception {
        TillScreen screen = TillScreen.open(robot, server.port()).awaitConnected();
        Dimension minimum = screen.onEdt(() -> screen.window.frame().getMinimumSize());
        screen.setBounds(new java.awt.Rectangle(0, 0, size.equals("minimum") ? minimum.width : 1024,
                size.equals("minimum") ? minimum.height : 600));
        screen.sell("PEN, TSHIRT, MUG", "32.50€");
        BasketId basket = screen.onEdt(() -> screen.model.current().basket());
        screen.press(KeyEvent.VK_F12);
        DialogFixture dialog = screen.paymentDialog();
        screen.awaitCashFieldFocused(dialog);
        robot.enterText("10");
        robot.pressAndReleaseKey(KeyEvent.VK_F4);
        screen.awaitText(dialog, PaymentDialog.CONFIRM, "Card approved");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        screen.awaitText(dialog, PaymentDialog.CONFIRM, "Record sale");

        server.service().removeBasket(basket);   // cancelled at another terminal

        screen.awaitText(dialog, PaymentDialog.MESSAGE, "Give back 10.00€ cash and refund 22.50€ on the card terminal.");
        assertFiguresAndMessageShownWhole(screen, dialog);
        assertThat(screen.text(dialog, PaymentDialog.CHANGE_CAPTION)).isEqualTo("To give back");
        assertThat(screen.text(dialog, PaymentDialog.CHANGE)).isEqualTo("10.00€");
    }

    private static void assertFiguresAndMessageShownWhole(TillScreen screen, DialogFixture dialog) {
        for (String name : FIGURES) {
            assertThat(screen.shownWhole(dialog.target(), name)).as(name + " shown whole").isTrue();
        }
        assertThat(screen.shownWhole(dialog.target(), PaymentDialog.MESSAGE)).as("message shown whole").isTrue();
        screen.awaitDialogInsideWindow(dialog);
    }
}
