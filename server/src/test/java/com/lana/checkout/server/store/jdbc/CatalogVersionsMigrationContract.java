package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.pricing.Pricing;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.CatalogStoreContract;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.SaleStoreContract;
import com.lana.checkout.server.store.StaleCatalogException;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A database as the release before catalog versions left it (schema version 8), with open baskets
 * and sales written as that release wrote them, opens migrated: its baskets and sales are carried
 * across as they were, on catalog version 1, which is the first catalog a server publishes after
 * the upgrade. Each database's test class says only how to get a new, empty database.
 */
abstract class CatalogVersionsMigrationContract {

    private static final long NOW = SaleStoreContract.NOW;
    private static final LocalDate DAY = SaleStoreContract.DAY;
    private static final PriceList PRICES = PriceList.of(CatalogFile.defaults());
    /** How the release of schema version 8 opened a basket, and added a line to it. */
    private static final String BASKET_INSERT = "INSERT INTO basket (id_high, id_low, state, version, last_used_millis) "
            + "VALUES (?, ?, 'OPEN', ?, ?)";
    private static final String LINE_INSERT = "INSERT INTO basket_line (basket_high, basket_low, product, position, "
            + "quantity) VALUES (?, ?, ?, ?, ?)";
    /** How the release of schema version 8 recorded a sale's own row: its row values, the journal's, then its keys. */
    private static final String SALE_INSERT = "INSERT INTO sale (sold_on, sold_at, sold_at_nanos, basket_version, "
            + "gross, savings, total, card, cash, change_given, units, payment_kinds, number, basket_high, basket_low, "
            + "operation_high, operation_low) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private String url;
    private final BasketId openBasket = BasketId.random();
    private final BasketLines openLines = new BasketLines(openBasket, 3,
            List.of(new BasketLines.Line("PEN", 2), new BasketLines.Line("MUG", 1)));
    private final List<Sale> written = new ArrayList<>();

    /** The URL of a new, empty database of this kind, as {@code --store} takes it. */
    protected abstract String emptyDatabaseUrl() throws Exception;

    /** This kind's folder of migrations: {@code h2} or {@code postgresql}. */
    protected abstract String migrations();

