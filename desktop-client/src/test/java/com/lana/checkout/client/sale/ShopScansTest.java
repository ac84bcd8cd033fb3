package com.lana.checkout.client.sale;

import com.lana.checkout.api.MisreadBarcodeException;
import com.lana.checkout.client.link.Connector;
import com.lana.checkout.client.link.Intercept;
import com.lana.checkout.client.link.ServerLink;
import com.lana.checkout.client.link.ShopCatalog;
import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.client.ui.TillScreen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scans at a till that knows only its favourites of a shop's catalog, without Swing: what it shows
 * before the server answers, what the server refuses, and what the till learns from its answers.
 */
class ShopScansTest {

    private final UiQueue ui = new UiQueue();
    private final CountDownLatch releaseAdds = new CountDownLatch(1);
    private TestServers.Running server;
    private Till till;
    /** Set by a test: adds wait for {@link #releaseAdds}. */
    private volatile boolean holdAdds;
    /** Set by a test: the server's answer to every add. */
    private volatile Exception refuseAdds;

    @BeforeEach
    void start() throws Exception {
        server = TestServers.running(ShopCatalog.catalog());
        Connector watched = Intercept.beforeEachCall(Connector.rmi("127.0.0.1", server.port()), (method, args) -> {
            if (method.equals("addProduct") && holdAdds && !releaseAdds.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("never released");
            }
            if (method.equals("addProduct") && refuseAdds != null) {
                throw refuseAdds;
            }
        });
        till = new Till(watched, ui.executor(), TillScreen.TIMINGS,
                new ParkedSalesMemory(Preferences.userRoot().node("com/lana/checkout/client/test/shop"), "shop"));
        till.start();
        runUiUntil("connected", () -> till.connection() == ServerLink.State.CONNECTED);
    }

    @AfterEach
    void stop() {
        releaseAdds.countDown();
        till.close();
        server.close();
    }

    @Test
    void aPendingScanOfAFavouritesBarcodeShowsItsNameAndPrice() {
        holdAdds = true;

        till.scan("2*" + ShopCatalog.COFFEE_BARCODE);

        TillView view = TillView.of(till);
        assertThat(view.pendingProducts()).containsEntry(ShopCatalog.COFFEE_BARCODE,
                new KnownProduct(ShopCatalog.COFFEE, ShopCatalog.COFFEE_NAME, com.lana.checkout.api.Money.ofMinor(395)));
    }

    @Test
    void aPendingScanOfAProductTheTillDoesNotKnowIsSentAsTyped() {
        holdAdds = true;

        till.scan(ShopCatalog.numberedBarcode(5));

        assertThat(TillView.of(till).pendingProducts()).isEmpty();
        assertThat(till.current().pending().all()).extracting(PendingScan::code)
                .containsExactly(ShopCatalog.numberedBarcode(5));
    }

    @Test
    void aBarcodeTheTillDidNotKnowIsKnownOnceTheServerAddedIt() {
        till.scan(ShopCatalog.WATER_UPC_A);
        awaitIdle();

        assertThat(till.current().lastScanned()).as("the line it went to").isEqualTo(ShopCatalog.WATER);
        assertThat(till.known(ShopCatalog.WATER_UPC_A)).map(KnownProduct::name).hasValue("Agua Mineral");
        assertThat(till.notice()).isEqualTo(Notice.info("Added 1 × Agua Mineral"));
    }

    @Test
    void aProductOffSaleIsRefusedNamingIt() {
        till.scan(ShopCatalog.NOUGAT_BARCODE);
        awaitIdle();

        assertThat(till.notice()).isEqualTo(Notice.problem("Not added: TURRON Turrón de Jijona is not on sale"));
    }

    @Test
    void aMisreadBarcodeTheServerFindsIsSaidAsTheTillSaysIt() {
        refuseAdds = new MisreadBarcodeException(ShopCatalog.COFFEE_BARCODE);

        till.scan(ShopCatalog.COFFEE_BARCODE);
        awaitIdle();

        assertThat(till.notice()).isEqualTo(Notice.problem("Misread barcode " + ShopCatalog.COFFEE_BARCODE + ", scan again"));
        assertThat(till.current().receipt()).as("nothing added").satisfiesAnyOf(
                receipt -> assertThat(receipt).isNull(), receipt -> assertThat(receipt.isEmpty()).isTrue());
    }

    @Test
    void aRefusedScanIsOfferedForCorrectionUntilTheClerkDoesSomethingElse() {
        till.scan("3*penn");
        awaitIdle();

        assertThat(TillView.of(till).toCorrect()).extracting(PendingScan::code, PendingScan::quantity)
                .containsExactly("PENN", 3);
        till.newSale();
        assertThat(TillView.of(till).toCorrect()).isNull();
    }

    @Test
    void aLargeLineOfAProductTheTillDoesNotKnowIsAskedAboutByItsUnits() {
        assertThat(till.largeLineQuestion(new ScanInput(60, ShopCatalog.numbered(5))))
                .hasValue("Add 60 × P05?\nThe line would hold 60 units.");
    }

    @Test
    void aLargeLineOfAFavouriteIsPricedAsTheCustomerWouldPay() {
        assertThat(till.largeLineQuestion(new ScanInput(200, ShopCatalog.COFFEE_BARCODE)))
                .hasValue("Add 200 × " + ShopCatalog.COFFEE_NAME + "?\nThe line would hold 200 units, 790.00€.");
    }

    private void awaitIdle() {
        runUiUntil("no call in flight", () -> !till.isBusy() && ui.isEmpty());
    }

    private void runUiUntil(String what, BooleanSupplier condition) {
        ui.runUntil(what, condition, () -> "notice: " + till.notice());
    }
}
