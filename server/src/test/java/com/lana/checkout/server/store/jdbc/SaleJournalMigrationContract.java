package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.server.pricing.Pricing;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.SaleStoreContract;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database of sale rows as the release before the journal columns and the day totals left it
 * (schema version 6) opens migrated, and every day's journal and day report read as that release
 * showed them: its journal was {@link SaleSummary#of} of each whole sale, its day report
 * {@link DayReport#of} the day's sales. The sales are written as that release wrote them, by
 * today's {@link JdbcSales#rowValues} and {@link JdbcSales#insertParts} (to the lines' columns of
 * then). Each database's test class says only how to get a new, empty database.
 */
abstract class SaleJournalMigrationContract {

    static final LocalDate DAY = LocalDate.of(2025, 1, 6);

    private static final PriceList PRICES = PriceList.of(CatalogFile.defaults());
    /** How the release of schema version 6 recorded a sale's own row: its row values, then its keys. */
    private static final String ROW_INSERT = "INSERT INTO sale (sold_on, sold_at, sold_at_nanos, basket_version, "
            + "gross, savings, total, card, cash, change_given, number, basket_high, basket_low, operation_high, "
            + "operation_low) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Sales written on the busy day, more than a page of anything. */
    private static final int BUSY_DAY_SALES = 1_500;

    private String url;
    private final List<Sale> written = new ArrayList<>();

    /** The URL of a new, empty database of this kind, as {@code --store} takes it. */
    protected abstract String emptyDatabaseUrl() throws Exception;

    /** This kind's folder of migrations: {@code h2} or {@code postgresql}. */
    protected abstract String migrations();

    @BeforeEach
    void createDatabaseAsTheReleaseOfSaleRowsLeftIt() throws Exception {
        url = emptyDatabaseUrl();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/" + migrations())
                .javaMigrations(new SaleDocumentsToRows()).target("6").load().migrate();
        writeAsRows(sales());
    }

    /**
     * The day before; then the day: cash with change, a card, splits taken card first and cash
     * first, a card without reference, a sale without lines, many units of one product; one of
     * the next day; then, the clock having gone back, more of the day; then a busy day after.
     */
    private static List<Sale> sales() {
        List<Sale> sales = new ArrayList<>();
        add(sales, DAY.minusDays(1).atTime(19, 59), lines("PEN", 1), Payment.cash(Money.parse("10.00€")));
        add(sales, DAY.atStartOfDay(), lines("PEN", 1, "TSHIRT", 1, "MUG", 1), Payment.cash(Money.parse("50.00€")));
        add(sales, DAY.atTime(10, 2), lines("PEN", 2, "TSHIRT", 1), Payment.card(Money.parse("25.00€"), "AUTH 4242"));
        add(sales, DAY.atTime(11, 45, 30), lines("TSHIRT", 4, "PEN", 1),
                Payment.card(Money.parse("40.00€"), "A1B2C3"), Payment.cash(Money.parse("30.00€")));
        add(sales, DAY.atTime(12, 0, 0, 1), lines("MUG", 2),
                Payment.cash(Money.parse("5.00€")), Payment.card(Money.parse("10.00€"), ""));
        add(sales, DAY.atTime(13, 30), lines(), Payment.cash(Money.parse("1.00€")));
        add(sales, DAY.atTime(17, 59, 59, 123_456_789), lines("PEN", 3, "TSHIRT", 3, "MUG", 1),
                Payment.card(Money.parse("5.00€"), "Réf №7 ✓"), Payment.cash(Money.parse("70.00€")));
        add(sales, DAY.plusDays(1).atTime(8, 0), lines("PEN", 2), Payment.cash(Money.parse("5.00€")));
        add(sales, DAY.plusDays(1).atStartOfDay().minusNanos(1), lines("MUG", 9_999),
                Payment.card(Money.parse("74992.50€"), "BIG"));
        for (int i = 0; i < BUSY_DAY_SALES; i++) {
            Payment[] payments = switch (i % 3) {
                case 0 -> new Payment[] {Payment.cash(Money.parse("100.00€"))};
                case 1 -> new Payment[] {Payment.card(Money.parse("50.00€"), "AUTH " + i),
                        Payment.cash(Money.parse("50.00€"))};
                default -> new Payment[] {Payment.cash(Money.parse("20.00€")), Payment.card(Money.parse("80.00€"), "")};
            };
            add(sales, DAY.plusDays(2).atTime(8, 0).plusSeconds(17L * i), lines("PEN", 1 + i % 4, "MUG", i % 2),
                    payments);
        }
        return sales;
    }

    @Test
    void everyDaysJournalReadsAsItDidBefore() throws Exception {
        try (CheckoutStore store = CheckoutStores.open(url)) {
            for (LocalDate day = DAY.minusDays(2); !day.isAfter(DAY.plusDays(3)); day = day.plusDays(1)) {
                assertThat(store.sales().journal(day)).as("journal of %s", day)
                        .isEqualTo(salesOf(day).stream().map(SaleSummary::of).toList());
            }
            assertThat(store.sales().journal(DAY)).extracting(SaleSummary::kinds).contains(
                    List.of(Payment.Kind.CARD, Payment.Kind.CASH), List.of(Payment.Kind.CASH, Payment.Kind.CARD));
        }
    }

    @Test
    void everyDaysReportReadsAsItDidBeforeToTheLetter() throws Exception {
        try (CheckoutStore store = CheckoutStores.open(url)) {
            for (LocalDate day = DAY.minusDays(2); !day.isAfter(DAY.plusDays(3)); day = day.plusDays(1)) {
                DayReport before = DayReport.of(day, salesOf(day));
                DayReport after = store.sales().dayReport(day);
                assertThat(after).as("report of %s", day).isEqualTo(before);
                assertThat(after).as("report of %s", day).hasToString(before.toString());
            }
            assertThat(store.sales().dayReport(DAY).sales()).as("sales of the day, one after the next day's").isEqualTo(7);
        }
    }

    @Test
    void aSaleRecordedAfterTheMigrationAddsToItsDaysReportAndJournal() throws Exception {
        try (CheckoutStore store = CheckoutStores.open(url)) {
            BasketId basket = store.baskets().create(SaleStoreContract.NOW);
            store.baskets().change(basket, "TSHIRT", 2, null, SaleStoreContract.NOW);
            Sale sale = store.baskets().completeSale(basket, OperationId.random(),
                    SaleStoreContract.sellAt(DAY.atTime(19, 0)), SaleStoreContract.NOW);

            List<Sale> day = new ArrayList<>(salesOf(DAY));
            day.add(sale);
            assertThat(sale.number().value()).isEqualTo(written.size() + 1);
            assertThat(store.sales().dayReport(DAY)).isEqualTo(DayReport.of(DAY, day));
            assertThat(store.sales().journal(DAY)).isEqualTo(day.stream().map(SaleSummary::of).toList());
        }
    }

    /** The written sales of {@code day}, in number order. */
    private List<Sale> salesOf(LocalDate day) {
        return written.stream().filter(sale -> sale.time().toLocalDate().equals(day)).toList();
    }

    /** Records the sales as the release of schema version 6 did, in one transaction, and sets the counter. */
    private void writeAsRows(List<Sale> sales) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(ROW_INSERT)) {
                for (Sale sale : sales) {
                    BasketId basket = sale.receipt().basket();
                    OperationId operation = OperationId.random();
                    List<Object> values = new ArrayList<>(Arrays.asList(JdbcSales.rowValues(sale)));
                    values.addAll(List.of(sale.number().value(), basket.high(), basket.low(), operation.high(),
                            operation.low()));
                    for (int i = 0; i < values.size(); i++) {
                        insert.setObject(i + 1, values.get(i));
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            JdbcSales.insertParts(connection, sales, JdbcSales.LineColumns.BEFORE_VAT);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE sale_counter SET last_number = " + sales.size());
            }
            connection.commit();
        }
        written.addAll(sales);
    }

    /** Adds the next sale: {@code lines} priced as today's server prices them, paid so, the change what is over. */
    private static void add(List<Sale> sales, LocalDateTime time, List<BasketLines.Line> lines, Payment... payments) {
        var receipt = Pricing.receipt(PRICES, new BasketLines(BasketId.random(), 1 + lines.size(), lines));
        Money paid = Arrays.stream(payments).map(Payment::amount).reduce(Money.ZERO, Money::plus);
        sales.add(new Sale(new SaleNumber(sales.size() + 1), time, receipt, List.of(payments),
                paid.minus(receipt.total())));
    }

    /** Lines from code, quantity pairs, in first-added order; a quantity of 0 adds no line. */
    private static List<BasketLines.Line> lines(Object... codesAndQuantities) {
        List<BasketLines.Line> lines = new ArrayList<>();
        for (int i = 0; i < codesAndQuantities.length; i += 2) {
            if ((Integer) codesAndQuantities[i + 1] > 0) {
                lines.add(new BasketLines.Line((String) codesAndQuantities[i], (Integer) codesAndQuantities[i + 1]));
            }
        }
        return lines;
    }
}
