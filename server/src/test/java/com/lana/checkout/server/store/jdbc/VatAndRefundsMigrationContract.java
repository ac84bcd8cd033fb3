package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.Barcode;
import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.PriceBarcode;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.Shop;
import com.lana.checkout.api.VatAmount;
import com.lana.checkout.api.VatRate;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.pricing.Pricing;
import com.lana.checkout.server.pricing.RefundRules;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A database as the release before VAT per sale line and refunds left it (schema version 10; 9 on H2), with
 * two catalog versions of several VAT rates and sales written as that release wrote them, opens
 * migrated: every sale reads back with each line's rate as its catalog version had it (a price
 * label's line at its product's), nothing returned, its day's report with the VAT per rate; and the
 * sales can be refunded. Each database's test class says only how to get a new, empty database.
 */
abstract class VatAndRefundsMigrationContract {

    private static final LocalDate DAY = SaleStoreContract.DAY;
    private static final VatRate FOUR = VatRate.of(4);
    private static final VatRate TEN = VatRate.of(10);
    private static final VatRate STANDARD = VatRate.STANDARD;
    /** Version 1: the built-in catalog, every product at 21%. */
    private static final Catalog FIRST = CatalogFile.defaults();
    /** Version 2: the mug at 10%, and apples at 4% sold by weight under price labels starting 2112345. */
    private static final Catalog SECOND = new Catalog(Stream.concat(
            FIRST.products().stream().map(product -> product.code().equals("MUG") ? withVat(product, TEN) : product),
            Stream.of(new Product("APPLES", "Apples", Money.parse("3.00€"), FOUR, List.of(), true))).toList(),
            FIRST.promotions(), FIRST.favourites(), List.of(new PriceBarcode("2112345", "APPLES", 5)));
    /** A label of apples priced 2.50€. */
    private static final String APPLES_LABEL = "211234500250" + Barcode.checkDigit("211234500250");
    /** How the release of schema version 10 recorded a sale's own row: its row values, the journal's, its catalog version, then its keys. */
    private static final String SALE_INSERT = "INSERT INTO sale (sold_on, sold_at, sold_at_nanos, basket_version, "
            + "gross, savings, total, card, cash, change_given, units, payment_kinds, catalog_version, number, "
            + "basket_high, basket_low, operation_high, operation_low) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private String url;
    private final List<Sale> written = new ArrayList<>();

    /** The URL of a new, empty database of this kind, as {@code --store} takes it. */
    protected abstract String emptyDatabaseUrl() throws Exception;

    /** This kind's folder of migrations: {@code h2} or {@code postgresql}. */
    protected abstract String migrations();

    /** This kind's schema version as the release before left it: its last migration before version 11. */
    protected abstract String releaseBeforeVersion();

    /**
     * Under version 1, two pens and a T-shirt (one pen free); under version 2, three T-shirts (25% off),
     * a mug and a pen by card, then two labels of apples and a mug; the next day, two mugs.
     */
    @BeforeEach
    void createDatabaseAsTheReleaseBeforeRefundsLeftIt() throws Exception {
        url = emptyDatabaseUrl();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/" + migrations())
                .javaMigrations(new SaleDocumentsToRows()).target(releaseBeforeVersion()).load().migrate();
        publishAsThatReleaseDid(FIRST, SECOND);
        writeSales(List.of(
                sale(1, DAY.atTime(9, 0), 1, lines("PEN", 2, "TSHIRT", 1), Payment.cash(Money.parse("30.00€"))),
                sale(2, DAY.atTime(10, 0), 2, lines("TSHIRT", 3, "MUG", 1, "PEN", 1),
                        Payment.card(Money.parse("57.50€"), "AUTH 2")),
                sale(3, DAY.atTime(11, 0), 2, lines(APPLES_LABEL, 2, "MUG", 1), Payment.cash(Money.parse("20.00€"))),
                sale(4, DAY.plusDays(1).atTime(9, 0), 2, lines("MUG", 2), Payment.cash(Money.parse("15.00€")))));
    }

    @Test
    void salesReadBackWithTheRateOfEachLineAndNothingReturned() throws Exception {
        try (CheckoutStore store = CheckoutStores.open(url)) {
            for (Sale sale : written) {
                assertThat(store.sales().sale(sale.number())).as("sale %s", sale.number()).isEqualTo(sale);
            }
            assertThat(store.sales().sales(DAY)).isEqualTo(written.subList(0, 3));
            assertThat(store.sales().sale(new SaleNumber(3)).receipt().lines())
                    .extracting(Receipt.Line::code, Receipt.Line::vat)
                    .containsExactly(tuple(APPLES_LABEL, FOUR), tuple("MUG", TEN));
            assertThat(store.sales().sales(DAY)).allSatisfy(sale -> assertThat(sale.returned()).isEmpty());
        }
    }

