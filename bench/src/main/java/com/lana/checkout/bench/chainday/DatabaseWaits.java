package com.lana.checkout.bench.chainday;

import com.lana.checkout.server.store.kinds.CheckoutStores;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * What the servers' PostgreSQL sessions wait on, sampled from {@code pg_stat_activity} every
 * {@value #EVERY_MILLIS} ms on a thread of its own while a step is measured: of the sessions the
 * servers' pools opened (application name {@value #APPLICATION}), how many are busy (in a statement
 * or a transaction), waiting for a row lock, or waiting for the WAL to be written or flushed.
 */
final class DatabaseWaits implements AutoCloseable {

    static final String APPLICATION = "lana-checkout";
    private static final long EVERY_MILLIS = 50;
    private static final String QUERY = "select"
            + " count(*) filter (where state <> 'idle'),"
            + " count(*) filter (where wait_event_type = 'Lock'),"
            + " count(*) filter (where wait_event in ('WALWrite', 'WALSync', 'WALInsert', 'WALBufMapping')),"
            + " count(*) filter (where state = 'active')"
            + " from pg_stat_activity where application_name = '" + APPLICATION + "'";

    /**
     * Totals over the samples taken.
     *
     * @param samples how many times the sessions were looked at
     * @param busySessions sessions in a statement or transaction, summed over the samples
     * @param lockWaits sessions waiting on a lock, summed
     * @param walWaits sessions waiting on writing or flushing the WAL, summed
     * @param poolFull samples in which every pooled connection was busy
     */
    record Totals(long samples, long busySessions, long lockWaits, long walWaits, long poolFull) {

        static final Totals NONE = new Totals(0, 0, 0, 0, 0);
    }

    private final Connection connection;
    private final int pooledConnections;
    private final Thread sampler;
    private volatile boolean running = true;
    private long samples;
    private long busy;
    private long locks;
    private long wal;
    private long full;

    /**
     * Starts sampling {@code url}.
     *
     * @param pooledConnections every server's pool together: when that many are busy, a call waits for one
     */
    DatabaseWaits(String url, int pooledConnections) throws SQLException {
        Properties properties = new Properties();
        String password = System.getenv(CheckoutStores.PASSWORD_VARIABLE);
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "lana-bench-chain-day");
        this.connection = DriverManager.getConnection(url, properties);
        this.pooledConnections = pooledConnections;
        this.sampler = new Thread(this::sample, "database-waits");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        try (Statement statement = connection.createStatement()) {
            while (running) {
                try (ResultSet row = statement.executeQuery(QUERY)) {
                    row.next();
                    synchronized (this) {
                        samples++;
                        busy += row.getLong(1);
                        locks += row.getLong(2);
                        wal += row.getLong(3);
                        if (row.getLong(1) >= pooledConnections) {
                            full++;
                        }
                    }
                }
                Thread.sleep(EVERY_MILLIS);
            }
        } catch (SQLException | InterruptedException e) {
            // sampling ends; what was sampled so far stands
        }
    }

    synchronized Totals totals() {
        return new Totals(samples, busy, locks, wal, full);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join(2_000);
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a sampling connection: nothing to do about it
        }
    }
}
