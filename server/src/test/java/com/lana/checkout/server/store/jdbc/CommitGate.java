package com.lana.checkout.server.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source over a real one whose commits a test holds back ({@link #close}, {@link #open}) or
 * fails: a commit told to fail rolls the transaction back and throws the given SQLSTATE, as a lost
 * connection (08006) or a deadlock (40P01) would.
 */
final class CommitGate implements DataSource {

    private final DataSource real;
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger commits = new AtomicInteger();
    /** SQLSTATE to fail the commit attempt of that number (1 is the first) with. */
    private final Map<Integer, String> failures = new ConcurrentHashMap<>();

    CommitGate(DataSource real) {
        this.real = real;
    }

    void close() {
        gate = new CountDownLatch(1);
    }

    void open() {
        gate.countDown();
    }

    /** Commits held at the closed gate now. */
    int waiting() {
        return waiting.get();
    }

    /** Commits that went through to the database. */
    int commits() {
        return commits.get();
    }

    void failCommitAttempt(int number, String sqlState) {
        failures.put(number, sqlState);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = real.getConnection();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit") && method.getParameterCount() == 0) {
                        commit(connection);
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void commit(Connection connection) throws SQLException {
        int attempt = attempts.incrementAndGet();
        waiting.incrementAndGet();
        try {
            if (!gate.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never opened the commit gate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted at the commit gate", "08006", e);
        } finally {
            waiting.decrementAndGet();
        }
        String failure = failures.remove(attempt);
        if (failure != null) {
            connection.rollback();
            throw new SQLException("Commit attempt " + attempt + " failed on purpose", failure);
        }
        connection.commit();
        commits.incrementAndGet();
    }

    @Override
    public Connection getConnection(String username, String password) {
        throw new UnsupportedOperationException("getConnection(username, password)");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("getParentLogger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
