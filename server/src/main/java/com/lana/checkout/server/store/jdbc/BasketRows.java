package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.server.pricing.BasketLines;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static com.lana.checkout.server.store.jdbc.BasketState.OPEN;
import static com.lana.checkout.server.store.jdbc.Sql.prepare;
import static com.lana.checkout.server.store.jdbc.Sql.update;

/**
 * A basket's rows ({@code basket}, {@code basket_line}, {@code basket_operation}; see
 * {@code V1__baskets.sql}, and {@code V9__catalog_versions.sql} for its catalog version) as every
 * step on one basket reads and writes them: lock the basket, say why it is not open, read its
 * lines, close it. Each method is one step of a transaction the caller runs, on the connection it
 * is given.
 */
final class BasketRows {

    private static final String LOCK = "UPDATE basket SET version = version WHERE id_high = ? AND id_low = ?";
    private static final String READ_LOCKED = "SELECT state, version, catalog_version FROM basket "
            + "WHERE id_high = ? AND id_low = ?";
    private static final String TOUCH = "UPDATE basket SET last_used_millis = GREATEST(last_used_millis, ?) "
            + "WHERE id_high = ? AND id_low = ?";
    private static final String TOUCH_OPEN = "UPDATE basket SET last_used_millis = GREATEST(last_used_millis, ?) "
            + "WHERE id_high = ? AND id_low = ? AND state = " + OPEN.literal();
    private static final String CLOSE = "UPDATE basket SET state = ? WHERE id_high = ? AND id_low = ?";
    private static final String LINES = "SELECT product, quantity FROM basket_line "
            + "WHERE basket_high = ? AND basket_low = ? ORDER BY position";
    private static final String DELETE_LINES = "DELETE FROM basket_line WHERE basket_high = ? AND basket_low = ?";
    private static final String DELETE_OPERATIONS = "DELETE FROM basket_operation WHERE basket_high = ? AND basket_low = ?";

    private BasketRows() {
    }

    /**
     * An open basket's row, locked.
     *
     * @param version how many changes the basket has seen
     * @param catalogVersion the catalog version it was opened under
     */
    record Locked(long version, long catalogVersion) {
    }

    /**
     * Locks the basket's row and answers its versions, read after the lock. The lock is an UPDATE
     * that changes nothing, not a {@code SELECT … FOR UPDATE}: H2 can answer a locking read that
     * waited for another transaction with the row as it was before that transaction committed (see
     * {@link Sql#lockRows}), and a change would then build on a version another had already used.
     */
    static Locked lockOpen(Connection connection, BasketId id) throws SQLException, BasketNotFoundException {
        update(connection, LOCK, id.high(), id.low());
        return readOpen(connection, id);
    }

    /**
     * Counts the basket as used at {@code nowMillis}, which locks its row, and answers its versions,
     * read after the lock, as {@link #lockOpen} does, in two statements: the lock and the mark are
     * one UPDATE.
     */
    static Locked touchOpen(Connection connection, BasketId id, long nowMillis)
            throws SQLException, BasketNotFoundException {
        update(connection, TOUCH_OPEN, nowMillis, id.high(), id.low());
        return readOpen(connection, id);
    }

    /** The versions of the open basket's row, or why there is no open basket. */
    private static Locked readOpen(Connection connection, BasketId id) throws SQLException, BasketNotFoundException {
        try (PreparedStatement statement = prepare(connection, READ_LOCKED, id.high(), id.low());
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw closed(connection, id, null);
            }
            BasketState state = BasketState.of(row.getString(1));
            if (state != OPEN) {
                throw closed(connection, id, state);
            }
            return new Locked(row.getLong(2), row.getLong(3));
        }
    }

    /**
     * Why there is no open basket {@code id}, whose row is in {@code state} (null: there is no row):
     * it expired, it was paid (as its sale's row says, even once the basket's own row is purged), or
     * it was removed or never created.
     */
    static BasketNotFoundException closed(Connection connection, BasketId id, BasketState state) throws SQLException {
        if (state == BasketState.EXPIRED) {
            return new BasketNotFoundException(id, BasketNotFoundException.Reason.EXPIRED);
        }
        SaleNumber paidAs = JdbcSales.paidAs(connection, id);
        return paidAs != null
                ? BasketNotFoundException.paid(id, paidAs)
                : new BasketNotFoundException(id, BasketNotFoundException.Reason.UNKNOWN);
    }

    /** Counts reading the basket as using it at {@code nowMillis}. */
    static void touch(Connection connection, BasketId id, long nowMillis) throws SQLException {
        update(connection, TOUCH, nowMillis, id.high(), id.low());
    }

    /** The basket's lines, at {@code version}, of the basket opened under {@code catalogVersion}. */
    static BasketLines lines(Connection connection, BasketId id, long version, long catalogVersion)
            throws SQLException {
        List<BasketLines.Line> lines = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, LINES, id.high(), id.low());
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                lines.add(new BasketLines.Line(rows.getString(1), rows.getInt(2)));
            }
        }
        return new BasketLines(id, version, lines, catalogVersion);
    }

    /** Closes the locked basket as {@code state}, its row left as a tombstone: its lines and operation ids go. */
    static void close(Connection connection, BasketId id, BasketState state) throws SQLException {
        update(connection, CLOSE, state.name(), id.high(), id.low());
        clear(connection, id);
    }

    /** Deletes the basket's lines and operation ids, as closing it does. */
    static void clear(Connection connection, BasketId id) throws SQLException {
        update(connection, DELETE_LINES, id.high(), id.low());
        update(connection, DELETE_OPERATIONS, id.high(), id.low());
    }
}
