package com.lana.checkout.server.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server for tests, started from the binaries on the test class path in about a
 * second (also as root), on a free loopback port, with a trusted {@code postgres} role.
 */
final class TestPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private TestPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A new server on a fresh data folder, deleted when it stops. */
    static TestPostgres start() throws IOException {
        return new TestPostgres(builder().start());
    }

    /** A server on {@code port} keeping its data in {@code dataDirectory}, so it can be stopped and started again on it. */
    static TestPostgres start(int port, Path dataDirectory) throws IOException {
        return new TestPostgres(builder().setPort(port).setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).start());
    }

    private static EmbeddedPostgres.Builder builder() {
        // Commits are acknowledged before their WAL reaches the disk: these tests stop the server
        // cleanly (which flushes it), and they run faster.
        return EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "off");
    }

    int port() {
        return postgres.getPort();
    }

    /** The store URL of this server's {@code postgres} database. */
    String storeUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/postgres?user=postgres";
    }

    /** Creates a new, empty database {@code name} on this server; answers its store URL. */
    String newDatabase(String name) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + name + "?user=postgres";
    }

    /** Deletes every basket, so that the next store opened on this server starts empty. */
    void deleteAllBaskets() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE basket, basket_line, basket_operation");
        }
    }

    /**
     * Deletes every sale and refund and starts numbering both again at 1, so that the next store
     * opened on this server has none.
     */
    void deleteAllSales() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE sale, sale_line, sale_discount, sale_payment, sale_day, sale_day_vat, "
                    + "refund, refund_line, refund_payment, refund_vat, refund_day, refund_day_vat");
            statement.execute("UPDATE sale_counter SET last_number = 0");
            statement.execute("UPDATE refund_counter SET last_number = 0");
        }
    }

    /** Deletes every audit entry, shift and Z report, so that the next store opened on this server has none. */
    void deleteAllShifts() throws SQLException {
        execute("TRUNCATE audit_entry, z_report_vat, z_report, shift_cash, shift, till_counter");
    }

    /** Runs {@code sql} on this server's {@code postgres} database, as one statement of its own. */
    void execute(String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Deletes every clerk, so that the next store opened on this server has none. */
    void deleteAllClerks() throws SQLException {
        execute("TRUNCATE clerk");
    }

    /** How many sessions on this server's {@code postgres} database are waiting for another's lock now. */
    int sessionsWaitingForALock() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM pg_stat_activity "
                     + "WHERE wait_event_type = 'Lock' AND datname = 'postgres'")) {
            row.next();
            return row.getInt(1);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
