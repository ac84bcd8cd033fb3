package com.lana.checkout.client.ui;

import com.lana.checkout.client.link.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;

import static org.assertj.core.api.Assertions.assertThat;

/** The sales screen on a small till: 1024×600 shows every control, and the change after a sale stands out. */
class SmallScreenTest extends GuiTest {

    private static final String[] CONTROLS = {ScanPanel.SCAN_FIELD, TillWindow.FIND, ReceiptPanel.TABLE,
            TillWindow.VOID_LINE, TillWindow.VOID_LAST, TillWindow.PAY, TillWindow.NEW_SALE, TillWindow.PARK, TillWindow.RESUME,
            TillWindow.OPEN, TillWindow.CANCEL, TillWindow.JOURNAL, TillWindow.RECEIPT, TillWindow.RECEIPT_PDF,
            SaleButtonsPanel.PARKED_LIST, ProductButtonsPanel.buttonName("PEN"), ProductButtonsPanel.buttonName("TSHIRT"),
            ProductButtonsPanel.buttonName("MUG"), StatusBar.CONNECTION};

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
    void theWindowMayBeSmallEnoughForA1024By600ScreenWithItsTitleBar() {
        TillScreen screen = TillScreen.open(robot, server.port()).awaitConnected();

        Dimension minimum = screen.onEdt(() -> screen.window.frame().getMinimumSize());

        assertThat(minimum.width).isLessThanOrEqualTo(1024);
        assertThat(minimum.height).isLessThanOrEqualTo(560);
    }

    @ParameterizedTest(name = "window {0}")
    @ValueSource(strings = {"minimum", "1024x600"})
    void everyControlAndTheTotalAreInView(String size) {
        TillScreen screen = TillScreen.open(robot, server.port()).awaitConnected();
        Dimension minimum = screen.onEdt(() -> screen.window.frame().getMinimumSize());
        screen.setBounds(new java.awt.Rectangle(0, 0, size.equals("minimum") ? minimum.width : 1024,
                size.equals("minimum") ? minimum.height : 600));
        screen.sell("PEN, TSHIRT, MUG", "32.50€");
        robot.waitForIdle();

        Rectangle content = screen.onEdt(() -> new Rectangle(screen.window.frame().getContentPane().getSize()));
        for (String name : CONTROLS) {
            Component component = robot.finder().findByName(screen.window.frame(), name, false);
            Rectangle bounds = screen.onEdt(() -> SwingUtilities.convertRectangle(component.getParent(),
                    component.getBounds(), screen.window.frame().getContentPane()));
            assertThat(content.contains(bounds)).as(name + " " + bounds + " inside " + content).isTrue();
        }
        assertThat(screen.shownWhole(screen.window.frame(), ReceiptPanel.TOTAL)).as("TOTAL shown whole").isTrue();
    }

    @Test
    void afterACashSaleTheChangeIsTheLargestFigureUntilTheNextScanAndNothingMoves() {
        TillScreen screen = TillScreen.open(robot, server.port()).awaitConnected().sell("PEN, TSHIRT, MUG", "32.50€");
        Point totalBefore = totalLocation(screen);

        screen.payCash("50");

        screen.await("sale completed", () -> screen.isShowing(TillWindow.COMPLETED_CHANGE));
        assertThat(screen.label(TillWindow.COMPLETED_CHANGE)).isEqualTo("17.50€");
        int changeSize = fontSize(screen, TillWindow.COMPLETED_CHANGE);
        java.util.Collection<Component> labels = robot.finder().findAll(screen.window.frame(), c -> c instanceof JLabel
                && c.isShowing() && !TillWindow.COMPLETED_CHANGE.equals(c.getName()));
        int largestOther = screen.onEdt(() -> labels.stream().mapToInt(c -> c.getFont().getSize()).max().orElse(0));
        assertThat(changeSize).isGreaterThan(largestOther).isGreaterThan(fontSize(screen, ReceiptPanel.TOTAL));
        assertThat(totalLocation(screen)).isEqualTo(totalBefore);
        screen.scan("PEN").awaitTotal("5.00€");
        assertThat(screen.isShowing(TillWindow.COMPLETED_CHANGE)).isFalse();
        assertThat(totalLocation(screen)).isEqualTo(totalBefore);
    }

    private static Point totalLocation(TillScreen screen) {
        return screen.onEdt(() -> {
            Component total = screen.frame.label(ReceiptPanel.TOTAL).target();
            return SwingUtilities.convertPoint(total.getParent(), new Point(total.getX() + total.getWidth(), total.getY()),
                    screen.window.frame().getContentPane());
        });
    }

    private static int fontSize(TillScreen screen, String name) {
        return screen.onEdt(() -> screen.frame.label(name).target().getFont().getSize());
    }
}
