package com.lana.checkout.client.sale;

import com.lana.checkout.api.Product;
import com.lana.checkout.client.link.Connector;
import com.lana.checkout.client.link.Intercept;
import com.lana.checkout.client.link.ServerLink;
import com.lana.checkout.client.link.ShopCatalog;
import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.client.ui.TillScreen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The till's product search without Swing, against a real server: the test thread plays the UI
 * thread, running what the till hands back through a queue.
 */
class ProductFinderTest {

    private final UiQueue ui = new UiQueue();
    /** The queries that reached the server's findProducts, and on which thread. */
    private final List<String> searched = new CopyOnWriteArrayList<>();
    private final List<String> searchThreads = new CopyOnWriteArrayList<>();
    private final List<ProductFinder.Results> shown = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private TestServers.Running server;
    private Till till;
    private ProductFinder finder;
    private boolean holdFirstSearch;

    @BeforeEach
    void start() throws Exception {
        server = TestServers.running(ShopCatalog.catalog());
        Connector watched = Intercept.beforeEachCall(Connector.rmi("127.0.0.1", server.port()), (method, args) -> {
            if (method.equals("findProducts")) {
                searched.add((String) args[0]);
                searchThreads.add(Thread.currentThread().getName());
                if (holdFirstSearch && searched.size() == 1 && !release.await(10, TimeUnit.SECONDS)) {
                    throw new AssertionError("never released");
                }
            }
        });
        till = new Till(watched, ui.executor(), TillScreen.TIMINGS,
                new ParkedSalesMemory(Preferences.userRoot().node("com/lana/checkout/client/test/finder"), "finder"));
        till.start();
        runUiUntil("connected", () -> till.connection() == ServerLink.State.CONNECTED);
        finder = till.finder(shown::add);
    }

    @AfterEach
    void stop() {
        till.close();
        server.close();
    }

    @Test
    void findsByAWordOfTheNameWithoutItsAccentOffTheUiThread() {
        finder.search("cafe");

        assertThat(finder.results().status()).as("at once").isEqualTo(ProductFinder.Status.SEARCHING);
        runUiUntil("the answer", () -> finder.results().status() != ProductFinder.Status.SEARCHING);
        assertThat(finder.results().products()).extracting(Product::code).containsExactly(ShopCatalog.COFFEE);
        assertThat(finder.results().answer(" cafe ")).isTrue();
        assertThat(searchThreads).containsOnly("checkout-calls");
    }

    @Test
    void onlyTheLatestQueryIsSentOnceTheOneOnTheWireAnswersAndItsAnswerIsDropped() {
        holdFirstSearch = true;
        finder.search("ma");
        runUiUntil("the first search on the wire", () -> searched.size() == 1);
        finder.search("man");
        finder.search("manz");

        release.countDown();
        runUiUntil("the latest answered", () -> finder.results().answer("manz"));

        assertThat(searched).containsExactly("ma", "manz");
        assertThat(shown).filteredOn(results -> results.status() == ProductFinder.Status.FOUND)
                .extracting(ProductFinder.Results::query).containsExactly("manz");
        assertThat(finder.results().products()).extracting(Product::code).containsExactly(ShopCatalog.APPLES);
    }

    @Test
    void aQueryNoProductMatchesSaysSo() {
        finder.search("xyz");

        runUiUntil("the answer", () -> finder.results().status() != ProductFinder.Status.SEARCHING);
        assertThat(finder.results().status()).isEqualTo(ProductFinder.Status.NONE);
        assertThat(finder.results().message()).isEqualTo("No product matches 'xyz'");
    }

    @Test
    void withoutTheServerASearchSaysSoWithoutACall() {
        server.close();
        till.retry();
        runUiUntil("unreachable", () -> {
            till.tick();
            return till.connection() == ServerLink.State.UNREACHABLE;
        });

        finder.search("cafe");

        assertThat(finder.results().status()).isEqualTo(ProductFinder.Status.FAILED);
        assertThat(finder.results().message()).startsWith("Search needs the checkout server, and 127.0.0.1:")
                .endsWith("does not answer now: scan or type the code instead");
        assertThat(searched).isEmpty();
    }

    @Test
    void aProductFoundIsKnownToTheTillByItsCodeAndBarcodes() {
        finder.search("turron");
        runUiUntil("the answer", () -> finder.results().answer("turron"));

        assertThat(till.known(ShopCatalog.NOUGAT_BARCODE)).hasValueSatisfying(known ->
                assertThat(known.name()).isEqualTo("Turrón de Jijona"));
        assertThat(till.known(ShopCatalog.NOUGAT)).isPresent();
    }

    @Test
    void anAnswerArrivingAfterTheSearchClosedIsDropped() {
        finder.search("cafe");
        finder.close();
        till.scan(ShopCatalog.COFFEE);   // calls answer in order: once the scan's has come, so has the search's

        runUiUntil("the scan confirmed", () -> till.current().receipt() != null);
        assertThat(searched).containsExactly("cafe");
        assertThat(shown).extracting(ProductFinder.Results::status).containsExactly(ProductFinder.Status.SEARCHING);
    }

    private void runUiUntil(String what, BooleanSupplier condition) {
        ui.runUntil(what, condition, () -> "results: " + (finder == null ? null : finder.results()));
    }
}
