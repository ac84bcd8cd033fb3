package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.StoreUnavailableException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs units of work as database transactions: commit when the work returns, roll back when it
 * throws, try again a few times when the database gave up on the transaction to break a deadlock
 * or a serialization conflict, and turn every other database failure into
 * {@link StoreUnavailableException}. Thread-safe.
 */
final class Transactions {

    private static final Logger LOG = Logger.getLogger(Transactions.class.getName());
    /** Attempts of one transaction the database aborted to resolve a conflict. */
    private static final int ATTEMPTS = 5;
    /** A failing database is logged at most once in this many milliseconds, not once per call. */
    private static final long LOG_INTERVAL_MILLIS = 10_000;

    private final DataSource pool;
    private final AtomicLong lastLoggedMillis = new AtomicLong(Long.MIN_VALUE);

    Transactions(DataSource pool) {
        this.pool = pool;
    }

    /**
     * What one transaction does; the transaction is rolled back when it throws.
     *
     * @param <X> the refusal it may throw besides database errors (a missing basket, a bad request)
     */
    @FunctionalInterface
    interface Work<T, X extends Exception> {
        T run(Connection connection) throws SQLException, X;
    }

    <T, X extends Exception> T run(Work<T, X> work) throws X, StoreUnavailableException {
        SQLException failure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try (Connection connection = pool.getConnection()) {
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (Exception e) {
                    rollBack(connection);
                    throw e;
                }
            } catch (SQLException e) {
                if (!isConflict(e)) {
                    throw unavailable(e);
                }
                failure = e;
                pause(attempt);
            }
        }
        throw unavailable(failure);
    }

    /**
     * Like {@link #run}, for work that is one statement the database runs as a transaction of its
     * own: no separate commit, so one round trip where the work is one call.
     */
    <T, X extends Exception> T runOneStatement(Work<T, X> work) throws X, StoreUnavailableException {
        return run(connection -> {
            connection.setAutoCommit(true);
            try {
                return work.run(connection);
            } finally {
                connection.setAutoCommit(false);
            }
        });
    }

    /** Deadlock or serialization failure (PostgreSQL, H2), or a lock wait that timed out (H2): worth a retry. */
    static boolean isConflict(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state) || "HYT00".equals(state);
    }

    private StoreUnavailableException unavailable(SQLException e) {
        long now = System.currentTimeMillis();
        long last = lastLoggedMillis.get();
        if (now - last >= LOG_INTERVAL_MILLIS && lastLoggedMillis.compareAndSet(last, now)) {
            LOG.log(Level.WARNING, "Basket store call failed (SQLState " + e.getSQLState() + "): " + e.getMessage(), e);
        }
        return new StoreUnavailableException(
                "The basket store is unavailable (" + StoreDatabase.cause(e) + "); try again in a moment");
    }

    private static void rollBack(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The connection is broken; the pool discards it and the database drops the transaction.
            LOG.log(Level.FINE, "Rollback failed", e);
        }
    }

    /** A short random pause, longer with each attempt, so that the transactions that collided do not collide again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
