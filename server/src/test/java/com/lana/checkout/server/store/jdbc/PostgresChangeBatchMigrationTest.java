package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Sale;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.SaleStoreContract;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PostgreSQL database as the release before the batch change function left it (schema version
 * 14), its baskets written through that release's change path, opens migrated: its baskets take
 * changes alone and in a batch, answer their lines, and are paid.
 */
class PostgresChangeBatchMigrationTest {

    private static final long NOW = SaleStoreContract.NOW;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TestPostgres postgres;

    private String url;
    private BasketId pens;
    private BasketId mugs;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = TestPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void createBasketsAsTheReleaseBeforeLeftThem() throws Exception {
        url = postgres.newDatabase("change_batch_migration_" + DATABASES.incrementAndGet());
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/postgresql")
                .javaMigrations(new SaleDocumentsToRows()).target("14").load().migrate();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setAutoCommit(false);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            Transactions transactions = new Transactions(pool);
            new JdbcCatalogStore(transactions).publish(CatalogFile.defaults(), "a test catalog");
            // A change on its own goes through basket_change, as every change of that release did.
            JdbcBasketStore before = new JdbcBasketStore(transactions, true);
            pens = before.create(NOW);
            before.change(pens, "PEN", 2, OperationId.random(), NOW);
            mugs = before.create(NOW);
            before.change(mugs, "MUG", 1, null, NOW);
            before.change(mugs, "PEN", 1, OperationId.random(), NOW);
        }
    }

    @Test
    void aBasketOfTheReleaseBeforeTakesAChangeAndIsPaid() throws Exception {
        try (CheckoutStore store = CheckoutStores.open(url)) {
            BasketStore baskets = store.baskets();
            assertThat(baskets.change(pens, "TSHIRT", 1, OperationId.random(), NOW).lines()).containsExactly(
                    new BasketLines.Line("PEN", 2), new BasketLines.Line("TSHIRT", 1));

            Sale sale = baskets.completeSale(pens, OperationId.random(), SaleStoreContract.sellAt(SaleStoreContract.NOON),
                    NOW);

            assertThat(sale.receipt().total()).as("2 pens (one free) and a T-shirt").isEqualTo(Money.parse("25.00€"));
            assertThat(store.sales().sale(sale.number())).isEqualTo(sale);
        }
    }

    @Test
    void basketsOfTheReleaseBeforeTakeABatchOfChangesEachAnsweredAlone() throws Exception {
        try (HikariDataSource pool = StoreDatabase.open(JdbcLocation.parse(url), null)) {
            ChangeBatch batch = new ChangeBatch(new Transactions(pool), true);
            OperationId repeated = OperationId.random();

            List<GroupCommit.Outcome<BasketLines>> outcomes = batch.write(List.of(
                    change(mugs, "MUG", 2, repeated),
                    change(pens, "PEN", -3, OperationId.random()),
                    change(BasketId.random(), "MUG", 1, null),
                    change(mugs, "MUG", 2, repeated),
                    change(pens, "MUG", 1, null)));

            assertThat(outcomes.get(0).result().lines())
                    .containsExactly(new BasketLines.Line("MUG", 3), new BasketLines.Line("PEN", 1));
            assertThat(outcomes.get(0).result().version()).isEqualTo(3);
            assertThat(outcomes.get(1).failure()).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("has only 2 PEN to remove, not 3");
            assertThat(outcomes.get(2).failure()).isInstanceOf(BasketNotFoundException.class);
            assertThat(outcomes.get(3).result()).as("a retry, applied once").isEqualTo(outcomes.get(0).result());
            assertThat(outcomes.get(4).result().lines())
                    .containsExactly(new BasketLines.Line("PEN", 2), new BasketLines.Line("MUG", 1));
            JdbcBasketStore after = new JdbcBasketStore(new Transactions(pool), true);
            assertThat(after.read(pens, NOW).version()).as("the refused change left no trace").isEqualTo(2);
        }
    }

    private static ChangeBatch.Change change(BasketId basket, String product, int delta, OperationId operation) {
        return new ChangeBatch.Change(basket, product, delta, operation, BasketStore.ANY_CATALOG, NOW);
    }
}
