package com.lana.checkout.client.ui;

import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.client.ui.display.CustomerDisplay;
import com.lana.checkout.server.rmi.CheckoutServer;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.Frame;
import java.awt.event.KeyEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer display follows the till's current sale, driven like a clerk would at the till,
 * against a real checkout server on a loopback port.
 */
class CustomerDisplayTest extends GuiTest {

    private CheckoutServer server;
    private TillScreen screen;
    private CustomerDisplay display;

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

    /** The till window, connected, with the customer display attached and opened. */
    private FrameFixture openDisplay() {
        screen = TillScreen.open(robot, server.port()).awaitConnected();
        display = GuiActionRunner.execute(() -> CustomerDisplay.attach(screen.window, screen.model));
        GuiActionRunner.execute(display::open);
        return displayWindow();
    }

    private FrameFixture displayWindow() {
        return WindowFinder.findFrame(CustomerDisplay.WINDOW).withTimeout(TillScreen.PATIENCE.duration()).using(robot);
    }

    /** Waits until the display's label {@code name} reads {@code text}. */
    private void awaitShown(FrameFixture customer, String name, String text) {
        javax.swing.JLabel label = customer.label(name).target();
        screen.await(name + " on the customer display reads '" + text + "'",
                () -> screen.onEdt(() -> text.equals(label.getText())));
    }

    private String shown(FrameFixture customer, String name) {
        return screen.onEdt(() -> customer.label(name).target().getText());
    }

    @Test
    void showsTheItemScannedLastWithItsPriceAndTheRunningTotal() {
        FrameFixture customer = openDisplay();

        screen.sell("PEN, TSHIRT", "25.00€");
        awaitShown(customer, CustomerDisplay.TOTAL, "25.00€");
        assertThat(shown(customer, CustomerDisplay.ITEM)).isEqualTo("Lana T-Shirt");
        assertThat(shown(customer, CustomerDisplay.ITEM_PRICE)).isEqualTo("20.00€");

        screen.sell("PEN", "25.00€");   // the second pen is free
        awaitShown(customer, CustomerDisplay.ITEM, "Lana Pen");
        assertThat(shown(customer, CustomerDisplay.ITEM_PRICE)).isEqualTo("2 × 5.00€");
        assertThat(shown(customer, CustomerDisplay.TOTAL)).isEqualTo("25.00€");
    }

    @Test
    void aVoidShowsTheItemTakenOffAndTheLowerTotal() {
        FrameFixture customer = openDisplay();
        screen.sell("PEN, TSHIRT", "25.00€");

        screen.press(KeyEvent.VK_F9).awaitTotal("5.00€");   // the T-shirt, scanned last

        awaitShown(customer, CustomerDisplay.TOTAL, "5.00€");
        assertThat(shown(customer, CustomerDisplay.ITEM)).isEqualTo("Removed: Lana T-Shirt");
        assertThat(shown(customer, CustomerDisplay.ITEM_PRICE)).isEqualTo("-20.00€");
    }

    @Test
    void aParkedSaleLeavesAnEmptySaleAndAResumedOneShowsAgain() {
        FrameFixture customer = openDisplay();
        screen.sell("PEN, TSHIRT", "25.00€");

        screen.press(KeyEvent.VK_F3).awaitTotal("0.00€");
        awaitShown(customer, CustomerDisplay.TOTAL, "0.00€");
        assertThat(shown(customer, CustomerDisplay.ITEM)).isEmpty();
        assertThat(shown(customer, CustomerDisplay.MESSAGE)).isEqualTo("Welcome to Lana");

        screen.sell("MUG", "7.50€");
        awaitShown(customer, CustomerDisplay.ITEM, "Lana Coffee Mug");
        screen.press(KeyEvent.VK_F4).awaitTotal("25.00€");   // the mug's sale is parked, the first resumed
        awaitShown(customer, CustomerDisplay.TOTAL, "25.00€");
        assertThat(shown(customer, CustomerDisplay.ITEM)).isEqualTo("Lana T-Shirt");
        assertThat(shown(customer, CustomerDisplay.MESSAGE)).isEmpty();
    }

    @Test
    void afterPayingShowsWhatWasTenderedTheChangeAndThanksUntilTheNextScan() {
        FrameFixture customer = openDisplay();
        screen.sell("PEN, TSHIRT, MUG", "32.50€");

        screen.payCash("50");

        awaitShown(customer, CustomerDisplay.CHANGE, "17.50€");
        assertThat(shown(customer, CustomerDisplay.TENDERED)).isEqualTo("50.00€");
        assertThat(shown(customer, CustomerDisplay.TOTAL)).isEqualTo("32.50€");
        assertThat(shown(customer, CustomerDisplay.MESSAGE)).isEqualTo("Thank you for shopping at Lana!");

        screen.sell("PEN", "5.00€");
        awaitShown(customer, CustomerDisplay.TOTAL, "5.00€");
        assertThat(shown(customer, CustomerDisplay.CHANGE)).isEmpty();
        assertThat(shown(customer, CustomerDisplay.MESSAGE)).isEmpty();
    }

    @Test
    void openingItFromTheViewMenuLeavesTheKeyboardWithTheScanField() {
        screen = TillScreen.open(robot, server.port()).awaitConnected();
        GuiActionRunner.execute(() -> CustomerDisplay.attach(screen.window, screen.model));
        screen.awaitFocused(screen.scanField().target());

        // The item's own action, on the EDT: a robot's click on the menu bar can fail to open the menu
        // on a busy machine, and the menu is not what this test is about.
        javax.swing.JMenuItem toggle = screen.frame.menuItem(CustomerDisplay.TOGGLE).target();
        screen.onEdt(() -> {
            toggle.doClick();
            return null;
        });
        FrameFixture customer = displayWindow();
        screen.await("the customer display on screen", () -> screen.onEdt(() -> customer.target().isShowing()));
        robot.enterText("MUG");   // typed wherever the keyboard is, as a barcode scanner does
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);

        screen.awaitTotal("7.50€");
        awaitShown(customer, CustomerDisplay.TOTAL, "7.50€");
        assertThat(screen.onEdt(() -> screen.scanField().target().isFocusOwner())).isTrue();
        assertThat(screen.onEdt(() -> customer.target().isFocused())).isFalse();
    }

    @Test
    void closesWithTheTillWindow() {
        FrameFixture customer = openDisplay();
        Frame shownTo = customer.target();

        GuiActionRunner.execute(() -> screen.window.frame().dispose());

        screen.await("the customer display closed", () -> screen.onEdt(() -> !shownTo.isDisplayable()));
        assertThat(screen.onEdt(display::isOpen)).isFalse();
    }
}
