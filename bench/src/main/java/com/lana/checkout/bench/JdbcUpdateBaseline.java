package com.lana.checkout.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * {@code jdbc-update}: a database's own cost for a durable write, measured as {@code ping} measures
 * RMI's. Each client thread has its own connection (autocommit on) and its own row of the bench's
 * table {@value #TABLE}, and one call is {@code UPDATE ... SET n = n + 1 WHERE slot = ?}, committed
 * as durably as the store commits: PostgreSQL with its defaults (each commit waits for its WAL
 * flush); H2 with {@code SET WRITE_DELAY 0}, as the server sets it (each commit written to the file
 * before it is acknowledged; H2's default writes up to half a second later). Afterwards every row
 * must hold exactly its thread's successful updates.
 *
 * <p>The table is the bench's own: made if missing, emptied before each run, dropped by
 * {@link #dropTable}. Nothing else in the database is touched.
 */
final class JdbcUpdateBaseline {

    static final String SCENARIO = "jdbc-update";
    static final String TABLE = "lana_bench_jdbc_update";

    /** The environment variable the server reads a database store's password from. */
    static final String PASSWORD_VARIABLE = "LANA_STORE_PASSWORD";

    private JdbcUpdateBaseline() {
    }

    /** Measures {@code threads} connections updating their own row of {@value #TABLE} in the database at {@code url}. */
    static RunResult run(BenchStore store, String url, int threads, Duration warmup, Duration duration)
            throws Runner.RunFailedException, InterruptedException {
        String what = SCENARIO + " on " + store.kind() + " at " + threads + " thread(s)";
        List<Updater> updaters = new ArrayList<>();
        try (Connection admin = connect(url)) {
            try (Statement statement = admin.createStatement()) {
                if (store.kind().equals(BenchStore.H2)) {
                    statement.execute("SET WRITE_DELAY 0"); // for the whole database, as the server sets it
                }
                statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (slot INT PRIMARY KEY, n BIGINT NOT NULL)");
                statement.executeUpdate("DELETE FROM " + TABLE);
            }
            try (PreparedStatement insert = admin.prepareStatement("INSERT INTO " + TABLE + " (slot, n) VALUES (?, 0)")) {
                for (int thread = 0; thread < threads; thread++) {
                    insert.setInt(1, thread);
                    insert.executeUpdate();
                }
            }
            try {
                for (int thread = 0; thread < threads; thread++) {
                    updaters.add(new Updater(connect(url), thread));
                }
                RunResult result = Runner.time(SCENARIO, updaters, warmup, duration).on(store.kind());
                verify(admin, updaters, what);
                return result;
            } finally {
                for (Updater updater : updaters) {
                    updater.close();
                }
            }
        } catch (SQLException e) {
            throw new Runner.RunFailedException(what + " failed: " + e.getMessage() + " (at "
                    + store.safeUrl() + ")", e);
        }
    }

    /** Drops the bench's own table; the database keeps nothing of the baseline. */
    static void dropTable(String url) throws SQLException {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
        }
    }

    /** A connection as the server makes one: the URL, and the password from {@value #PASSWORD_VARIABLE} when set. */
    static Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        Connection connection = DriverManager.getConnection(url, properties);
        connection.setAutoCommit(true);
        return connection;
    }

    private static void verify(Connection admin, List<Updater> updaters, String what)
            throws SQLException, Runner.RunFailedException {
        try (Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery("SELECT slot, n FROM " + TABLE + " ORDER BY slot")) {
            int seen = 0;
            while (rows.next()) {
                Updater updater = updaters.get(rows.getInt(1));
                long held = rows.getLong(2);
                if (held != updater.updates) {
                    throw new Runner.RunFailedException(String.format("%s failed its check: row %d holds %d, but %d "
                            + "updates were committed: %s", what, updater.thread, held, updater.updates,
                            held < updater.updates ? "LOST UPDATES" : "PHANTOM UPDATES"), null);
                }
                seen++;
            }
            if (seen != updaters.size()) {
                throw new Runner.RunFailedException(what + " failed its check: " + seen + " rows for "
                        + updaters.size() + " threads", null);
            }
        }
    }

    /** One client thread: its connection, its row, its committed updates. */
    private static final class Updater implements Scenario.Worker, AutoCloseable {
        final Connection connection;
        final PreparedStatement update;
        final int thread;
        /** Read by the check only after the thread has been joined. */
        long updates;

        Updater(Connection connection, int thread) throws SQLException {
            this.connection = connection;
            this.thread = thread;
            this.update = connection.prepareStatement("UPDATE " + TABLE + " SET n = n + 1 WHERE slot = ?");
            update.setInt(1, thread);
        }

        @Override
        public void call() throws SQLException {
            int rows = update.executeUpdate();
            if (rows != 1) {
                throw new SQLException("The update of row " + thread + " of " + TABLE + " changed " + rows + " rows");
            }
            updates++;
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                // the run is over; the database drops the session
            }
        }
    }
}
