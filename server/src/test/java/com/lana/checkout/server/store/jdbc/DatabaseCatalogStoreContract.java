package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.server.store.CatalogStore;
import com.lana.checkout.server.store.CatalogStoreContract;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalog contract for a store in a database, and what only a database adds: versions outlive
 * the store, and every store on the database shares them, numbered without a clash however many
 * publish at once. Each database's test class says only where a new, empty database is.
 */
abstract class DatabaseCatalogStoreContract extends CatalogStoreContract {

    private static final int PUBLISHERS = 4;
    private static final int PUBLISHES_EACH = 3;

    /** The URL of a new, empty database, as {@code --store} takes it; the same URL again within one test. */
    protected abstract String url() throws Exception;

    @Override
    protected CheckoutStore openEmptyStore() throws Exception {
        return CheckoutStores.open(url());
    }

    /**
     * Makes the database refuse to write product {@code code}, so that a publish holding it fails at
     * that product's row, after the version's first rows were written, until the answer is closed:
     * a check constraint on the product rows. (A memory store's publish is one append under a lock,
     * with no half way to fail at.)
     */
    private AutoCloseable refusingProduct(String code) throws Exception {
        execute("ALTER TABLE catalog_product ADD CONSTRAINT test_refused_product CHECK (code <> '" + code + "')");
        return () -> execute("ALTER TABLE catalog_product DROP CONSTRAINT test_refused_product");
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void aPublishThatFailsHalfWayLeavesTheVersionInForceAndTakesNoNumber() throws Exception {
        catalogs.publish(FIRST, "first.json");
        Catalog broken = new Catalog(List.of(product("PEN", "6.00"), product("BROKEN", "1.00"), product("MUG", "7.50")),
                List.of());

        try (AutoCloseable refusing = refusingProduct("BROKEN")) {
            assertThatThrownBy(() -> catalogs.publish(broken, "broken.json")).isInstanceOf(Exception.class);
        }

        assertThat(catalogs.currentVersion()).isEqualTo(1);
        assertThat(catalogs.catalog(1)).isEqualTo(FIRST);
        assertThatIllegalArgumentException().isThrownBy(() -> catalogs.catalog(2));
        assertThat(baskets.read(baskets.create(NOW), NOW).catalogVersion()).isEqualTo(1);
        assertThat(catalogs.publish(SECOND, "second.json")).isEqualTo(2);
        assertThat(catalogs.catalog(2)).isEqualTo(SECOND);
    }

    @Test
    void versionsAndTheBasketsVersionOutliveTheStore() throws Exception {
        catalogs.publish(FIRST, "first.json");
        BasketId basket = baskets.create(NOW);
        catalogs.publish(SECOND, "second.json");
        checkoutStore.close();

        use(CheckoutStores.open(url()));

        assertThat(catalogs.currentVersion()).isEqualTo(2);
        assertThat(catalogs.catalog(1)).isEqualTo(FIRST);
        assertThat(catalogs.catalog(2)).isEqualTo(SECOND);
        assertThat(baskets.read(basket, NOW).catalogVersion()).isEqualTo(1);
    }

    @Test
    void aVersionPublishedThroughOneStoreIsCurrentForEveryStoreOnTheDatabase() throws Exception {
        try (CheckoutStore other = CheckoutStores.open(url())) {
            catalogs.publish(FIRST, "first.json");
            catalogs.publish(SECOND, "second.json");

            assertThat(other.catalogs().currentVersion()).isEqualTo(2);
            assertThat(other.catalogs().catalog(2)).isEqualTo(SECOND);
            assertThat(other.baskets().read(other.baskets().create(NOW), NOW).catalogVersion()).isEqualTo(2);
        }
    }

    /** Publishers on two stores at once: every version number is taken once, and each holds what its publisher published. */
    @Test
    void publishersOnTwoStoresAtOnceNeverClash() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PUBLISHERS);
        try (CheckoutStore other = CheckoutStores.open(url())) {
            CyclicBarrier start = new CyclicBarrier(PUBLISHERS);
            List<Future<List<long[]>>> futures = new ArrayList<>();
            for (int p = 0; p < PUBLISHERS; p++) {
                CatalogStore publisher = p % 2 == 0 ? catalogs : other.catalogs();
                int which = p;
                futures.add(pool.submit((Callable<List<long[]>>) () -> {
                    start.await();
                    List<long[]> published = new ArrayList<>();
                    for (int i = 0; i < PUBLISHES_EACH; i++) {
                        published.add(new long[] {publisher.publish(catalogOf(which), "publisher " + which), which});
                    }
                    return published;
                }));
            }
            List<long[]> published = new ArrayList<>();
            for (Future<List<long[]>> future : futures) {
                published.addAll(future.get(120, TimeUnit.SECONDS));
            }

            assertThat(published).extracting(pair -> pair[0]).containsExactlyInAnyOrderElementsOf(
                    LongStream.rangeClosed(1, PUBLISHERS * PUBLISHES_EACH).boxed().toList());
            for (long[] pair : published) {
                assertThat(other.catalogs().catalog(pair[0])).as("version %d", pair[0]).isEqualTo(catalogOf((int) pair[1]));
            }
            assertThat(catalogs.currentVersion()).isEqualTo(PUBLISHERS * PUBLISHES_EACH);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The catalog publisher {@code which} publishes: PEN at a price of its own. */
    private static Catalog catalogOf(int which) {
        return catalog((5 + which) + ".00");
    }
}
