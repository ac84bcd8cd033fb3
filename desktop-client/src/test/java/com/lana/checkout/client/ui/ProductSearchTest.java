package com.lana.checkout.client.ui;

import com.lana.checkout.client.link.ServerLink;
import com.lana.checkout.client.link.ShopCatalog;
import com.lana.checkout.client.link.TestServers;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.JDialog;
import java.awt.event.KeyEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding a product by name at the till: Ctrl+F or Find…, type, ↑ ↓, Enter adds it, Esc goes back. */
class ProductSearchTest extends GuiTest {

    private TestServers.Running server;
    private TillScreen screen;

    @BeforeEach
    void open() throws Exception {
        server = TestServers.running(ShopCatalog.catalog());
        screen = TillScreen.open(robot, server.port()).awaitConnected();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void ctrlFOpensTheSearchWithTheKeyboardInIt() {
        DialogFixture search = openSearch();

        screen.awaitFocused(search.textBox(ProductSearchDialog.FIELD).target());
    }

    @Test
    void theFindButtonOpensTheSearch() {
        screen.clickButton(TillWindow.FIND);

        DialogFixture search = searchDialog();
        screen.awaitFocused(search.textBox(ProductSearchDialog.FIELD).target());
    }

    @Test
    void aWordOfTheNameWithoutItsAccentFindsTheProductAndEnterAddsIt() {
        DialogFixture search = openSearch();

        type(search, "cafe");
        awaitResults(search, ShopCatalog.COFFEE);
        assertThat(results(search)[0]).containsExactly(ShopCatalog.COFFEE, ShopCatalog.COFFEE_NAME, "3.95€", "10%", "");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);

        screen.await("search closed", () -> !screen.dialogShowing()).awaitTotal("3.95€");
        assertThat(screen.rows()).isDeepEqualTo(new String[][] {{ShopCatalog.COFFEE_NAME, "1", "3.95€", "3.95€"}});
        screen.awaitFocused(screen.scanField().target());
    }

    @Test
    void theArrowKeysChooseTheResultEnterAdds() {
        DialogFixture search = openSearch();
        type(search, "product 1");
        screen.await("several results", () -> results(search).length > 2 && !busy(search));

        robot.pressAndReleaseKey(KeyEvent.VK_DOWN);
        robot.pressAndReleaseKey(KeyEvent.VK_DOWN);
        robot.pressAndReleaseKey(KeyEvent.VK_UP);
        String[] second = results(search)[1];
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);

        screen.awaitTotal(second[2]);
        assertThat(screen.rows()[0][0]).isEqualTo(second[1]);
    }

    @Test
    void aQuantityTypedBeforeFindingAddsThatMany() {
        screen.scanField().enterText("3*");
        DialogFixture search = openSearch();
        type(search, "leche");
        awaitResults(search, ShopCatalog.MILK);

        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);

        screen.awaitTotal("2.97€");
        assertThat(screen.rows()).isDeepEqualTo(new String[][] {{"Leche Entera", "3", "0.99€", "2.97€"}});
        screen.scanField().requireEmpty();
    }

    @Test
    void textInTheScanFieldIsSearchedAtOnce() {
        screen.scanField().enterText("manzanas");

        DialogFixture search = openSearch();

        awaitResults(search, ShopCatalog.APPLES);
        search.textBox(ProductSearchDialog.FIELD).requireText("manzanas");
    }

    @Test
    void escGoesBackToTheScanFieldWithNothingAdded() {
        screen.scanField().enterText("agua");
        DialogFixture search = openSearch();
        awaitResults(search, ShopCatalog.WATER);

        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);

        screen.await("search closed", () -> !screen.dialogShowing());
        screen.awaitFocused(screen.scanField().target());
        screen.scanField().requireText("agua");
        assertThat(screen.onEdt(() -> screen.model.current().isEmpty())).isTrue();
    }

    @Test
    void aSearchNothingMatchesSaysSo() {
        DialogFixture search = openSearch();

        type(search, "xyz");

        awaitMessage(search, "No product matches 'xyz'");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        assertThat(screen.dialogShowing()).as("Enter takes nothing").isTrue();
        assertThat(screen.onEdt(() -> screen.model.current().isEmpty())).isTrue();
    }

    @Test
    void aProductOffSaleIsMarkedAndEnterRefusesIt() {
        DialogFixture search = openSearch();
        type(search, "turron");
        awaitResults(search, ShopCatalog.NOUGAT);
        assertThat(results(search)[0]).endsWith(ProductTableModel.NOT_ON_SALE);

        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);

        awaitMessage(search, "Turrón de Jijona (TURRON) is not on sale: it cannot be added");
        assertThat(screen.dialogShowing()).isTrue();
        assertThat(screen.onEdt(() -> screen.model.current().isEmpty())).isTrue();
    }

    @Test
    void withoutTheServerTheSearchSaysSoAndScanningGoesOn() {
        server.close();
        screen.press(KeyEvent.VK_F5).await("unreachable",
                () -> screen.onEdt(() -> screen.model.connection() == ServerLink.State.UNREACHABLE));
        DialogFixture search = openSearch();

        type(search, "cafe");

        awaitMessage(search, "Search needs the checkout server");
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        screen.await("search closed", () -> !screen.dialogShowing());
        screen.scan(ShopCatalog.COFFEE_BARCODE);
        screen.awaitMessage("it is sent as soon as the server answers");
        assertThat(screen.rows()).hasNumberOfRows(1);
    }

    // ---------------------------------------------------------------- helpers

    private DialogFixture openSearch() {
        screen.pressWithMenuKey(KeyEvent.VK_F);
        return searchDialog();
    }

    private DialogFixture searchDialog() {
        return WindowFinder.findDialog(new GenericTypeMatcher<>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog dialog) {
                return ProductSearchDialog.DIALOG.equals(dialog.getName()) && dialog.isShowing();
            }
        }).withTimeout(TillScreen.PATIENCE.duration()).using(robot);
    }

    /** Types into the search field, as the clerk does once it has the keyboard. */
    private void type(DialogFixture search, String text) {
        screen.awaitFocused(search.textBox(ProductSearchDialog.FIELD).target());
        robot.enterText(text);
    }

    /** Waits until the first result is the product {@code code} and no search is under way. */
    private void awaitResults(DialogFixture search, String code) {
        screen.await("first result " + code, () -> {
            String[][] rows = results(search);
            return rows.length > 0 && rows[0][ProductTableModel.CODE].equals(code) && !busy(search);
        });
    }

    private void awaitMessage(DialogFixture search, String part) {
        screen.await("search message containing '" + part + "'",
                () -> search.label(ProductSearchDialog.MESSAGE).text().contains(part));
    }

    private String[][] results(DialogFixture search) {
        return search.table(ProductSearchDialog.RESULTS).contents();
    }

    private boolean busy(DialogFixture search) {
        return screen.onEdt(() -> robot.finder().findByName(search.target(), ProductSearchDialog.BUSY, false).isVisible());
    }
}
