package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.store.CatalogStore;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two servers on one real PostgreSQL, as a shop with two tills' servers runs them, and a catalog
 * imported into the database while they serve: both serve the new prices within seconds, without
 * a restart, and a basket keeps the prices of the version it was opened under to its sale,
 * whichever server it is continued and paid on.
 */
@Timeout(120)
class SharedCatalogTest {

    /** What the issue promises: every server serves an imported version within this. */
    private static final Duration SERVED_WITHIN = Duration.ofSeconds(5);
    private static final Money OLD_PEN = Money.parse("5.00€");
    private static final Money NEW_PEN = Money.parse("6.00€");

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @TempDir
    Path dir;

    private String store;
    private CheckoutServer first;
    private CheckoutServer second;
    private CheckoutService atFirst;
    private CheckoutService atSecond;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    /** Two servers on a new database, serving the built-in catalog (version 1), which the first one publishes. */
    @BeforeEach
    void startTwoServersOnANewDatabase() throws Exception {
        String database = "shared_catalog_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        store = postgres.getJdbcUrl("postgres", database);
        first = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()).withCatalog(null)
                .withStore(store));
        second = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()).withCatalog(null)
                .withStore(store));
        atFirst = Checkout.connect("127.0.0.1", first.port());
        atSecond = Checkout.connect("127.0.0.1", second.port());
    }

    @AfterEach
    void stopServers() {
        first.close();
        second.close();
    }

    @Test
    void anImportIsServedByBothServersWithinSeconds() throws Exception {
        assertThat(atFirst.product("PEN").price()).isEqualTo(OLD_PEN);
        assertThat(atSecond.product("PEN").price()).isEqualTo(OLD_PEN);

        long imported = importNewPrices();

        long firstServes = awaitPenPrice(atFirst, NEW_PEN);
        long secondServes = awaitPenPrice(atSecond, NEW_PEN);
        assertThat(Duration.ofNanos(firstServes - imported)).as("until the first server serves it")
                .isLessThan(SERVED_WITHIN);
        assertThat(Duration.ofNanos(secondServes - imported)).as("until the second server serves it")
                .isLessThan(SERVED_WITHIN);
        assertThat(first.catalogInForce().version()).isEqualTo(2);
        assertThat(second.catalogInForce().version()).isEqualTo(2);
    }

    /**
     * Baskets opened before the import, one on each server, take more pens after it (one continued
     * on the other server) and are paid at the old prices; baskets opened after it, on each server,
     * at the new ones.
     */
    @Test
    void aBasketKeepsThePricesOfItsVersionToItsSaleOnBothServers() throws Exception {
        BasketId oldAtFirst = atFirst.createBasket();
        BasketId oldAtSecond = atSecond.createBasket();
        atFirst.addProduct(oldAtFirst, "PEN");
        atSecond.addProduct(oldAtSecond, "MUG");

        importNewPrices();
        awaitPenPrice(atFirst, NEW_PEN);
        awaitPenPrice(atSecond, NEW_PEN);
        BasketId newAtFirst = atFirst.createBasket();
        BasketId newAtSecond = atSecond.createBasket();
        atSecond.addProduct(oldAtFirst, "PEN", 2, OperationId.random());
        atSecond.addProduct(oldAtSecond, "PEN", 3, OperationId.random());
        atFirst.addProduct(newAtFirst, "PEN", 3, OperationId.random());
        atSecond.addProduct(newAtSecond, "PEN", 3, OperationId.random());

        assertThat(atFirst.total(oldAtFirst)).as("3 pens, 2-for-1, at 5.00€").isEqualTo(Money.parse("10.00€"));
        assertThat(atSecond.total(oldAtSecond)).as("a mug and 3 pens at 5.00€").isEqualTo(Money.parse("17.50€"));
        Sale oldSale = pay(atFirst, oldAtFirst);
        Sale otherOldSale = pay(atFirst, oldAtSecond);
        Sale newSale = pay(atFirst, newAtFirst);
        Sale otherNewSale = pay(atSecond, newAtSecond);

        assertThat(oldSale.total()).isEqualTo(Money.parse("10.00€"));
        assertThat(otherOldSale.total()).isEqualTo(Money.parse("17.50€"));
        assertThat(newSale.total()).as("3 pens, 2-for-1, at 6.00€").isEqualTo(Money.parse("12.00€"));
        assertThat(otherNewSale.total()).isEqualTo(Money.parse("12.00€"));
        assertThat(List.of(oldSale, otherOldSale)).extracting(Sale::catalogVersion).containsOnly(1L);
        assertThat(List.of(newSale, otherNewSale)).extracting(Sale::catalogVersion).containsOnly(2L);
        assertThat(penLine(oldSale.receipt()).unitPrice()).isEqualTo(OLD_PEN);
        assertThat(penLine(otherOldSale.receipt()).unitPrice()).isEqualTo(OLD_PEN);
        assertThat(penLine(newSale.receipt()).unitPrice()).isEqualTo(NEW_PEN);
        assertThat(atSecond.sale(oldSale.number())).as("the old sale as the other server reads it").isEqualTo(oldSale);
    }

    /**
     * Imports the built-in catalog with PEN at 6.00€ as {@code catalog import} does, through a store
     * of its own on the database: the file over the store's current catalog, published as the next
     * version. Answers when it was published.
     */
    private long importNewPrices() throws Exception {
        Catalog defaults = CatalogFile.defaults();
        Catalog newPrices = defaults.withProducts(defaults.products().stream()
                .map(product -> product.code().equals("PEN") ? product.withPrice(NEW_PEN) : product).toList());
        Path file = dir.resolve("new-prices.json");
        CatalogFile.write(newPrices, file);
        try (CheckoutStore importer = CheckoutStores.open(store)) {
            CatalogStore catalogs = importer.catalogs();
            Catalog inForce = catalogs.catalog(catalogs.currentVersion());
            assertThat(catalogs.publish(CatalogFile.update(file).over(inForce), file.toString())).isEqualTo(2);
        }
        return System.nanoTime();
    }

    /** Asks the server for PEN until it costs {@code price}; answers when it first did. */
    private static long awaitPenPrice(CheckoutService checkout, Money price) throws Exception {
        long deadline = System.nanoTime() + SERVED_WITHIN.multipliedBy(4).toNanos();
        while (true) {
            Product pen = checkout.product("PEN");
            long now = System.nanoTime();
            if (pen.price().equals(price)) {
                return now;
            }
            if (now > deadline) {
                throw new AssertionError("PEN still costs " + pen.price() + ", not " + price);
            }
            Thread.sleep(20);
        }
    }

    private static Sale pay(CheckoutService checkout, BasketId basket) throws Exception {
        Money total = checkout.total(basket);
        return checkout.completeSale(basket, total, List.of(Payment.cash(total)), OperationId.random());
    }

    private static Receipt.Line penLine(Receipt receipt) {
        return receipt.lines().stream().filter(line -> line.code().equals("PEN")).findFirst().orElseThrow();
    }
}
