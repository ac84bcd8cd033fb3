package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketIdSuffix;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.StaleCatalogException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static com.lana.checkout.server.store.jdbc.BasketState.OPEN;
import static com.lana.checkout.server.store.jdbc.Sql.prepare;
import static com.lana.checkout.server.store.jdbc.Sql.update;

/**
 * The open baskets of a {@link JdbcStore}, H2 in a file or PostgreSQL, durable and, on PostgreSQL,
 * shared by any number of servers: every call is one transaction, so the database's row locks and
 * unique keys give the store's guarantees, whichever server makes the call.
 *
 * <p>Changes that arrive together from many callers are applied in one transaction and one commit
 * ({@link GroupCommit}, {@link ChangeBatch}), each undone alone when refused, each answered only
 * after that commit; a change arriving while a writer is free runs at once, alone (on PostgreSQL
 * as one statement that is its own transaction: one round trip).
 * Thread-safe: the store keeps no state of its own but that group commit's queue.
 *
 * <p>A change first locks the basket's row ({@code SELECT ... FOR UPDATE}), then reads and writes its
 * lines ({@link BasketChanges}), so changes to one basket are applied one at a time across all
 * servers, and a change racing a removal or an expiry ({@link BasketExpiry}), which take the same
 * lock, either lands first or finds the basket closed. The operation ids of an open basket's
 * changes are kept in the database, so a retry through another server is recognised too.
 *
 * <p>A basket's row holds the catalog version it was opened under: the statement that creates it
 * reads the current one from {@code catalog_head} (see {@link JdbcCatalogStore}). A change worked
 * out in another version is refused, under the row lock and before anything is written, with
 * {@link StaleCatalogException}.
 *
 * <p>Completing a sale ({@link SaleCompletion}) locks the basket's row the same way, prices the sale,
 * then locks the sale counter's row, so sales are numbered without gaps across all servers, and the sale is recorded
 * and the basket closed in the one transaction, or nothing is.
 *
 * <p>Closed baskets stay as tombstone rows without lines, so that an expired one can still say so,
 * until the expiry sweep purges them days later. A database that cannot be reached makes calls fail
 * within seconds with {@link StoreUnavailableException}; the pool reconnects by itself when it is back.
 */
final class JdbcBasketStore implements BasketStore {

    /** A new basket, under the current catalog version (1 before the first) read in the same statement. */
    private static final String CREATE = "INSERT INTO basket (id_high, id_low, state, version, last_used_millis, "
            + "catalog_version) SELECT ?, ?, " + OPEN.literal() + ", 0, ?, "
            + "(SELECT GREATEST(h.version, 1) FROM catalog_head h WHERE h.id = 1) "
            + "WHERE NOT EXISTS (SELECT 1 FROM basket WHERE id_high = ? AND id_low = ?)";
    private static final String SIZE = "SELECT COUNT(*) FROM basket WHERE state = " + OPEN.literal();
    /** Open baskets whose id's masked bits are the given ones; the bitwise "and" is written per database. */
    private static final String ENDING_WITH_H2 = "SELECT id_high, id_low FROM basket WHERE state = " + OPEN.literal()
            + " AND BITAND(id_low, CAST(? AS BIGINT)) = ? AND BITAND(id_high, CAST(? AS BIGINT)) = ?";
    private static final String ENDING_WITH_POSTGRESQL = "SELECT id_high, id_low FROM basket WHERE state = " + OPEN.literal()
            + " AND (id_low & ?) = ? AND (id_high & ?) = ?";

