package com.lana.checkout.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline of {@code --day-report}: sales kept as the database store kept them before sales
 * were rows, one JSON document per sale (the server's former {@code SaleDocument} form, format 1),
 * in the bench's own table {@value #TABLE} indexed like the former {@code sale} table; the journal
 * and the day report read the day's documents and parse each one in Java, as the server did.
 */
final class SaleDocuments {

    static final String TABLE = "lana_bench_sale_document";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final String INSERT = "INSERT INTO " + TABLE + " (number, sold_on, document) VALUES (?, ?, ?)";
    private static final String BY_DAY = "SELECT number, document FROM " + TABLE + " WHERE sold_on = ? ORDER BY number";

    private SaleDocuments() {
    }

    /** Makes the bench's table anew, empty; {@code text} is the database's type for long text. */
    static void createTable(Connection connection, String text) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
            statement.execute("CREATE TABLE " + TABLE + " (number BIGINT NOT NULL PRIMARY KEY, "
                    + "sold_on DATE NOT NULL, document " + text + " NOT NULL)");
            statement.execute("CREATE INDEX " + TABLE + "_sold_on ON " + TABLE + " (sold_on, number)");
        }
    }

    static void dropTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
        }
    }

    /** Inserts the documents of {@code sales} in one batch. */
    static void insert(Connection connection, List<Sale> sales) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Sale sale : sales) {
                insert.setLong(1, sale.number().value());
                insert.setObject(2, sale.time().toLocalDate());
                insert.setString(3, write(sale));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The day's sales, each parsed from its document, in number order. */
    static List<Sale> sales(Connection connection, LocalDate day) throws SQLException {
        List<Sale> sales = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(BY_DAY)) {
            statement.setObject(1, day);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sales.add(read(new SaleNumber(rows.getLong(1)), rows.getString(2)));
                }
            }
        }
        return sales;
    }

    /** The day report as the server made it from documents. */
    static DayReport dayReport(Connection connection, LocalDate day) throws SQLException {
        return DayReport.of(day, sales(connection, day));
    }

    /** The journal as the server made it from documents. */
    static List<SaleSummary> journal(Connection connection, LocalDate day) throws SQLException {
        return sales(connection, day).stream().map(SaleSummary::of).toList();
    }

    record Document(int format, String time, ReceiptDocument receipt, List<PaymentDocument> payments, long change) {
    }

    record ReceiptDocument(String basket, long version, List<LineDocument> lines, List<DiscountDocument> discounts,
                           long total) {
    }

    record LineDocument(String code, String name, int quantity, long unitPrice, long amount) {
    }

    record DiscountDocument(String product, String description, long saved) {
    }

    record PaymentDocument(Payment.Kind kind, long amount, @JsonInclude(JsonInclude.Include.NON_NULL) String reference) {
    }

    static String write(Sale sale) {
        Receipt receipt = sale.receipt();
        ReceiptDocument receiptDocument = new ReceiptDocument(receipt.basket().toString(), receipt.version(),
                receipt.lines().stream().map(line -> new LineDocument(line.code(), line.name(), line.quantity(),
                        line.unitPrice().cents(), line.amount().cents())).toList(),
                receipt.discounts().stream().map(discount -> new DiscountDocument(discount.productCode(),
                        discount.description(), discount.saved().cents())).toList(),
                receipt.total().cents());
        List<PaymentDocument> payments = sale.payments().stream().map(payment -> new PaymentDocument(payment.kind(),
                payment.amount().cents(), payment instanceof Payment.Card card ? card.reference() : null)).toList();
        try {
            return JSON.writeValueAsString(new Document(1, sale.time().toString(), receiptDocument, payments,
                    sale.change().cents()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Sale " + sale.number() + " cannot be written as JSON", e);
        }
    }

    static Sale read(SaleNumber number, String json) {
        Document document;
        try {
            document = JSON.readValue(json, Document.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Sale " + number + " cannot be read: " + e.getMessage(), e);
        }
        ReceiptDocument receipt = document.receipt();
        Receipt sold = new Receipt(BasketId.parse(receipt.basket()), receipt.version(),
                receipt.lines().stream().map(line -> new Receipt.Line(line.code(), line.name(), line.quantity(),
                        Money.ofMinor(line.unitPrice()), Money.ofMinor(line.amount()))).toList(),
                receipt.discounts().stream().map(discount -> new Receipt.Discount(discount.product(),
                        discount.description(), Money.ofMinor(discount.saved()))).toList(),
                Money.ofMinor(receipt.total()));
        List<Payment> paid = document.payments().stream().map(payment -> switch (payment.kind()) {
            case CASH -> Payment.cash(Money.ofMinor(payment.amount()));
            case CARD -> Payment.card(Money.ofMinor(payment.amount()), payment.reference());
        }).toList();
        return new Sale(number, LocalDateTime.parse(document.time()), sold, paid, Money.ofMinor(document.change()));
    }
}
