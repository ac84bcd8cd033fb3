package com.lana.checkout.server.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;

import static com.lana.checkout.server.store.jdbc.Sql.prepare;

/**
 * The rows of one part table (a sale's lines, promotions or payments; a refund's lines, payments or
 * VAT) of several sales or refunds, read with one query in their owners' number order and handed
 * out owner by owner.
 */
final class PartRows<T> {

    /** What one row of a part's table is. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private long[] numbers = new long[64];
    private final List<T> values = new ArrayList<>();
    private int next;

    private PartRows() {
    }

    /**
     * Reads {@code sql}, its first column the owner's number and its rows in that number's order.
     *
     * @param owner names the owner of a row, for the message when a row cannot be read:
     *     {@code number -> "Sale " + new SaleNumber(number)}
     * @throws IllegalStateException naming the owner when {@code reader} cannot make a value of its row
     */
    static <T> PartRows<T> read(Connection connection, String sql, LongFunction<String> owner, RowReader<T> reader,
                                Object... parameters) throws SQLException {
        PartRows<T> parts = new PartRows<>();
        try (PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (parts.values.size() == parts.numbers.length) {
                    parts.numbers = Arrays.copyOf(parts.numbers, parts.numbers.length * 2);
                }
                parts.numbers[parts.values.size()] = rows.getLong(1);
                try {
                    parts.values.add(reader.read(rows));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(owner.apply(rows.getLong(1)) + " in the store cannot be read: "
                            + e.getMessage(), e);
                }
            }
        }
        return parts;
    }

    /** The rows of the owner numbered {@code number}; numbers are asked for in increasing order. */
    List<T> of(long number) {
        while (next < values.size() && numbers[next] < number) {
            next++;
        }
        int from = next;
        while (next < values.size() && numbers[next] == number) {
            next++;
        }
        return values.subList(from, next);
    }
}
