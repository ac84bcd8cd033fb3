package com.lana.checkout.client.ui;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.client.link.ShopCatalog;
import com.lana.checkout.client.link.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A scanner at the till: it types a barcode's digits and Enter into the scan field. */
class BarcodeScanTest extends GuiTest {

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
    void scanningABarcodeAddsItsProduct() {
        screen.scan(ShopCatalog.COFFEE_BARCODE);

        screen.awaitTotal("3.95€").awaitIdle();
        assertThat(screen.rows()).isDeepEqualTo(new String[][] {{ShopCatalog.COFFEE_NAME, "1", "3.95€", "3.95€"}});
        screen.awaitMessage("Added 1 × " + ShopCatalog.COFFEE_NAME);
    }

    @Test
    void aQuantityBeforeABarcodeAddsThatMany() {
        screen.scan("3*" + ShopCatalog.COFFEE_BARCODE);

        screen.awaitTotal("11.85€");
        assertThat(screen.rows()).isDeepEqualTo(new String[][] {{ShopCatalog.COFFEE_NAME, "3", "3.95€", "11.85€"}});
    }

    @Test
    void aUpcACodeAddsTheProductWithItsEan13() {
        screen.scan(ShopCatalog.WATER_UPC_A);

        screen.awaitTotal("0.45€");
        assertThat(screen.rows()).isDeepEqualTo(new String[][] {{"Agua Mineral", "1", "0.45€", "0.45€"}});
    }

    @Test
    void aMisreadBarcodeIsRefusedAtOnceAndAddsNothing() {
        screen.scan(ShopCatalog.COFFEE_MISREAD);

        screen.awaitMessage("Misread barcode " + ShopCatalog.COFFEE_MISREAD + ", scan again");
        assertThat(screen.onEdt(() -> screen.model.notice().isProblem())).as("a problem: it beeps").isTrue();
        screen.scanField().requireText(ShopCatalog.COFFEE_MISREAD);
        assertThat(screen.onEdt(() -> screen.scanField().target().getSelectedText()))
                .as("selected, for the next scan to replace").isEqualTo(ShopCatalog.COFFEE_MISREAD);
        assertThat(screen.onEdt(() -> screen.model.current().isEmpty())).as("nothing queued").isTrue();
        assertThat(screen.onEdt(() -> screen.model.current().basket())).as("nothing sent").isNull();
    }

    @Test
    void aBarcodeNoProductHasIsRefusedByTheServerAsAnUnknownProduct() {
        screen.scan(ShopCatalog.UNKNOWN_BARCODE);

        screen.awaitMessage("Unknown product '" + ShopCatalog.UNKNOWN_BARCODE + "': check the code and scan again");
        screen.awaitIdle();
        assertThat(screen.rows()).isEmpty();
        assertThat(server.calls("addProduct")).as("the server decided").isEqualTo(1);
    }

    @Test
    void aPriceLabelAddsItsProductAtThePrintedPrice() throws Exception {
        screen.scan(ShopCatalog.APPLES_LABEL_3_49);

        screen.awaitTotal("3.49€").awaitIdle();
        assertThat(screen.rows()).isDeepEqualTo(new String[][] {{"Manzanas Golden", "1", "3.49€", "3.49€"}});
        BasketId basket = screen.onEdt(() -> screen.model.current().basket());
        assertThat(server.service().total(basket)).hasToString("3.49€");
    }

    @Test
    void voidingTheLastScannedVoidsTheProductOfTheBarcode() {
        screen.scan("2*" + ShopCatalog.MILK_BARCODE).awaitTotal("1.98€").awaitIdle();

        screen.press(java.awt.event.KeyEvent.VK_F9);

        screen.awaitTotal("0.99€");
        screen.awaitMessage("Voided 1 × Leche Entera");
    }
}