    /**
     * 21%: 25.00€ (4.34€ VAT) and 50.00€ (8.68€); 10%: two mugs of 7.50€, 0.68€ each; 4%: two labels
     * of 2.50€, 0.19€.
     */
    @Test
    void theDayReportHasTheVatOfEachRate() throws Exception {
        try (CheckoutStore store = CheckoutStores.open(url)) {
            DayReport report = store.sales().dayReport(DAY);

            assertThat(report).isEqualTo(DayReport.of(DAY, written.subList(0, 3)));
            assertThat(report.vat()).containsExactly(
                    new VatAmount(FOUR, Money.parse("5.00€"), Money.parse("0.19€")),
                    new VatAmount(TEN, Money.parse("15.00€"), Money.parse("1.36€")),
                    new VatAmount(STANDARD, Money.parse("75.00€"), Money.parse("13.02€")));
            assertThat(store.sales().dayReport(DAY.plusDays(1)).vat())
                    .containsExactly(new VatAmount(TEN, Money.parse("15.00€"), Money.parse("1.36€")));
        }
    }

    @Test
    void aSaleOfTheReleaseBeforeCanBeRefunded() throws Exception {
        try (CheckoutStore store = CheckoutStores.open(url)) {
            PriceList second = new PriceList(2, store.catalogs().catalog(2));
            LocalDateTime time = DAY.atTime(15, 0);

            Refund refund = store.sales().refund(new SaleNumber(3), OperationId.random(), (sale, earlier, number) ->
                    RefundRules.make(sale, earlier, List.of(ReturnedItem.of("MUG", 1)), RefundTo.ORIGINAL, second,
                            number, time, Shop.DEVELOPMENT));

            assertThat(refund.number()).hasToString("R-000001");
            assertThat(refund.amount()).hasToString("7.50€");
            assertThat(refund.vat()).containsExactly(VatAmount.of(TEN, Money.parse("7.50€")));
            assertThat(store.sales().sale(new SaleNumber(3)).returned()).containsExactly(ReturnedItem.of("MUG", 1));
            DayReport report = store.sales().dayReport(DAY);
            assertThat(report).isEqualTo(DayReport.of(DAY, store.sales().sales(DAY), List.of(refund)));
            assertThat(report.vat()).extracting(VatAmount::rate, amount -> amount.gross().toString())
                    .containsExactly(tuple(FOUR, "5.00€"), tuple(TEN, "7.50€"), tuple(STANDARD, "75.00€"));
        }
    }

    /** Publishes the catalogs as versions 1, 2... with the catalog store's own code, whose tables version 11 leaves as they were. */
    private void publishAsThatReleaseDid(Catalog... catalogs) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setAutoCommit(false);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            JdbcCatalogStore store = new JdbcCatalogStore(new Transactions(pool));
            for (Catalog catalog : catalogs) {
                store.publish(catalog, "a test catalog");
            }
        }
    }

    /** Records the sales as the release of schema version 10 did, with their day's totals, and sets the counter. */
    private void writeSales(List<Sale> sales) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            for (Sale sale : sales) {
                BasketId basket = sale.receipt().basket();
                OperationId operation = OperationId.random();
                List<Object> values = new ArrayList<>(Arrays.asList(JdbcSales.rowValues(sale)));
                values.addAll(List.of(sale.receipt().units(), JdbcJournal.paymentKinds(sale.payments()),
                        sale.catalogVersion(), sale.number().value(), basket.high(), basket.low(), operation.high(),
                        operation.low()));
                Sql.update(connection, SALE_INSERT, values.toArray());
                SaleDaysBeforeVat.add(connection, sale);
            }
            JdbcSales.insertParts(connection, sales, JdbcSales.LineColumns.BEFORE_VAT);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE sale_counter SET last_number = " + sales.size());
            }
            connection.commit();
        }
        written.addAll(sales);
    }

    /** Sale {@code number} of {@code lines} priced under catalog {@code version}, the change what is over. */
    private static Sale sale(long number, LocalDateTime time, long version, List<BasketLines.Line> lines,
                             Payment... payments) {
        PriceList prices = new PriceList(version, Map.of(1L, FIRST, 2L, SECOND).get(version));
        Receipt receipt = Pricing.receipt(prices, new BasketLines(BasketId.random(), lines.size(), lines, version));
        Money paid = Arrays.stream(payments).map(Payment::amount).reduce(Money.ZERO, Money::plus);
        return new Sale(new SaleNumber(number), time, receipt, List.of(payments), paid.minus(receipt.total()));
    }

    /** Lines from code, quantity pairs, in first-added order. */
    private static List<BasketLines.Line> lines(Object... codesAndQuantities) {
        List<BasketLines.Line> lines = new ArrayList<>();
        for (int i = 0; i < codesAndQuantities.length; i += 2) {
            lines.add(new BasketLines.Line((String) codesAndQuantities[i], (Integer) codesAndQuantities[i + 1]));
        }
        return lines;
    }

    private static Product withVat(Product product, VatRate vat) {
        return new Product(product.code(), product.name(), product.price(), vat, product.barcodes(), product.onSale());
    }
}
