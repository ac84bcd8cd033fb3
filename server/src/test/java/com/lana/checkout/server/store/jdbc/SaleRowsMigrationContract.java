package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.pricing.Pricing;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.SaleStoreContract;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A database written by the release that kept each sale as one JSON document (schema version 3)
 * opens as a store of sale rows, and every sale reads back as it was: the same receipt text byte for
 * byte, an equal {@link Sale}, the same journal and day report, its basket still paid. Each
 * database's test class says only how to get a new, empty database.
 */
abstract class SaleRowsMigrationContract {

    /** The day of the README's four reference baskets. */
    static final LocalDate DAY = LocalDate.of(2025, 1, 6);

    private static final PriceList PRICES = PriceList.of(CatalogFile.defaults());
    /** How the release before rows recorded a sale (JdbcSales.INSERT of schema version 3). */
    private static final String DOCUMENT_INSERT = "INSERT INTO sale (number, sold_on, sold_at, basket_high, "
            + "basket_low, operation_high, operation_low, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private String url;
    /** The sales written as documents, with the operation that completed each. */
    private final Map<Sale, OperationId> written = new LinkedHashMap<>();

    /** The URL of a new, empty database of this kind, as {@code --store} takes it. */
    protected abstract String emptyDatabaseUrl() throws Exception;

    /** This kind's folder of migrations: {@code h2} or {@code postgresql}. */
    protected abstract String migrations();

    @BeforeEach
    void createDatabaseAsTheDocumentReleaseLeftIt() throws Exception {
        url = emptyDatabaseUrl();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/" + migrations())
                .target("3").load().migrate();
    }

    /**
     * The README's four reference baskets (cash with change, an exact card payment, a split over a
     * card and cash, both promotions), then a card without reference at the day's last nanosecond,
     * a card reference outside ASCII, and a sale of the next day: sales 1 to 7.
     */
    private List<Sale> referenceSales() {
        return List.of(
                sale(1, DAY.atTime(9, 30, 5), lines("PEN", 1, "TSHIRT", 1, "MUG", 1), 3,
                        List.of(Payment.cash(Money.parse("50.00€")))),
                sale(2, DAY.atTime(10, 2), lines("PEN", 2, "TSHIRT", 1), 3,
                        List.of(Payment.card(Money.parse("25.00€"), "AUTH 4242"))),
                sale(3, DAY.atTime(11, 45, 30), lines("TSHIRT", 4, "PEN", 1), 3,
                        List.of(Payment.card(Money.parse("40.00€"), "A1B2C3"), Payment.cash(Money.parse("30.00€")))),
                sale(4, DAY.atTime(17, 59, 59), lines("PEN", 3, "TSHIRT", 3, "MUG", 1), 7,
                        List.of(Payment.cash(Money.parse("70.00€")))),
                sale(5, DAY.atTime(18, 20, 1, 123_456_789), lines("MUG", 2), 2,
                        List.of(Payment.card(Money.parse("10.00€"), ""), Payment.cash(Money.parse("5.00€")))),
                sale(6, DAY.plusDays(1).atStartOfDay().minusNanos(1), lines("TSHIRT", 3), 1,
                        List.of(Payment.card(Money.parse("45.00€"), "Réf №7 ✓"))),
                sale(7, DAY.plusDays(1).atTime(8, 0), lines("PEN", 2), 2,
                        List.of(Payment.cash(Money.parse("5.00€")))));
    }

