package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.StoreUnavailableException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The connection pool of a {@link JdbcStore}: opened with timeouts that make a missing
 * database fail a call within seconds rather than hang it, and with the schema migrated.
 */
final class StoreDatabase {

    private static final Logger LOG = Logger.getLogger(StoreDatabase.class.getName());
    /**
     * The pool's and the migration tool's loggers, kept at WARNING: their start-up chatter is not
     * the operator's business. Held here because java.util.logging forgets the level of a logger
     * nobody references.
     */
    private static final List<Logger> QUIET_LIBRARIES = List.of(
            quiet("com.zaxxer.hikari", Level.WARNING),
            quiet("org.flywaydb", Level.WARNING),
            // Its one SEVERE line repeats, with a stack trace, the failure open() reports in one line.
            quiet("com.zaxxer.hikari.pool.HikariPool", Level.OFF));

    /** Connections per server; the database serves every server's pool. */
    static final int POOL_SIZE = 10;
    /** Longest wait for a pooled connection before a call fails as unavailable. */
    private static final long CONNECTION_TIMEOUT_MILLIS = 2_500;
    /** PostgreSQL: longest wait to connect, and for any answer, in seconds; under the client's 10 s call deadline. */
    private static final String CONNECT_TIMEOUT_SECONDS = "2";
    private static final String SOCKET_TIMEOUT_SECONDS = "6";
    /**
     * PostgreSQL: a transaction left open by a server that stopped answering (paused, cut off from
     * the network) is rolled back after this long, so that its basket's row lock does not stop the
     * other servers from serving that basket; and no change waits longer for a row lock.
     */
    private static final String SESSION_OPTIONS =
            "-c idle_in_transaction_session_timeout=5000 -c lock_timeout=5000";
    /**
     * H2: statements each session keeps parsed. H2's default, 8, is fewer than one basket change
     * uses with a batch's savepoints, so every change parsed most of its SQL again (a tenth of the
     * server's CPU in a JFR profile of adds at 8 threads).
     */
    static final int H2_QUERY_CACHE_SIZE = 64;
    /** H2: longest wait for another transaction's row lock, in milliseconds. */
    private static final int H2_LOCK_TIMEOUT_MILLIS = 5_000;

    private StoreDatabase() {
    }

    static HikariDataSource open(JdbcLocation location, String password) throws StoreUnavailableException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("basket-store");
        config.setJdbcUrl(location.kind() == JdbcLocation.Kind.H2 ? withQueryCache(location.url()) : location.url());
        if (password != null) {
            config.setPassword(password);
        }
        config.setAutoCommit(false);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setValidationTimeout(1_000);
        switch (location.kind()) {
            case POSTGRESQL -> {
                config.addDataSourceProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
                config.addDataSourceProperty("socketTimeout", SOCKET_TIMEOUT_SECONDS);
                config.addDataSourceProperty("tcpKeepAlive", "true");
                config.addDataSourceProperty("ApplicationName", "lana-checkout");
                config.addDataSourceProperty("options", SESSION_OPTIONS);
                // A batch of inserts goes as multi-row inserts: a catalog's 100,000 products in seconds.
                config.addDataSourceProperty("reWriteBatchedInserts", "true");
            }
            case H2 -> config.setConnectionInitSql("SET LOCK_TIMEOUT " + H2_LOCK_TIMEOUT_MILLIS);
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw cannotOpen(location, e);
        }
        try {
            migrate(pool, location);
            if (location.kind() == JdbcLocation.Kind.H2) {
                writeEachCommit(pool);
            }
            return pool;
        } catch (RuntimeException | SQLException e) {
            pool.close();
            throw cannotOpen(location, e);
        }
    }

    /** The H2 URL with {@link #H2_QUERY_CACHE_SIZE}, unless it sets a cache size of its own. */
    static String withQueryCache(String url) {
        return url.toUpperCase(Locale.ROOT).contains(";QUERY_CACHE_SIZE=")
                ? url
                : url + ";QUERY_CACHE_SIZE=" + H2_QUERY_CACHE_SIZE;
    }

    private static void migrate(HikariDataSource pool, JdbcLocation location) {
        MigrateResult result = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration/" + location.kind().migrations)
                .javaMigrations(new SaleDocumentsToRows())
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info(() -> "Basket store " + location.safeUrl() + ": schema migrated to version "
                    + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations)");
        }
    }

    /**
     * Makes H2 write every commit to its file before acknowledging it, so that a server killed
     * right after answering a change still has it. By default H2 writes commits up to half a second
     * later, and a killed process loses them.
     */
    private static void writeEachCommit(HikariDataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET WRITE_DELAY 0");
            connection.commit();
        }
    }

    private static StoreUnavailableException cannotOpen(JdbcLocation location, Exception e) {
        LOG.log(Level.FINE, "Cannot open the basket store " + location.safeUrl(), e);
        return new StoreUnavailableException("Cannot open the basket store " + location.safeUrl() + ": " + cause(e));
    }

    /** The root cause of a database failure in a few words, on one line, for an operator or a clerk. */
    static String cause(Throwable e) {
        Throwable root = e;
        SQLException deepestSql = e instanceof SQLException sql ? sql : null;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (root instanceof SQLException sql) {
                deepestSql = sql;
            }
        }
        if (root instanceof ConnectException) {
            return "connection refused";
        }
        if (root instanceof NoRouteToHostException) {
            return "no route to host";
        }
        if (root instanceof UnknownHostException) {
            return "unknown host " + root.getMessage();
        }
        if (root instanceof SocketTimeoutException) {
            return "no answer in time";
        }
        Throwable shown = deepestSql != null ? deepestSql : root;
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        message = message.lines().findFirst().orElse("").strip();
        return message.replaceFirst("^(FATAL|ERROR): ", "");
    }

    private static Logger quiet(String name, Level level) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(level);
        return logger;
    }
}