    @BeforeEach
    void createDatabaseAsTheReleaseBeforeCatalogVersionsLeftIt() throws Exception {
        url = emptyDatabaseUrl();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/" + migrations())
                .javaMigrations(new SaleDocumentsToRows()).target("8").load().migrate();
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            writeBasket(connection);
            writeSales(connection, List.of(
                    sale(1, List.of(new BasketLines.Line("PEN", 2), new BasketLines.Line("TSHIRT", 1)),
                            Payment.cash(Money.parse("30.00€"))),
                    sale(2, List.of(new BasketLines.Line("TSHIRT", 3), new BasketLines.Line("MUG", 1)),
                            Payment.card(Money.parse("20.00€"), "AUTH 1"), Payment.cash(Money.parse("50.00€")))));
            connection.commit();
        }
    }

    @Test
    void anOpenBasketIsCarriedAcrossOnCatalogVersionOne() throws Exception {
        try (CheckoutStore store = CheckoutStores.open(url)) {
            BasketLines read = store.baskets().read(openBasket, NOW);

            assertThat(read).isEqualTo(openLines);
            assertThat(read.catalogVersion()).isEqualTo(1);
        }
    }

    @Test
    void salesAreCarriedAcrossOnCatalogVersionOneAndReportAsBefore() throws Exception {
        try (CheckoutStore store = CheckoutStores.open(url)) {
            assertThat(store.sales().sale(new SaleNumber(1))).isEqualTo(written.get(0));
            assertThat(store.sales().sales(DAY)).isEqualTo(written).extracting(Sale::catalogVersion).containsOnly(1L);
            assertThat(store.sales().dayReport(DAY)).isEqualTo(DayReport.of(DAY, written));
        }
    }

    @Test
    void theFirstCatalogPublishedAfterTheUpgradeIsVersionOneWhichPricesTheOldBasketToItsSale() throws Exception {
        try (CheckoutStore store = CheckoutStores.open(url)) {
            assertThat(store.catalogs().currentVersion()).isZero();
            assertThat(store.catalogs().publish(CatalogFile.defaults(), "the built-in catalog")).isEqualTo(1);

            BasketLines changed = store.baskets().change(openBasket, "MUG", 1, OperationId.random(), 1, NOW);
            Sale sale = store.baskets().completeSale(openBasket, OperationId.random(), sell(), NOW);

            assertThat(changed.catalogVersion()).isEqualTo(1);
            assertThat(sale.number()).isEqualTo(new SaleNumber(written.size() + 1));
            assertThat(sale.catalogVersion()).isEqualTo(1);
            assertThat(sale.total()).isEqualTo(Money.parse("20.00€"));
            assertThat(store.sales().sale(sale.number())).isEqualTo(sale);
        }
    }

    @Test
    void aChangeWorkedOutInALaterVersionIsRefusedForAnOldBasket() throws Exception {
        try (CheckoutStore store = CheckoutStores.open(url)) {
            store.catalogs().publish(CatalogFile.defaults(), "the built-in catalog");
            store.catalogs().publish(CatalogFile.defaults().withProducts(CatalogFile.defaults().products()), "again");

            assertThatExceptionOfType(StaleCatalogException.class)
                    .isThrownBy(() -> store.baskets().change(openBasket, "MUG", 1, null, 2, NOW))
                    .satisfies(e -> assertThat(e.basketCatalogVersion()).isEqualTo(1));
            assertThat(store.baskets().read(openBasket, NOW)).isEqualTo(openLines);
        }
    }

    /** Sells the lines at version 1's prices. */
    private static BasketStore.SaleMaker sell() {
        return CatalogStoreContract.sell(Map.of(1L, PRICES));
    }

    /** Opens {@link #openBasket} as that release did: PEN first, MUG last, after three changes. */
    private void writeBasket(Connection connection) throws SQLException {
        Sql.update(connection, BASKET_INSERT, openBasket.high(), openBasket.low(), openLines.version(), NOW);
        Sql.update(connection, LINE_INSERT, openBasket.high(), openBasket.low(), "PEN", 1, 2);
        Sql.update(connection, LINE_INSERT, openBasket.high(), openBasket.low(), "MUG", 3, 1);
    }

    /** Records the sales as the release of schema version 8 did, with their day's totals, and sets the counter. */
    private void writeSales(Connection connection, List<Sale> sales) throws SQLException {
        for (Sale sale : sales) {
            BasketId basket = sale.receipt().basket();
            OperationId operation = OperationId.random();
            List<Object> values = new ArrayList<>(Arrays.asList(JdbcSales.rowValues(sale)));
            values.addAll(List.of(sale.receipt().units(), JdbcJournal.paymentKinds(sale.payments()),
                    sale.number().value(), basket.high(), basket.low(), operation.high(), operation.low()));
            Sql.update(connection, SALE_INSERT, values.toArray());
            SaleDaysBeforeVat.add(connection, sale);
        }
        JdbcSales.insertParts(connection, sales, JdbcSales.LineColumns.BEFORE_VAT);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE sale_counter SET last_number = " + sales.size());
        }
        written.addAll(sales);
    }

    /** Sale {@code number} of {@code lines} at noon, priced as that release priced them, the change what is over. */
    private static Sale sale(long number, List<BasketLines.Line> lines, Payment... payments) {
        var receipt = Pricing.receipt(PRICES, new BasketLines(BasketId.random(), lines.size(), lines));
        Money paid = Arrays.stream(payments).map(Payment::amount).reduce(Money.ZERO, Money::plus);
        return new Sale(new SaleNumber(number), SaleStoreContract.NOON, receipt, List.of(payments),
                paid.minus(receipt.total()));
    }
}
