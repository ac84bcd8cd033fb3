package com.lana.checkout.server.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Running one statement with its parameters on a transaction's connection: what every table's class shares. */
final class Sql {

    private Sql() {
    }

    /** Runs an insert, update or delete; answers how many rows it touched. */
    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** Whether the query finds a row. */
    static boolean exists(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            return rows.next();
        }
    }

    /**
     * {@code value} as a parameter of a nullable column of {@code sqlType} ({@link java.sql.Types}): when
     * it is null, a null of that type, which PostgreSQL needs where a plain null would be taken as text.
     */
    static Object nullable(Object value, int sqlType) {
        return value == null ? new TypedNull(sqlType) : value;
    }

    /** A null parameter of a given SQL type. */
    private record TypedNull(int sqlType) {
    }

    /** The statement with its parameters set, which the caller closes. */
    static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof TypedNull typed) {
                    statement.setNull(i + 1, typed.sqlType());
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /** Adds a row of {@code values} (null as SQL NULL) to the statement's batch. */
    static void addBatch(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
        statement.addBatch();
    }

    /**
     * Takes the write lock of the rows {@code touch} (an UPDATE that changes nothing, such as {@code
     * UPDATE sale_counter SET last_number = last_number WHERE id = 1}) selects, until the transaction
     * ends. Counters are locked this way before they are read, not by the read itself: H2 can answer
     * a {@code SELECT … FOR UPDATE} that waited for another transaction's lock with the row as it was
     * before that transaction committed, and two sales then took one number. A statement run after
     * the lock is taken reads the last committed row on H2 and PostgreSQL alike.
     */
    static void lockRows(Connection connection, String touch) throws SQLException {
        update(connection, touch);
    }

    /**
     * Takes the next number of a gap-free series: {@code increment} (an UPDATE adding one to the
     * counter's row) takes the row's write lock and has the database add one to the last committed
     * number, then {@code read} reads it back — this transaction's own write, which every statement
     * of it sees whatever committed meanwhile. A transaction rolled back gives its number back. A
     * number read first and written later could be one another transaction had just taken: H2 has
     * answered a read that waited for the lock with the row as it was before.
     *
     * @param what the series, for the message when its counter row is missing
     */
    static long takeNext(Connection connection, String increment, String read, String what) throws SQLException {
        if (update(connection, increment) != 1) {
            throw new SQLException("The " + what + " counter row is missing");
        }
        try (PreparedStatement statement = connection.prepareStatement(read);
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("The " + what + " counter row is missing");
            }
            return row.getLong(1);
        }
    }
}
