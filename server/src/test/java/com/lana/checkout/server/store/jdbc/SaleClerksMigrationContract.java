package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.SaleStoreContract;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database as the release of shifts left it (schema version 13), its sales recorded without a
 * clerk, opens migrated: the sales read back by no clerk, one whose till column was set at that
 * till, a till's sales are read by time, and a new sale keeps its clerk. Each database's test class
 * says only how to get a new, empty database.
 */
abstract class SaleClerksMigrationContract {

    private static final LocalDate DAY = SaleStoreContract.DAY;

    private String url;
    private List<Sale> written;

    /** The URL of a new, empty database of this kind, as {@code --store} takes it. */
    protected abstract String emptyDatabaseUrl() throws Exception;

    /** This kind's folder of migrations: {@code h2} or {@code postgresql}. */
    protected abstract String migrations();

    @BeforeEach
    void createDatabaseAsTheReleaseOfShiftsLeftIt() throws Exception {
        url = emptyDatabaseUrl();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/" + migrations())
                .javaMigrations(new SaleDocumentsToRows()).target("13").load().migrate();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setAutoCommit(false);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            new JdbcCatalogStore(new Transactions(pool)).publish(CatalogFile.defaults(), "a test catalog");
        }
        written = List.of(SalesBeforeClerks.sale(1, DAY.atTime(9, 1), "PEN", "TSHIRT"),
                SalesBeforeClerks.sale(2, DAY.atTime(9, 2), "MUG"));
        SalesBeforeClerks.write(url, written);
        try (Connection connection = DriverManager.getConnection(url)) {
            Sql.update(connection, "UPDATE sale SET till = ? WHERE number = ?", "T01", 2);
        }
    }

    @Test
    void salesReadBackByNoClerkAndAtTheTillTheirRowNamed() throws Exception {
        try (CheckoutStore store = CheckoutStores.open(url)) {
            assertThat(store.sales().sale(new SaleNumber(1))).isEqualTo(written.get(0));
            assertThat(store.sales().sale(new SaleNumber(2))).isEqualTo(written.get(1).madeAt("T01", null));
            assertThat(store.sales().sales(DAY)).allSatisfy(sale -> assertThat(sale.clerk()).isNull());
        }
    }

    @Test
    void aTillsSalesOfTheReleaseBeforeAreReadByTime() throws Exception {
        try (CheckoutStore store = CheckoutStores.open(url)) {
            assertThat(store.sales().takings("T01", DAY.atTime(9, 0), DAY.atTime(10, 0)).sales())
                    .extracting(Sale::number).containsExactly(new SaleNumber(2));
        }
    }

    @Test
    void aNewSaleKeepsItsTillAndClerk() throws Exception {
        try (CheckoutStore store = CheckoutStores.open(url)) {
            var basket = store.baskets().create(SaleStoreContract.NOW);
            store.baskets().change(basket, "PEN", 1, null, SaleStoreContract.NOW);
            Sale sale = store.baskets().completeSale(basket, OperationId.random(),
                    SaleStoreContract.sellAt(DAY.atTime(11, 0), "T01", "Ann"), SaleStoreContract.NOW);

            assertThat(sale.number()).isEqualTo(new SaleNumber(3));
            assertThat(store.sales().sale(sale.number()).clerk()).isEqualTo("Ann");
        }
    }
}
