package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.StoreUnavailableException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.lana.checkout.server.store.jdbc.BasketState.EXPIRED;
import static com.lana.checkout.server.store.jdbc.BasketState.OPEN;
import static com.lana.checkout.server.store.jdbc.Sql.prepare;
import static com.lana.checkout.server.store.jdbc.Sql.update;

/**
 * The expiry sweep of a {@link JdbcBasketStore}, which any server sharing the database may run:
 * closes the baskets idle since a cutoff, a chunk per transaction, and purges the tombstones of
 * closed baskets {@linkplain #TOMBSTONE_RETENTION a few days} older than the cutoff. A paid basket's
 * lasting tombstone is its sale's row, which no expiry touches.
 */
final class BasketExpiry {

    /** How long past the idle cutoff a closed basket's tombstone is kept. */
    static final Duration TOMBSTONE_RETENTION = Duration.ofDays(3);
    /** Idle baskets are expired this many per transaction. */
    private static final int EXPIRY_CHUNK = 500;

    private static final String IDLE = "SELECT id_high, id_low FROM basket WHERE state = " + OPEN.literal()
            + " AND last_used_millis <= ? ORDER BY id_high, id_low LIMIT " + EXPIRY_CHUNK;
    private static final String EXPIRE = "UPDATE basket SET state = " + EXPIRED.literal()
            + " WHERE id_high = ? AND id_low = ? AND state = " + OPEN.literal() + " AND last_used_millis <= ?";
    private static final String PURGE = "DELETE FROM basket WHERE state <> " + OPEN.literal() + " AND last_used_millis < ?";

    private BasketExpiry() {
    }

    /** Closes every basket not used since {@code cutoffMillis}, one chunk per transaction; answers how many. */
    static int expireIdleSince(Transactions transactions, long cutoffMillis) throws StoreUnavailableException {
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
                BasketRows.clear(connection, id);
                expired++;
            }
        }
        return expired;
    }
}
