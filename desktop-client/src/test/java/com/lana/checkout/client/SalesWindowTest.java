package com.lana.checkout.client;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.server.CatalogFile;
import com.lana.checkout.server.CheckoutServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.event.KeyEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The sales screen driven like a clerk would, against a real checkout server on a loopback port. */
class SalesWindowTest extends GuiTest {

    private static CheckoutServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {   // null when the GUI tests were skipped for want of a display
            server.close();
        }
    }

    private SalesScreen openScreen() {
        return SalesScreen.open(robot, server.port()).awaitConnected();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            'PEN, TSHIRT, MUG',                              32.50€
            'pen, tshirt, pen',                              25.00€
            'TSHIRT, TSHIRT, TSHIRT, PEN, TSHIRT',           65.00€
            'PEN, TSHIRT, PEN, PEN, MUG, TSHIRT, TSHIRT',    62.50€
            """)
    void scansReferenceBasketsWithTheKeyboard(String codes, String total) {
        SalesScreen screen = openScreen();
        for (String code : codes.split(",\\s*")) {
            screen.scan(code);
        }
        screen.awaitTotal(total).awaitIdle();
        screen.scanField().requireFocused().requireEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            'PEN, TSHIRT, MUG',                              32.50€
            'PEN, TSHIRT, PEN',                              25.00€
            'TSHIRT, TSHIRT, TSHIRT, PEN, TSHIRT',           65.00€
            'PEN, TSHIRT, PEN, PEN, MUG, TSHIRT, TSHIRT',    62.50€
            """)
    void scansReferenceBasketsWithTheProductButtons(String codes, String total) {
        SalesScreen screen = openScreen();
        for (String code : codes.split(",\\s*")) {
            screen.frame.button(ProductButtonsPanel.buttonName(code)).click();
        }
        screen.awaitTotal(total).awaitIdle();
    }

    @Test
    void showsPromotionsUnderTheirProductsWithSubtotalAndSavings() {
        SalesScreen screen = openScreen();
        for (String code : "PEN TSHIRT PEN PEN MUG TSHIRT TSHIRT".split(" ")) {
            screen.scan(code);
        }
        screen.awaitTotal("62.50€");
        assertThat(screen.frame.table(ReceiptPanel.TABLE).contents()).isDeepEqualTo(new String[][] {
                new String[] {"Lana Pen", "3", "5.00€", "15.00€"},
                new String[] {"    ↳ 2-for-1 on PEN", "", "", "-5.00€"},
                new String[] {"Lana T-Shirt", "3", "20.00€", "60.00€"},
                new String[] {"    ↳ 25% off TSHIRT (3 or more)", "", "", "-15.00€"},
                new String[] {"Lana Coffee Mug", "1", "7.50€", "7.50€"}});
        screen.frame.label(ReceiptPanel.SUBTOTAL).requireText("82.50€");
        screen.frame.label(ReceiptPanel.SAVINGS).requireText("-20.00€");
    }

    @Test
    void quantityTimesCodeAddsSeveralUnits() {
        SalesScreen screen = openScreen();
        screen.scan("3*pen").awaitTotal("10.00€");
        screen.scanField().enterText("2");
        screen.frame.button(ProductButtonsPanel.buttonName("MUG")).click();
        screen.awaitTotal("25.00€");
        screen.scanField().requireEmpty();
    }

    @Test
    void unknownCodeShowsAnInlineMessageAndKeepsTheFieldReady() {
        SalesScreen screen = openScreen();
        screen.scan("PENN").awaitMessage("Unknown product 'PENN'");
        screen.scanField().requireFocused().requireEmpty();
        assertThat(screen.dialogShowing()).isFalse();

        screen.scan("PEN").awaitTotal("5.00€");
    }

    @Test
    void voidsOneUnitOfTheSelectedLineAndOfTheLastScanned() {
        SalesScreen screen = openScreen();
        screen.scan("MUG").scan("PEN").scan("PEN").scan("TSHIRT").awaitTotal("32.50€").awaitIdle();

        screen.frame.table(ReceiptPanel.TABLE).selectRows(0);   // the mug
        screen.press(KeyEvent.VK_F8).awaitTotal("25.00€").awaitMessage("Voided 1 × Lana Coffee Mug");

        screen.press(KeyEvent.VK_F9).awaitTotal("5.00€");       // the T-shirt, scanned last
        screen.scanField().requireFocused();
    }

    @Test
    void parksASaleAndResumesIt() {
        SalesScreen screen = openScreen();
        screen.scan("PEN").awaitTotal("5.00€").awaitIdle();

        screen.press(KeyEvent.VK_F3).awaitTotal("0.00€");
        screen.frame.list(SalesPanel.PARKED_LIST).requireItemCount(1);
        screen.scan("MUG").awaitTotal("7.50€").awaitIdle();

        screen.press(KeyEvent.VK_F4).awaitTotal("5.00€").awaitIdle();
        assertThat(screen.frame.list(SalesPanel.PARKED_LIST).contents()).containsExactly("Sale 2 · 1 item · 7.50€");
        screen.scan("PEN").awaitTotal("5.00€").awaitIdle();   // 2-for-1: the resumed sale goes on
        screen.scan("TSHIRT").awaitTotal("25.00€");
    }

    @Test
    void twoWindowsOnOneBasketSeeEachOthersScans() {
        SalesScreen first = openScreen();
        first.scan("PEN").awaitTotal("5.00€").awaitIdle();
        BasketId basket = first.onEdt(() -> first.model.current().basket());

        SalesScreen second = openScreen();
        second.press(KeyEvent.VK_F6);
        second.frame.optionPane().textBox().enterText(basket.toString()).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        second.awaitTotal("5.00€");

        // Product buttons need no keyboard focus, which Xvfb without a window manager cannot move
        // between windows; bring each window to the front and click.
        first.frame.moveToFront();
        first.frame.button(ProductButtonsPanel.buttonName("MUG")).click();
        second.awaitTotal("12.50€");   // seen by polling, within a second or so
        second.frame.moveToFront();
        second.frame.button(ProductButtonsPanel.buttonName("TSHIRT")).click();
        first.awaitTotal("32.50€");
    }

    @Test
    void cancelsASaleAfterConfirmation() throws Exception {
        SalesScreen screen = openScreen();
        screen.scan("PEN").awaitTotal("5.00€").awaitIdle();
        BasketId basket = screen.onEdt(() -> screen.model.current().basket());

        // Keys rather than clicks on the dialog: without a window manager a new dialog may still
        // move as it opens, and a click aimed at one button could land on its neighbour.
        screen.press(KeyEvent.VK_F7);
        screen.frame.optionPane().requireTitle("Cancel sale").noButton().pressAndReleaseKeys(KeyEvent.VK_SPACE);
        screen.await("dialog closed", () -> !screen.dialogShowing());
        screen.frame.label(ReceiptPanel.TOTAL).requireText("5.00€");

        screen.press(KeyEvent.VK_F7);
        screen.frame.optionPane().requireTitle("Cancel sale").yesButton().pressAndReleaseKeys(KeyEvent.VK_SPACE);
        screen.awaitTotal("0.00€").awaitIdle();
        screen.scanField().requireFocused();
        assertThatExceptionOfType(BasketNotFoundException.class).isThrownBy(() -> server.service().receipt(basket));
    }

    @Test
    void switchesBetweenLightAndDarkThemeAndRemembersIt() {
        SalesScreen screen = openScreen();
        Theme remembered = new Theme(SalesScreen.TEST_PREFERENCES);
        try {
            screen.pressWithMenuKey(KeyEvent.VK_D);
            screen.await("dark look", () -> screen.onEdt(() -> javax.swing.UIManager.getLookAndFeel()
                    instanceof com.formdev.flatlaf.FlatDarkLaf));
            assertThat(remembered.isDark()).isTrue();
            assertThat(screen.onEdt(() -> ((javax.swing.JCheckBoxMenuItem) screen.frame.menuItem(SalesWindow.DARK_THEME)
                    .target()).isSelected())).isTrue();
            screen.scan("PEN").awaitTotal("5.00€");   // still works after the switch

            screen.frame.menuItemWithPath("View", "Dark theme").click();
            screen.await("light look", () -> screen.onEdt(() -> javax.swing.UIManager.getLookAndFeel()
                    instanceof com.formdev.flatlaf.FlatLightLaf));
            assertThat(remembered.isDark()).isFalse();
        } finally {
            SalesScreen.lightTheme();
        }
    }
}
