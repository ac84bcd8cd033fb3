package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static com.lana.checkout.server.store.jdbc.Sql.prepare;

/**
 * A day's journal from the {@link JdbcSales} tables, one step of a transaction the store runs: one
 * read of the day's {@code sale} rows, in number order, of only what a journal line shows (number,
 * time, units, total, payment kinds, change). No line, promotion or payment row is read, and no
 * whole sale built.
 *
 * <p>A sale's row holds its payments' kinds (column {@code payment_kinds}, see
 * {@code V7__sale_journal_columns.sql}) as their names in the order taken, separated by a space:
 * {@link #paymentKinds} writes it, and the few distinct values are read back as shared lists.
 */
final class JdbcJournal {

    private static final String SALES = "SELECT number, sold_at, sold_at_nanos, units, total, payment_kinds, "
            + "change_given FROM sale WHERE sold_on = ? ORDER BY number";
    private static final String SEPARATOR = " ";

    /** The kinds read so far, by their column's value: a handful of values (CASH, CARD, CARD CASH...). */
    private static final Map<String, List<Payment.Kind>> KINDS = new ConcurrentHashMap<>();

    private JdbcJournal() {
    }

    /** The {@code payment_kinds} value of a sale paid with {@code payments}. */
    static String paymentKinds(List<Payment> payments) {
        return payments.stream().map(payment -> payment.kind().name()).collect(Collectors.joining(SEPARATOR));
    }

    /** The journal of {@code day}: a summary of each of its sales, in number order. */
    static List<SaleSummary> of(Connection connection, LocalDate day) throws SQLException {
        List<SaleSummary> journal = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, SALES, day);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                SaleNumber number = new SaleNumber(rows.getLong(1));
                try {
                    journal.add(new SaleSummary(number, rows.getObject(2, LocalDateTime.class).plusNanos(rows.getInt(3)),
                            rows.getLong(4), Money.ofMinor(rows.getLong(5)), kinds(rows.getString(6)),
                            Money.ofMinor(rows.getLong(7))));
                } catch (RuntimeException e) {
                    throw new IllegalStateException("Sale " + number + " in the store cannot be read: "
                            + e.getMessage(), e);
                }
            }
        }
        return journal;
    }

    /** @throws IllegalArgumentException naming the value when it is not kinds of payment */
    private static List<Payment.Kind> kinds(String column) {
        List<Payment.Kind> kinds = KINDS.get(column);
        if (kinds == null) {
            try {
                kinds = Arrays.stream(column.split(SEPARATOR, -1)).map(Payment.Kind::valueOf).toList();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("payment kinds must be CASH or CARD separated by a space, were '"
                        + column + "'", e);
            }
            if (KINDS.size() < 64) {
                KINDS.put(column, kinds);
            }
        }
        return kinds;
    }
}
