package com.lana.checkout.client.ui;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.client.link.Connector;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.rmi.CheckoutServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.event.KeyEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The sales screen driven like a clerk would, against a real checkout server on a loopback port. */
class TillWindowTest extends GuiTest {

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

    private TillScreen openScreen() {
        return TillScreen.open(robot, server.port()).awaitConnected();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            'PEN, TSHIRT, MUG',                              32.50€
            'pen, tshirt, pen',                              25.00€
            'TSHIRT, TSHIRT, TSHIRT, PEN, TSHIRT',           65.00€
            'PEN, TSHIRT, PEN, PEN, MUG, TSHIRT, TSHIRT',    62.50€
            """)
    void scansReferenceBasketsWithTheKeyboard(String codes, String total) {
        TillScreen screen = openScreen();
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
        TillScreen screen = openScreen();
        for (String code : codes.split(",\\s*")) {
            screen.clickProduct(code);
        }
        screen.awaitTotal(total).awaitIdle();
    }

    @Test
    void showsPromotionsUnderTheirProductsWithSubtotalAndSavings() {
        TillScreen screen = openScreen();
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
        TillScreen screen = openScreen();
        screen.scan("3*pen").awaitTotal("10.00€");
        screen.scanField().enterText("2");
        screen.clickProduct("MUG");
        screen.awaitTotal("25.00€");
        screen.scanField().requireEmpty();
    }

    @Test
    void unknownCodeShowsAnInlineMessageAndKeepsTheFieldReady() {
        TillScreen screen = openScreen();
        screen.scan("PENN").awaitMessage("Unknown product 'PENN'");
        screen.scanField().requireFocused().requireText("PENN");   // left, selected, for correction
        assertThat(screen.onEdt(() -> screen.scanField().target().getSelectedText())).isEqualTo("PENN");
        assertThat(screen.dialogShowing()).isFalse();

        screen.scan("PEN").awaitTotal("5.00€");
    }

    @Test
    void voidsOneUnitOfTheSelectedLineAndOfTheLastScanned() {
        TillScreen screen = openScreen();
        screen.scan("MUG").scan("PEN").scan("PEN").scan("TSHIRT").awaitTotal("32.50€").awaitIdle();

        selectRow(screen, 0);   // the mug
        screen.press(KeyEvent.VK_F8).awaitTotal("25.00€").awaitMessage("Voided 1 × Lana Coffee Mug");

        screen.press(KeyEvent.VK_F9).awaitTotal("5.00€");       // the T-shirt, scanned last
        screen.scanField().requireFocused();
    }

    @Test
    void parksASaleAndResumesIt() {
        TillScreen screen = openScreen();
        screen.scan("PEN").awaitTotal("5.00€").awaitIdle();

        screen.press(KeyEvent.VK_F3).awaitTotal("0.00€");
        screen.frame.list(SaleButtonsPanel.PARKED_LIST).requireItemCount(1);
        screen.scan("MUG").awaitTotal("7.50€").awaitIdle();
        String mugSale = screen.onEdt(() -> screen.model.current().basket().shortCode());

        screen.press(KeyEvent.VK_F4).awaitTotal("5.00€").awaitIdle();
        assertThat(screen.frame.list(SaleButtonsPanel.PARKED_LIST).contents()).containsExactly("Sale " + mugSale + " · 1 item · 7.50€");
        screen.scan("PEN").awaitTotal("5.00€").awaitIdle();   // 2-for-1: the resumed sale goes on
        screen.scan("TSHIRT").awaitTotal("25.00€");
    }

    @Test
    void twoWindowsOnOneBasketSeeEachOthersScans() {
        TillScreen first = openScreen();
        first.scan("PEN").awaitTotal("5.00€").awaitIdle();
        BasketId basket = first.onEdt(() -> first.model.current().basket());

        TillScreen second = openScreen();
        second.press(KeyEvent.VK_F6);
        second.frame.optionPane().textBox().enterText(basket.toString()).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        second.awaitTotal("5.00€");

        // Product buttons need no keyboard focus, which Xvfb without a window manager cannot move
        // between windows; bring each window to the front and click.
        first.frame.moveToFront();
        first.clickProduct("MUG");
        second.awaitTotal("12.50€");   // seen by polling, within a second or so
        second.frame.moveToFront();
        second.clickProduct("TSHIRT");
        first.awaitTotal("32.50€");
    }

    @Test
    void cancelsASaleAfterConfirmation() throws Exception {
        TillScreen screen = openScreen();
        screen.scan("PEN").awaitTotal("5.00€").awaitIdle();
        BasketId basket = screen.onEdt(() -> screen.model.current().basket());

        // Keys rather than clicks on the dialog: without a window manager a new dialog may still
        // move as it opens, and a click aimed at one button could land on its neighbour.
        screen.press(KeyEvent.VK_F7);
        screen.frame.optionPane().requireTitle("Cancel sale").buttonWithText(TillWindow.CANCEL_NO)
                .pressAndReleaseKeys(KeyEvent.VK_SPACE);
        screen.await("dialog closed", () -> !screen.dialogShowing());
        screen.frame.label(ReceiptPanel.TOTAL).requireText("5.00€");

        screen.press(KeyEvent.VK_F7);
        screen.frame.optionPane().requireTitle("Cancel sale").buttonWithText(TillWindow.CANCEL_YES).focus()
                .pressAndReleaseKeys(KeyEvent.VK_SPACE);
        screen.awaitTotal("0.00€").awaitIdle();
        screen.scanField().requireFocused();
        assertThatExceptionOfType(BasketNotFoundException.class).isThrownBy(() -> server.service().receipt(basket));
    }

    @Test
    void ctrlDSwitchesToTheDarkThemeAndRemembersIt() {
        TillScreen screen = openScreen();
        Theme remembered = new Theme(TillScreen.TEST_PREFERENCES);
        try {
            switchToDark(screen);

            assertThat(remembered.isDark()).isTrue();
            assertThat(screen.onEdt(() -> ((javax.swing.JCheckBoxMenuItem) screen.frame.menuItem(TillWindow.DARK_THEME)
                    .target()).isSelected())).isTrue();
        } finally {
            TillScreen.lightTheme();
        }
    }

    @Test
    void scanningGoesOnAfterTheThemeSwitch() {
        TillScreen screen = openScreen();
        try {
            switchToDark(screen);

            screen.scan("PEN").awaitTotal("5.00€");
        } finally {
            TillScreen.lightTheme();
        }
    }

    @Test
    void theViewMenusDarkThemeItemSwitchesBackToLightAndRemembersIt() {
        TillScreen screen = openScreen();
        Theme remembered = new Theme(TillScreen.TEST_PREFERENCES);
        try {
            switchToDark(screen);

            // The item's own click, as the open View menu gives it: right after a look-and-feel
            // switch a robot's click on the menu bar may not open the pop-up on a busy display.
            javax.swing.JMenuItem item = (javax.swing.JMenuItem) screen.frame.menuItem(TillWindow.DARK_THEME).target();
            screen.onEdt(() -> {
                item.doClick();
                return null;
            });
            screen.await("light look", () -> screen.onEdt(() -> javax.swing.UIManager.getLookAndFeel()
                    instanceof com.formdev.flatlaf.FlatLightLaf));
            assertThat(remembered.isDark()).isFalse();
        } finally {
            TillScreen.lightTheme();
        }
    }

    private static void switchToDark(TillScreen screen) {
        screen.pressWithMenuKey(KeyEvent.VK_D);
        screen.await("dark look", () -> screen.onEdt(() -> javax.swing.UIManager.getLookAndFeel()
                instanceof com.formdev.flatlaf.FlatDarkLaf));
    }

    @Test
    void aScanTypedIntoTheCancelQuestionDoesNotCancelAndIsAdded() {
        TillScreen screen = openScreen();
        screen.scan("PEN").awaitTotal("5.00€").awaitIdle();
        String penSale = screen.onEdt(() -> screen.model.current().basket().shortCode());

        screen.press(KeyEvent.VK_F7);
        screen.frame.optionPane().requireTitle("Cancel sale");
        screen.frame.optionPane().pressAndReleaseKeys(KeyEvent.VK_M, KeyEvent.VK_U, KeyEvent.VK_G, KeyEvent.VK_ENTER);
        screen.await("dialog closed", () -> !screen.dialogShowing());
        screen.awaitTotal("12.50€");
        assertThat(screen.label(ReceiptPanel.TITLE)).isEqualTo("Sale " + penSale);
    }

    @Test
    void newSaleParksASaleWithItemsAndSaysSo() {
        TillScreen screen = openScreen();
        screen.scan("PEN").awaitTotal("5.00€").awaitIdle();
        String sale = screen.onEdt(() -> screen.model.current().basket().shortCode());

        screen.press(KeyEvent.VK_F2).awaitTotal("0.00€").awaitMessage("Parked sale " + sale);
        assertThat(screen.frame.list(SaleButtonsPanel.PARKED_LIST).contents()).containsExactly("Sale " + sale + " · 1 item · 5.00€");
    }

    @Test
    void quittingWithAnOpenSaleAsksAndEnterKeepsTheWindow() {
        TillScreen screen = openScreen();
        screen.scan("PEN").awaitTotal("5.00€").awaitIdle();

        screen.pressWithMenuKey(KeyEvent.VK_Q);
        screen.frame.optionPane().requireTitle("Quit").requireMessage(
                "Quit with 1 open sale?\nSales on the server are listed again when the client starts;"
                        + " scans not confirmed yet are lost.");
        screen.frame.optionPane().pressAndReleaseKeys(KeyEvent.VK_ENTER);
        screen.await("dialog closed", () -> !screen.dialogShowing());
        assertThat(screen.onEdt(() -> screen.window.frame().isDisplayable())).isTrue();
    }

    @Test
    void parkedSalesAreListedAgainWhenTheClientRestarts() {
        TillScreen first = openScreen();
        first.scan("MUG").awaitTotal("7.50€").awaitIdle();
        String mugSale = first.onEdt(() -> first.model.current().basket().shortCode());
        first.press(KeyEvent.VK_F3).awaitTotal("0.00€");
        first.scan("PEN").awaitTotal("5.00€").awaitIdle();
        String penSale = first.onEdt(() -> first.model.current().basket().shortCode());
        first.pressWithMenuKey(KeyEvent.VK_Q);
        first.frame.optionPane().buttonWithText(TillWindow.QUIT_YES).focus().pressAndReleaseKeys(KeyEvent.VK_SPACE);
        first.await("window closed", () -> first.onEdt(() -> !first.window.frame().isDisplayable()));

        TillScreen second = TillScreen.reopen(robot, Connector.rmi("127.0.0.1", server.port())).awaitConnected();
        second.await("both sales listed", () -> second.frame.list(SaleButtonsPanel.PARKED_LIST).contents().length == 2
                && second.frame.list(SaleButtonsPanel.PARKED_LIST).contents()[1].contains("5.00€"));
        assertThat(second.frame.list(SaleButtonsPanel.PARKED_LIST).contents())
                .containsExactly("Sale " + mugSale + " · 1 item · 7.50€", "Sale " + penSale + " · 1 item · 5.00€");
    }

    @Test
    void aSecondEnterAfterAScanShowsNoError() {
        TillScreen screen = openScreen();
        screen.scan("PEN").awaitTotal("5.00€").awaitMessage("Added 1 × Lana Pen");
        screen.press(KeyEvent.VK_ENTER);
        screen.frame.label(ScanPanel.MESSAGE).requireText("Added 1 × Lana Pen");
    }

    @Test
    void voidLineAfterScanningAProductAgainVoidsThatProduct() {
        TillScreen screen = openScreen();
        screen.scan("TSHIRT").scan("MUG").awaitTotal("27.50€").awaitIdle();
        screen.scan("TSHIRT").awaitTotal("47.50€").awaitIdle();

        screen.press(KeyEvent.VK_F8).awaitTotal("27.50€").awaitMessage("Voided 1 × Lana T-Shirt");
    }

    @Test
    void aLargeLineAsksOnceAndEnterDoesNotAddIt() {
        TillScreen screen = openScreen();
        screen.scan("1000*TSHIRT");
        screen.frame.optionPane().requireTitle("Large line").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        screen.await("dialog closed", () -> !screen.dialogShowing());
        screen.awaitMessage("Not added: 1000 × TSHIRT");

        screen.scan("60*PEN");
        screen.frame.optionPane().requireTitle("Large line").buttonWithText(TillWindow.LARGE_YES).focus()
                .pressAndReleaseKeys(KeyEvent.VK_SPACE);
        screen.awaitTotal("150.00€").awaitIdle();
        screen.scan("10*PEN").awaitTotal("175.00€");   // asked once for this line
        assertThat(screen.dialogShowing()).isFalse();
        assertThat(screen.rows()[0]).containsExactly("Lana Pen", "70", "5.00€", "350.00€");
    }

    @Test
    void theRightHandColumnStaysInsideTheWindowAtItsSmallestSize() {
        TillScreen screen = openScreen();
        screen.scan("PEN").awaitTotal("5.00€").awaitIdle();
        screen.onEdt(() -> {
            screen.window.frame().setSize(screen.window.frame().getMinimumSize());
            screen.window.frame().validate();
            return null;
        });
        robot.waitForIdle();
        java.awt.Rectangle window = screen.onEdt(() -> new java.awt.Rectangle(screen.window.frame().getContentPane().getSize()));
        for (String name : new String[] {TillWindow.NEW_SALE, TillWindow.PARK, TillWindow.RESUME, TillWindow.OPEN,
                TillWindow.CANCEL, ProductButtonsPanel.buttonName("MUG"), ScanPanel.SCAN_FIELD}) {
            java.awt.Component component = robot.finder().findByName(screen.window.frame(), name, false);
            java.awt.Rectangle bounds = screen.onEdt(() -> javax.swing.SwingUtilities.convertRectangle(
                    component.getParent(), component.getBounds(), screen.window.frame().getContentPane()));
            assertThat(window.contains(bounds)).as(name + " " + bounds + " inside " + window).isTrue();
        }
        assertThat(screen.label(ReceiptPanel.TITLE)).matches("Sale [0-9A-Z]{3}-[0-9A-Z]{3}");
    }

    @Test
    void selectedRowsStandOutAtLeastThreeToOneInBothThemes() {
        TillScreen screen = openScreen();
        try {
            for (boolean dark : new boolean[] {false, true}) {
                screen.onEdt(() -> {
                    new Theme(TillScreen.TEST_PREFERENCES).use(dark);
                    return null;
                });
                java.awt.Color background = screen.onEdt(() -> javax.swing.UIManager.getColor("Table.background"));
                java.awt.Color selected = screen.onEdt(() -> javax.swing.UIManager.getColor("Table.selectionInactiveBackground"));
                java.awt.Color text = screen.onEdt(() -> javax.swing.UIManager.getColor("Table.selectionInactiveForeground"));
                assertThat(contrast(selected, background)).as("selected row against rows, dark " + dark).isGreaterThanOrEqualTo(3.0);
                assertThat(contrast(text, selected)).as("text on a selected row, dark " + dark).isGreaterThanOrEqualTo(4.5);
            }
        } finally {
            TillScreen.lightTheme();
        }
    }

    /** WCAG 2 contrast ratio. */
    private static double contrast(java.awt.Color a, java.awt.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(java.awt.Color color) {
        double[] c = {color.getRed() / 255.0, color.getGreen() / 255.0, color.getBlue() / 255.0};
        for (int i = 0; i < 3; i++) {
            c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /**
     * Clicks receipt row {@code index} until it is the selected one: a click that lands while the
     * window lays itself out again (a note under the receipt going away, say) can miss the row.
     */
    private static void selectRow(TillScreen screen, int index) {
        JTableFixture table = screen.frame.table(ReceiptPanel.TABLE);
        screen.await("receipt row " + index + " selected", () -> {
            if (screen.onEdt(() -> table.target().getSelectedRow()) != index) {
                table.selectRows(index);
            }
            return screen.onEdt(() -> table.target().getSelectedRow()) == index;
        });
    }
}