    @Test
    void everySaleReadsBackWithTheSameReceiptTextByteForByte() throws Exception {
        List<Sale> sales = referenceSales();
        writeAsDocuments(sales);
        Map<SaleNumber, String> receipts = new LinkedHashMap<>();
        sales.forEach(sale -> receipts.put(sale.number(), sale.toString()));

        try (CheckoutStore store = CheckoutStores.open(url)) {
            for (Map.Entry<SaleNumber, String> receipt : receipts.entrySet()) {
                String read = store.sales().sale(receipt.getKey()).toString();
                assertThat(read).as("receipt of %s", receipt.getKey()).isEqualTo(receipt.getValue());
                assertThat(read.getBytes(StandardCharsets.UTF_8))
                        .isEqualTo(receipt.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void everySaleReadsBackEqualAndEachDayInNumberOrder() throws Exception {
        List<Sale> sales = referenceSales();
        writeAsDocuments(sales);

        try (CheckoutStore store = CheckoutStores.open(url)) {
            for (Sale sale : sales) {
                assertThat(store.sales().sale(sale.number())).isEqualTo(sale);
            }
            assertThat(store.sales().sales(DAY)).containsExactlyElementsOf(sales.subList(0, 6));
            assertThat(store.sales().sales(DAY.plusDays(1))).containsExactly(sales.get(6));
        }
    }

    @Test
    void theDayReportIsTheOneTheDocumentsMade() throws Exception {
        List<Sale> sales = referenceSales();
        writeAsDocuments(sales);
        DayReport before = DayReport.of(DAY, sales.subList(0, 6));

        try (CheckoutStore store = CheckoutStores.open(url)) {
            assertThat(store.sales().dayReport(DAY)).isEqualTo(before);
            assertThat(store.sales().dayReport(DAY)).hasToString(before.toString());
        }
    }

    @Test
    void aPaidBasketStaysPaidAndNumberingGoesOn() throws Exception {
        List<Sale> sales = referenceSales();
        writeAsDocuments(sales);
        Sale paid = sales.get(2);

        try (CheckoutStore store = CheckoutStores.open(url)) {
            assertThat(store.baskets().completeSale(paid.receipt().basket(), written.get(paid), SaleStoreContract.refuse(),
                    SaleStoreContract.NOW)).as("a retry of its completion").isEqualTo(paid);
            BasketId next = store.baskets().create(SaleStoreContract.NOW);
            store.baskets().change(next, "PEN", 1, null, SaleStoreContract.NOW);
            assertThat(store.baskets().completeSale(next, OperationId.random(), SaleStoreContract.sellAt(DAY.atTime(19, 0)),
                    SaleStoreContract.NOW).number()).hasToString("S-000008");
        }
    }

    @Test
    void theDocumentsAreGoneOnceMoved() throws Exception {
        writeAsDocuments(referenceSales());

        CheckoutStores.open(url).close();

        assertThat(saleColumns()).noneMatch(column -> column.equalsIgnoreCase("document"))
                .anyMatch(column -> column.equalsIgnoreCase("change_given"));
    }

    /** More sales than the migration moves at a time, in varied shapes, all read back equal. */
    @Test
    void aBusyDayMovesInBatchesAndEverySaleReadsBackEqual() throws Exception {
        List<Sale> sales = new ArrayList<>();
        int count = SaleDocumentsToRows.BATCH * 2 + 345;
        for (int n = 1; n <= count; n++) {
            Sale shape = referenceSales().get(n % 6);
            sales.add(sale(n, DAY.atTime(8, 0).plusNanos(n * 1_234_567_891L), shape,
                    n % 3 == 0 ? List.of(Payment.card(shape.total(), "AUTH " + n)) : shape.payments()));
        }
        writeAsDocuments(sales);

        try (CheckoutStore store = CheckoutStores.open(url)) {
            assertThat(store.sales().sales(DAY)).containsExactlyElementsOf(sales);
            assertThat(store.sales().dayReport(DAY)).isEqualTo(DayReport.of(DAY, sales));
            assertThat(store.sales().journal(DAY)).isEqualTo(sales.stream().map(SaleSummary::of).toList());
        }
    }

    @Test
    void aDocumentThatCannotBeReadStopsTheStoreOpeningAndStaysAsItWas() throws Exception {
        List<Sale> sales = referenceSales();
        writeAsDocuments(sales);
        String unreadable = SaleDocument.write(sales.get(2)).replace("\"format\":1", "\"format\":2");
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement("UPDATE sale SET document = ? WHERE number = 3")) {
            statement.setString(1, unreadable);
            statement.executeUpdate();
        }

        assertThatExceptionOfType(StoreUnavailableException.class).isThrownBy(() -> CheckoutStores.open(url))
                .withMessageContaining("Sale S-000003 in the store cannot be read: unknown format 2");

        assertThat(documents()).hasSize(sales.size()).containsEntry(3L, unreadable)
                .containsEntry(1L, SaleDocument.write(sales.get(0)));
    }

    /** Records the sales as the release before rows did: one row each with its document, and the counter. */
    private void writeAsDocuments(List<Sale> sales) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement insert = connection.prepareStatement(DOCUMENT_INSERT)) {
            connection.setAutoCommit(false);
            for (Sale sale : sales) {
                OperationId operation = OperationId.random();
                written.put(sale, operation);
                BasketId basket = sale.receipt().basket();
                Object[] values = {sale.number().value(), sale.time().toLocalDate(), sale.time(), basket.high(),
                        basket.low(), operation.high(), operation.low(), SaleDocument.write(sale)};
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE sale_counter SET last_number = " + sales.size());
            }
            connection.commit();
        }
    }

    private List<String> saleColumns() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM sale")) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
            return columns;
        }
    }

    private Map<Long, String> documents() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT number, document FROM sale ORDER BY number")) {
            Map<Long, String> documents = new LinkedHashMap<>();
            while (rows.next()) {
                documents.put(rows.getLong(1), rows.getString(2));
            }
            return documents;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** The sale numbered {@code number} of {@code lines} priced as today's server prices them, with a fresh basket. */
    private static Sale sale(long number, LocalDateTime time, BasketLines lines, List<Payment> payments) {
        var receipt = Pricing.receipt(PRICES, lines);
        Money paid = payments.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
        return new Sale(new SaleNumber(number), time, receipt, payments, paid.minus(receipt.total()));
    }

    private static Sale sale(long number, LocalDateTime time, List<BasketLines.Line> lines, long version,
                             List<Payment> payments) {
        return sale(number, time, new BasketLines(BasketId.random(), version, lines), payments);
    }

    /** Another sale of {@code shape}'s lines, with a basket of its own. */
    private static Sale sale(long number, LocalDateTime time, Sale shape, List<Payment> payments) {
        List<BasketLines.Line> lines = shape.receipt().lines().stream()
                .map(line -> new BasketLines.Line(line.code(), line.quantity())).toList();
        return sale(number, time, new BasketLines(BasketId.random(), shape.receipt().version(), lines), payments);
    }

    /** Lines from code, quantity pairs, in first-added order. */
    private static List<BasketLines.Line> lines(Object... codesAndQuantities) {
        List<BasketLines.Line> lines = new ArrayList<>();
        for (int i = 0; i < codesAndQuantities.length; i += 2) {
            lines.add(new BasketLines.Line((String) codesAndQuantities[i], (Integer) codesAndQuantities[i + 1]));
        }
        return lines;
    }
}
