package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.shift.ShiftNumber;
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
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database as the release before shifts left it (schema version 11), with sales recorded as that
 * release recorded them, opens migrated: the sales read back unchanged, at no till, and tills can open shifts.
 * Each database's test class says only how to get a new, empty database.
 */
abstract class ShiftsMigrationContract {

    private static final LocalDate DAY = SaleStoreContract.DAY;

    private String url;
    private final List<Sale> written = new ArrayList<>();

    /** The URL of a new, empty database of this kind, as {@code --store} takes it. */
    protected abstract String emptyDatabaseUrl() throws Exception;

    /** This kind's folder of migrations: {@code h2} or {@code postgresql}. */
    protected abstract String migrations();

    @BeforeEach
    void createDatabaseAsTheReleaseBeforeShiftsLeftIt() throws Exception {
        url = emptyDatabaseUrl();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/" + migrations())
                .javaMigrations(new SaleDocumentsToRows()).target("11").load().migrate();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setAutoCommit(false);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            new JdbcCatalogStore(new Transactions(pool)).publish(CatalogFile.defaults(), "a test catalog");
        }
        written.add(SalesBeforeClerks.sale(1, DAY.atTime(9, 1), "PEN", "TSHIRT"));
        written.add(SalesBeforeClerks.sale(2, DAY.atTime(9, 2), "MUG"));
        SalesBeforeClerks.write(url, written);
    }

    @Test
    void salesReadBackUnchangedAtNoTill() throws Exception {
        try (CheckoutStore store = CheckoutStores.open(url)) {
            assertThat(store.sales().sales(DAY)).isEqualTo(written);
        }
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*), COUNT(till) FROM sale")) {
            row.next();
            assertThat(row.getInt(1)).as("sales").isEqualTo(2);
            assertThat(row.getInt(2)).as("sales at a till").isZero();
        }
    }

    @Test
    void aTillOpensItsFirstShiftAfterTheMigration() throws Exception {
        try (CheckoutStore store = CheckoutStores.open(url)) {
            assertThat(store.shifts().open("T01", "Anna", Money.ZERO, DAY.atTime(18, 0)).number())
                    .isEqualTo(new ShiftNumber("T01", 1));
            assertThat(store.audit().day(DAY)).isEmpty();
        }
    }

}