    /**
     * H2: change batches written at a time. H2 writes its commits one after another, so changes that
     * arrive together share a commit rather than each waiting for its own (measured: about 1.6x the
     * durable adds per second at 8 threads).
     */
    static final int H2_CHANGE_WRITERS = 2;
    /**
     * PostgreSQL: change batches written at a time, one per pooled connection, so changes queue for
     * a batch only once every connection is busy; a batch is then one call of the database's batch
     * function and one commit ({@link ChangeBatch}). Below that, PostgreSQL's own WAL flush already
     * lets concurrent commits share a flush, and a change that waits for a batch waits for its flush
     * as well: with two writers, chain-day's scans waited behind batches and two servers held 800
     * tills; with one per connection, 3,200 (docs/PERFORMANCE.md, "Chain-day").
     */
    static final int POSTGRESQL_CHANGE_WRITERS = StoreDatabase.POOL_SIZE;
    /** Most changes in one batch: one transaction's savepoints and row locks stay few. */
    static final int MAX_CHANGE_BATCH = 32;

    private final Transactions transactions;
    /** Whether SQL is PostgreSQL's. */
    private final boolean postgresql;
    private final GroupCommit<ChangeBatch.Change, BasketLines> changes;

    JdbcBasketStore(Transactions transactions, boolean postgresql) {
        this(transactions, postgresql, postgresql ? POSTGRESQL_CHANGE_WRITERS : H2_CHANGE_WRITERS);
    }

    JdbcBasketStore(Transactions transactions, boolean postgresql, int changeWriters) {
        this.transactions = transactions;
        this.postgresql = postgresql;
        // A database that is away fails the changes waiting for it at once, so none waits for more
        // than the one connection attempt of the batch before it.
        this.changes = new GroupCommit<>(changeWriters, MAX_CHANGE_BATCH, new ChangeBatch(transactions, postgresql)::write,
                failure -> failure instanceof StoreUnavailableException);
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
    public BasketLines change(BasketId id, String product, int delta, OperationId operation, long catalogVersion,
                              long nowMillis)
            throws BasketNotFoundException, InvalidRequestException, StoreUnavailableException, StaleCatalogException {
        try {
            return changes.submit(new ChangeBatch.Change(id, product, delta, operation, catalogVersion, nowMillis));
        } catch (BasketNotFoundException | InvalidRequestException | StoreUnavailableException
                 | StaleCatalogException e) {
            throw e;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Unexpected refusal of a change: " + e.getMessage(), e);
        }
    }

    @Override
    public BasketLines read(BasketId id, long nowMillis) throws BasketNotFoundException, StoreUnavailableException {
        return transactions.run(connection -> {
            BasketRows.Locked locked = BasketRows.lockOpen(connection, id);
            BasketRows.touch(connection, id, nowMillis);
            return BasketRows.lines(connection, id, locked.version(), locked.catalogVersion());
        });
    }

    @Override
    public BasketLines remove(BasketId id) throws BasketNotFoundException, StoreUnavailableException {
        return transactions.run(connection -> {
            BasketRows.Locked locked = BasketRows.lockOpen(connection, id);
            BasketLines last = BasketRows.lines(connection, id, locked.version(), locked.catalogVersion());
            BasketRows.close(connection, id, BasketState.REMOVED);
            return last;
        });
    }

    @Override
    public int expireIdleSince(long cutoffMillis) throws StoreUnavailableException {
        return BasketExpiry.expireIdleSince(transactions, cutoffMillis);
    }

    @Override
    public Sale completeSale(BasketId id, OperationId operation, SaleMaker maker, long nowMillis)
            throws CheckoutException {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(maker, "maker");
        return transactions.run(connection -> SaleCompletion.complete(connection, id, operation, maker, nowMillis));
    }

    /** Reads every open basket's id (no index helps a mask on the bits), taking no lock. */
    @Override
    public List<BasketId> openEndingWith(BasketIdSuffix suffix) throws StoreUnavailableException {
        String sql = postgresql ? ENDING_WITH_POSTGRESQL : ENDING_WITH_H2;
        return transactions.run(connection -> {
            List<BasketId> found = new ArrayList<>();
            try (PreparedStatement statement = prepare(connection, sql, suffix.lowMask(), suffix.lowBits(),
                    suffix.highMask(), suffix.highBits());
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new BasketId(rows.getLong(1), rows.getLong(2)));
                }
            }
            return found;
        });
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
}
