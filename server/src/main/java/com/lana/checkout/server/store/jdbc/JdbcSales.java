package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.store.BasketStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.lana.checkout.server.store.jdbc.Sql.prepare;
import static com.lana.checkout.server.store.jdbc.Sql.update;

/**
 * The sale tables of a {@link JdbcBasketStore} (see {@code V3__sales.sql}): each method is one
 * step of a transaction the store runs, on the connection it is given.
 *
 * <p>A sale row is kept for good, and is also its basket's tombstone: it says the basket was paid,
 * as which sale and under which operation, long after the basket's own row was purged.
 */
final class JdbcSales {

    private static final String LOCK_COUNTER = "SELECT last_number FROM sale_counter WHERE id = 1 FOR UPDATE";
    private static final String SET_COUNTER = "UPDATE sale_counter SET last_number = ? WHERE id = 1";
    private static final String INSERT = "INSERT INTO sale (number, sold_on, sold_at, basket_high, basket_low, "
            + "operation_high, operation_low, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String BY_NUMBER = "SELECT document FROM sale WHERE number = ?";
    private static final String BY_DAY = "SELECT number, document FROM sale WHERE sold_on = ? ORDER BY number";
    private static final String BY_BASKET = "SELECT number FROM sale WHERE basket_high = ? AND basket_low = ?";
    private static final String BY_COMPLETION = "SELECT number, document FROM sale "
            + "WHERE basket_high = ? AND basket_low = ? AND operation_high = ? AND operation_low = ?";

    private JdbcSales() {
    }

    /**
     * Makes and records the sale of {@code lines}, whose basket row the caller has locked: takes the
     * counter's row lock, so that sales on every server are numbered one at a time, and holds it
     * until the transaction ends, so that a sale refused or rolled back leaves its number to the
     * next one.
     *
     * @throws CheckoutException what {@code maker} throws to refuse the sale; the caller rolls back
     */
    static Sale record(Connection connection, BasketLines lines, OperationId operation, BasketStore.SaleMaker maker)
            throws SQLException, CheckoutException {
        long last;
        try (PreparedStatement statement = connection.prepareStatement(LOCK_COUNTER);
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("The sale counter row is missing");
            }
            last = row.getLong(1);
        }
        SaleNumber number = new SaleNumber(last + 1);
        Sale sale = maker.make(lines, number);
        if (sale == null || !sale.number().equals(number)) {
            throw new IllegalStateException("The sale of basket " + lines.basket() + " must have number " + number
                    + ", was " + (sale == null ? "no sale" : sale.number()));
        }
        BasketId basket = lines.basket();
        update(connection, SET_COUNTER, number.value());
        update(connection, INSERT, number.value(), sale.time().toLocalDate(), sale.time(), basket.high(), basket.low(),
                operation.high(), operation.low(), SaleDocument.write(sale));
        return sale;
    }

    /** The number of the sale {@code basket} was paid as, or null when it was not paid. */
    static SaleNumber paidAs(Connection connection, BasketId basket) throws SQLException {
        try (PreparedStatement statement = prepare(connection, BY_BASKET, basket.high(), basket.low());
             ResultSet row = statement.executeQuery()) {
            return row.next() ? new SaleNumber(row.getLong(1)) : null;
        }
    }

    /** The sale {@code basket} was paid as under {@code operation}, or null when it was not. */
    static Sale completedBy(Connection connection, BasketId basket, OperationId operation) throws SQLException {
        try (PreparedStatement statement = prepare(connection, BY_COMPLETION, basket.high(), basket.low(),
                operation.high(), operation.low());
             ResultSet row = statement.executeQuery()) {
            return row.next() ? SaleDocument.read(new SaleNumber(row.getLong(1)), row.getString(2)) : null;
        }
    }

    /** The sale numbered {@code number}, or null when there is none. */
    static Sale byNumber(Connection connection, SaleNumber number) throws SQLException {
        try (PreparedStatement statement = prepare(connection, BY_NUMBER, number.value());
             ResultSet row = statement.executeQuery()) {
            return row.next() ? SaleDocument.read(number, row.getString(1)) : null;
        }
    }

    /** The sales of {@code day}, in number order. */
    static List<Sale> byDay(Connection connection, LocalDate day) throws SQLException {
        List<Sale> sales = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, BY_DAY, day);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                sales.add(SaleDocument.read(new SaleNumber(rows.getLong(1)), rows.getString(2)));
            }
        }
        return sales;
    }
}
