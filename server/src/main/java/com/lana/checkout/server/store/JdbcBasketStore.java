package com.lana.checkout.server.store;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNotFoundException;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.StoreUnavailableException;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.util.PSQLException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Baskets in a database, H2 in a file or PostgreSQL, durable and, on PostgreSQL, shared by any
 * number of servers: every call is one transaction, so the database's row locks and unique keys
 * give the store's guarantees, whichever server makes the call.
 *
 * <p>A change first locks the basket's row ({@code SELECT ... FOR UPDATE}), then reads and writes its
 * lines, so changes to one basket are applied one at a time across all servers, and a change racing
 * a removal or an expiry, which take the same lock, either lands first or finds the basket closed.
 * The operation ids of an open basket's changes are kept in the database, so a retry through
 * another server is recognised too. On PostgreSQL the whole change is one function call, one round
 * trip (see {@code V2__change_function.sql}).
 *
 * <p>Completing a sale locks the basket's row the same way, then the sale counter's row (see
 * {@link JdbcSales}), so sales are numbered without gaps across all servers, and the sale is
 * recorded and the basket closed in the one transaction, or nothing is.
 *
 * <p>Closed baskets stay as tombstone rows without lines, so that an expired one can still say so,
 * until {@link #expireIdleSince} purges those {@linkplain #TOMBSTONE_RETENTION a few days} older than its cutoff.
 * A paid basket's lasting tombstone is its sale's row, which no expiry touches.
 * A database that cannot be reached makes calls fail within seconds with
 * {@link StoreUnavailableException}; the pool reconnects by itself when it is back.
 */
public final class JdbcBasketStore implements BasketStore {

    /** How long past the idle cutoff a closed basket's tombstone is kept. */
    static final Duration TOMBSTONE_RETENTION = Duration.ofDays(3);
    /** Idle baskets are expired this many per transaction. */
    private static final int EXPIRY_CHUNK = 500;

    private static final String LOCK = "SELECT state, version FROM basket WHERE id_high = ? AND id_low = ? FOR UPDATE";
    private static final String CREATE = "INSERT INTO basket (id_high, id_low, state, version, last_used_millis) "
            + "SELECT ?, ?, 'OPEN', 0, ? WHERE NOT EXISTS (SELECT 1 FROM basket WHERE id_high = ? AND id_low = ?)";
    private static final String TOUCH = "UPDATE basket SET last_used_millis = GREATEST(last_used_millis, ?) "
            + "WHERE id_high = ? AND id_low = ?";
    private static final String BUMP = "UPDATE basket SET version = ?, last_used_millis = GREATEST(last_used_millis, ?) "
            + "WHERE id_high = ? AND id_low = ?";
    private static final String CLOSE = "UPDATE basket SET state = ? WHERE id_high = ? AND id_low = ?";
    private static final String CLOSE_PAID = "UPDATE basket SET state = 'REMOVED', "
            + "last_used_millis = GREATEST(last_used_millis, ?) WHERE id_high = ? AND id_low = ?";
    private static final String EXPIRE = "UPDATE basket SET state = 'EXPIRED' "
            + "WHERE id_high = ? AND id_low = ? AND state = 'OPEN' AND last_used_millis <= ?";
    private static final String IDLE = "SELECT id_high, id_low FROM basket WHERE state = 'OPEN' AND last_used_millis <= ? "
            + "ORDER BY id_high, id_low LIMIT " + EXPIRY_CHUNK;
    private static final String PURGE = "DELETE FROM basket WHERE state <> 'OPEN' AND last_used_millis < ?";
    private static final String SIZE = "SELECT COUNT(*) FROM basket WHERE state = 'OPEN'";
    private static final String LINES = "SELECT product, quantity FROM basket_line "
            + "WHERE basket_high = ? AND basket_low = ? ORDER BY position";
    private static final String QUANTITY = "SELECT quantity FROM basket_line "
            + "WHERE basket_high = ? AND basket_low = ? AND product = ?";
    private static final String INSERT_LINE = "INSERT INTO basket_line (basket_high, basket_low, product, position, quantity) "
            + "VALUES (?, ?, ?, ?, ?)";
    private static final String UPDATE_LINE = "UPDATE basket_line SET quantity = ? "
            + "WHERE basket_high = ? AND basket_low = ? AND product = ?";
    private static final String DELETE_LINE = "DELETE FROM basket_line WHERE basket_high = ? AND basket_low = ? AND product = ?";
    private static final String DELETE_LINES = "DELETE FROM basket_line WHERE basket_high = ? AND basket_low = ?";
    private static final String SEEN_OPERATION = "SELECT 1 FROM basket_operation "
            + "WHERE basket_high = ? AND basket_low = ? AND operation_high = ? AND operation_low = ?";
    private static final String RECORD_OPERATION = "INSERT INTO basket_operation "
            + "(basket_high, basket_low, operation_high, operation_low) VALUES (?, ?, ?, ?)";
    private static final String DELETE_OPERATIONS = "DELETE FROM basket_operation WHERE basket_high = ? AND basket_low = ?";
    /** PostgreSQL only: the whole change in one call, answering the version and the lines. */
    private static final String CHANGE_FUNCTION = "SELECT o_version, o_product, o_quantity FROM basket_change(?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcLocation location;
    private final Transactions transactions;
    private final HikariDataSource pool;
    /** Whether changes go through the database's own {@code basket_change} function. */
    private final boolean changeFunction;

    private JdbcBasketStore(JdbcLocation location, HikariDataSource pool) {
        this.location = location;
        this.changeFunction = location.kind() == JdbcLocation.Kind.POSTGRESQL;
        this.pool = pool;
        this.transactions = new Transactions(pool);
    }

    /**
     * Connects to the database at {@code location} and brings its schema up to date.
     *
     * @param password used when not null, else the URL's (if any)
     * @throws StoreUnavailableException naming the URL (without password) and the cause when the
     *     database cannot be reached, refuses the login or cannot be migrated
     */
    static JdbcBasketStore open(JdbcLocation location, String password) throws StoreUnavailableException {
        return new JdbcBasketStore(location, StoreDatabase.open(location, password));
    }

    @Override
    public BasketId create(long nowMillis) throws StoreUnavailableException {
        return transactions.run(connection -> {
            while (true) {
                BasketId id = BasketId.random();
                // 128 random bits never collide in practice; the loop makes "never" exact.
                if (update(connection, CREATE, id.high(), id.low(), nowMillis, id.high(), id.low()) == 1) {
                    return id;
                }
            }
        });
    }

    @Override
    public BasketLines change(BasketId id, String product, int delta, OperationId operation, long nowMillis)
            throws BasketNotFoundException, InvalidRequestException, StoreUnavailableException {
        try {
            return changeFunction
                    ? transactions.runOneStatement(connection -> changeInOneCall(connection, id, product, delta, operation, nowMillis))
                    : transactions.run(connection -> changeStepByStep(connection, id, product, delta, operation, nowMillis));
        } catch (BasketNotFoundException | InvalidRequestException | StoreUnavailableException e) {
            throw e;
        } catch (CheckoutException e) {
            throw new IllegalStateException("Unexpected refusal of a change: " + e.getMessage(), e);
        }
    }

    private BasketLines changeStepByStep(Connection connection, BasketId id, String product, int delta,
                                         OperationId operation, long nowMillis)
            throws SQLException, BasketNotFoundException, InvalidRequestException {
        long version = lockOpen(connection, id);
        if (operation != null) {
            if (exists(connection, SEEN_OPERATION, id.high(), id.low(), operation.high(), operation.low())) {
                update(connection, TOUCH, nowMillis, id.high(), id.low());
                return lines(connection, id, version);
            }
            update(connection, RECORD_OPERATION, id.high(), id.low(), operation.high(), operation.low());
        }
        int current = quantity(connection, id, product);
        long updated = (long) current + delta;
        checkQuantity(id, product, delta, current, updated);
        long next = version + 1;
        if (current == 0 && updated > 0) {
            update(connection, INSERT_LINE, id.high(), id.low(), product, next, (int) updated);
        } else if (current > 0 && updated == 0) {
            update(connection, DELETE_LINE, id.high(), id.low(), product);
        } else if (current > 0) {
            update(connection, UPDATE_LINE, (int) updated, id.high(), id.low(), product);
        }
        update(connection, BUMP, next, nowMillis, id.high(), id.low());
        return lines(connection, id, next);
    }

    private BasketLines changeInOneCall(Connection connection, BasketId id, String product, int delta,
                                        OperationId operation, long nowMillis)
            throws SQLException, BasketNotFoundException, InvalidRequestException {
        try (PreparedStatement statement = prepare(connection, CHANGE_FUNCTION, id.high(), id.low(), product, delta,
                operation == null ? null : operation.high(), operation == null ? null : operation.low(),
                nowMillis, Basket.MAX_LINE_QUANTITY);
             ResultSet rows = statement.executeQuery()) {
            long version = 0;
            List<BasketLines.Line> lines = new ArrayList<>();
            while (rows.next()) {
                version = rows.getLong(1);
                String code = rows.getString(2);
                if (code != null) {
                    lines.add(new BasketLines.Line(code, rows.getInt(3)));
                }
            }
            return new BasketLines(id, version, lines);
        } catch (SQLException e) {
            // The function refuses with the store's own SQLSTATEs, the same refusals as the step-by-step path.
            switch (String.valueOf(e.getSQLState())) {
                case "LN404" -> throw closed(connection, id, "REMOVED");
                case "LN410" -> throw new BasketNotFoundException(id, BasketNotFoundException.Reason.EXPIRED);
                case "LN422" -> {
                    int current = Integer.parseInt(((PSQLException) e).getServerErrorMessage().getMessage());
                    checkQuantity(id, product, delta, current, (long) current + delta);
                    throw e;
                }
                default -> throw e;
            }
        }
    }

    private static void checkQuantity(BasketId id, String product, int delta, int current, long updated)
            throws InvalidRequestException {
        if (updated < 0) {
            throw new InvalidRequestException(current == 0
                    ? "Basket " + id + " has no " + product + " to remove"
                    : "Basket " + id + " has only " + current + " " + product + " to remove, not " + -delta);
        }
        if (updated > Basket.MAX_LINE_QUANTITY) {
            throw new InvalidRequestException("A basket holds at most " + Basket.MAX_LINE_QUANTITY + " " + product);
        }
    }

    @Override
    public BasketLines read(BasketId id, long nowMillis) throws BasketNotFoundException, StoreUnavailableException {
        return transactions.run(connection -> {
            long version = lockOpen(connection, id);
            update(connection, TOUCH, nowMillis, id.high(), id.low());
            return lines(connection, id, version);
        });
    }

    @Override
    public BasketLines remove(BasketId id) throws BasketNotFoundException, StoreUnavailableException {
        return transactions.run(connection -> {
            BasketLines last = lines(connection, id, lockOpen(connection, id));
            update(connection, CLOSE, "REMOVED", id.high(), id.low());
            update(connection, DELETE_LINES, id.high(), id.low());
            update(connection, DELETE_OPERATIONS, id.high(), id.low());
            return last;
        });
    }

    @Override
    public int expireIdleSince(long cutoffMillis) throws StoreUnavailableException {
        int expired = 0;
        while (true) {
            List<BasketId> idle = transactions.run(connection -> idleSince(connection, cutoffMillis));
            if (!idle.isEmpty()) {
                expired += transactions.run(connection -> expire(connection, idle, cutoffMillis));
            }
            if (idle.size() < EXPIRY_CHUNK) {
                break;
            }
        }
        transactions.run(connection -> update(connection, PURGE, cutoffMillis - TOMBSTONE_RETENTION.toMillis()));
        return expired;
    }

    private static List<BasketId> idleSince(Connection connection, long cutoffMillis) throws SQLException {
        List<BasketId> idle = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, IDLE, cutoffMillis);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                idle.add(new BasketId(rows.getLong(1), rows.getLong(2)));
            }
        }
        return idle;
    }

    /**
     * Expires the baskets still idle once locked: the update's condition is evaluated again on the
     * locked row (both databases do so under READ COMMITTED), so a basket used meanwhile stays open.
     */
    private static int expire(Connection connection, List<BasketId> candidates, long cutoffMillis) throws SQLException {
        int expired = 0;
        for (BasketId id : candidates) {
            if (update(connection, EXPIRE, id.high(), id.low(), cutoffMillis) == 1) {
                update(connection, DELETE_LINES, id.high(), id.low());
                update(connection, DELETE_OPERATIONS, id.high(), id.low());
                expired++;
            }
        }
        return expired;
    }

    @Override
    public Sale completeSale(BasketId id, OperationId operation, SaleMaker maker, long nowMillis)
            throws CheckoutException {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(maker, "maker");
        return transactions.run(connection -> {
            long version;
            try {
                version = lockOpen(connection, id);
            } catch (BasketNotFoundException e) {
                Sale retried = e.reason() == BasketNotFoundException.Reason.PAID
                        ? JdbcSales.completedBy(connection, id, operation) : null;
                if (retried == null) {
                    throw e;
                }
                return retried;
            }
            Sale sale = JdbcSales.record(connection, lines(connection, id, version), operation, maker);
            // Closed like a removed basket; its sale's row now says that it was paid.
            update(connection, CLOSE_PAID, nowMillis, id.high(), id.low());
            update(connection, DELETE_LINES, id.high(), id.low());
            update(connection, DELETE_OPERATIONS, id.high(), id.low());
            return sale;
        });
    }

    @Override
    public Sale sale(SaleNumber number) throws SaleNotFoundException, StoreUnavailableException {
        Sale sale = transactions.run(connection -> JdbcSales.byNumber(connection, number));
        if (sale == null) {
            throw new SaleNotFoundException(number);
        }
        return sale;
    }

    @Override
    public List<Sale> sales(LocalDate day) throws StoreUnavailableException {
        return transactions.run(connection -> JdbcSales.byDay(connection, day));
    }

    @Override
    public DayReport dayReport(LocalDate day) throws StoreUnavailableException {
        return transactions.run(connection -> JdbcSales.dayReport(connection, day));
    }

    @Override
    public int size() throws StoreUnavailableException {
        return transactions.run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SIZE);
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    @Override
    public String description() {
        return location.kind().displayName + " " + location.safeUrl()
                + (location.kind() == JdbcLocation.Kind.H2 ? " (durable, this server only)" : " (durable, shared)");
    }

    @Override
    public void close() {
        pool.close();
    }

    /** Locks the basket's row and answers its version. */
    private static long lockOpen(Connection connection, BasketId id) throws SQLException, BasketNotFoundException {
        try (PreparedStatement statement = prepare(connection, LOCK, id.high(), id.low());
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw closed(connection, id, null);
            }
            String state = row.getString(1);
            if (!"OPEN".equals(state)) {
                throw closed(connection, id, state);
            }
            return row.getLong(2);
        }
    }

    /**
     * Why there is no open basket {@code id}, whose row is in {@code state} (null: there is no row):
     * it expired, it was paid (as its sale's row says, even once the basket's own row is purged), or
     * it was removed or never created.
     */
    private static BasketNotFoundException closed(Connection connection, BasketId id, String state) throws SQLException {
        if ("EXPIRED".equals(state)) {
            return new BasketNotFoundException(id, BasketNotFoundException.Reason.EXPIRED);
        }
        SaleNumber paidAs = JdbcSales.paidAs(connection, id);
        return paidAs != null
                ? BasketNotFoundException.paid(id, paidAs)
                : new BasketNotFoundException(id, BasketNotFoundException.Reason.UNKNOWN);
    }

    private static int quantity(Connection connection, BasketId id, String product) throws SQLException {
        try (PreparedStatement statement = prepare(connection, QUANTITY, id.high(), id.low(), product);
             ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getInt(1) : 0;
        }
    }

    private static BasketLines lines(Connection connection, BasketId id, long version) throws SQLException {
        List<BasketLines.Line> lines = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, LINES, id.high(), id.low());
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                lines.add(new BasketLines.Line(rows.getString(1), rows.getInt(2)));
            }
        }
        return new BasketLines(id, version, lines);
    }

    private static boolean exists(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            return rows.next();
        }
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
