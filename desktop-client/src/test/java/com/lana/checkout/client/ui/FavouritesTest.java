package com.lana.checkout.client.ui;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Money;
import com.lana.checkout.client.link.ShopCatalog;
import com.lana.checkout.client.link.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.JButton;
import java.awt.Component;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The product buttons are the few favourites the catalog names, whatever its size; the till never reads it whole. */
class FavouritesTest extends GuiTest {

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
    void theButtonsAreTheCatalogsFavouritesInItsOrder() {
        screen.await("product buttons shown", () -> !productButtons().isEmpty());

        assertThat(productButtons()).containsExactly(ProductButtonsPanel.buttonName(ShopCatalog.COFFEE),
                ProductButtonsPanel.buttonName(ShopCatalog.MILK), ProductButtonsPanel.buttonName(ShopCatalog.APPLES));
    }

    @Test
    void aFavouriteButtonAddsItsProduct() {
        screen.clickProduct(ShopCatalog.MILK);

        screen.awaitTotal("0.99€");
        assertThat(screen.rows()).isDeepEqualTo(new String[][] {{"Leche Entera", "1", "0.99€", "0.99€"}});
    }

    @Test
    void aNewPriceOfAFavouriteShowsOnItsButtonWithoutARestart() throws Exception {
        Catalog catalog = ShopCatalog.catalog();
        server.publish(catalog.withProducts(catalog.products().stream()
                .map(p -> p.code().equals(ShopCatalog.COFFEE) ? p.withPrice(Money.ofMinor(425)) : p).toList()));

        screen.await("the coffee button at 4.25€", () -> screen.onEdt(() -> screen.frame
                .button(ProductButtonsPanel.buttonName(ShopCatalog.COFFEE)).target().getAccessibleContext()
                .getAccessibleName()).equals(ShopCatalog.COFFEE_NAME + " 4.25€"));
    }

    @Test
    void theTillNeverAsksForTheWholeCatalog() {
        screen.scan(ShopCatalog.COFFEE_BARCODE).awaitTotal("3.95€").awaitIdle();
        screen.press(java.awt.event.KeyEvent.VK_F5).awaitConnected();

        assertThat(server.calls("favourites")).as("what the till keeps at hand").isPositive();
        assertThat(server.calls("catalog")).isZero();
    }

    /** The names of the product buttons shown, top to bottom, left to right. */
    private List<String> productButtons() {
        return screen.onEdt(() -> robot.finder().findAll(screen.window.frame(), c -> c instanceof JButton
                        && c.getName() != null && c.getName().startsWith(ProductButtonsPanel.BUTTON_PREFIX) && c.isShowing())
                .stream().sorted(Comparator.comparingInt((Component c) -> c.getLocationOnScreen().y)
                        .thenComparingInt(c -> c.getLocationOnScreen().x))
                .map(Component::getName).toList());
    }
}
