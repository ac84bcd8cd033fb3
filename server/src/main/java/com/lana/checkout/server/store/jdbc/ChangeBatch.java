package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.store.StaleCatalogException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Applies a batch of basket changes ({@link GroupCommit}'s units) in one transaction and one commit.
 *
 * <p>The changes are applied in the order of their baskets' ids, keeping arrival order among one
 * basket's changes, so any two batches lock baskets in the same order and cannot deadlock each other;
 * if the database still aborts the transaction to break a deadlock or a serialization conflict (with a
 * removal, an expiry, a sale), {@link Transactions} runs the whole batch again. Each change runs under
 * its own savepoint (H2), or its own block of the database's {@code basket_changes} function, the
 * whole batch in one call (PostgreSQL): one the store refuses (a closed basket, a stale catalog, a
 * quantity out of range) is rolled back alone and answered with its refusal, and the others stay. A database failure fails
 * the whole batch with {@link StoreUnavailableException}, and the rollback leaves none applied.
 * A batch of one runs exactly as a change on its own always did, without a savepoint.
 *
 * <p>Holds no state of its own between calls; thread-safe as {@link Transactions} is.
 */
final class ChangeBatch {

    /** One change, as {@code JdbcBasketStore.change} was asked for it. */
    record Change(BasketId id, String product, int delta, OperationId operation, long catalogVersion,
                  long nowMillis) {
    }

    private static final Comparator<Change> BY_BASKET = Comparator
            .comparingLong((Change change) -> change.id().high())
            .thenComparingLong(change -> change.id().low());

    private final Transactions transactions;
    /** Whether changes go through the database's own {@code basket_change} function (PostgreSQL). */
    private final boolean postgresql;

    ChangeBatch(Transactions transactions, boolean postgresql) {
        this.transactions = transactions;
        this.postgresql = postgresql;
    }

    List<GroupCommit.Outcome<BasketLines>> write(List<Change> changes) throws StoreUnavailableException {
        return changes.size() == 1 ? List.of(alone(changes.get(0))) : together(changes);
    }

    private GroupCommit.Outcome<BasketLines> alone(Change c) throws StoreUnavailableException {
        try {
            return GroupCommit.Outcome.of(postgresql
                    ? transactions.runOneStatement(connection -> BasketChanges.inOneCall(connection, c.id(),
                            c.product(), c.delta(), c.operation(), c.catalogVersion(), c.nowMillis()))
                    : transactions.run(connection -> BasketChanges.stepByStep(connection, c.id(), c.product(),
                            c.delta(), c.operation(), c.catalogVersion(), c.nowMillis())));
        } catch (BasketNotFoundException | InvalidRequestException | StaleCatalogException e) {
            return GroupCommit.Outcome.failed(e);
        } catch (StoreUnavailableException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Unexpected refusal of a change: " + e.getMessage(), e);
        }
    }

    private List<GroupCommit.Outcome<BasketLines>> together(List<Change> changes) throws StoreUnavailableException {
        Integer[] order = new Integer[changes.size()];
        Arrays.setAll(order, i -> i);
        // A stable sort: one basket's changes keep their arrival order.
        Arrays.sort(order, Comparator.comparing(changes::get, BY_BASKET));
        if (postgresql) {
            List<Change> ordered = new ArrayList<>(changes.size());
            for (int i : order) {
                ordered.add(changes.get(i));
            }
            return transactions.run(connection -> {
                List<GroupCommit.Outcome<BasketLines>> answered = BasketChanges.eachInOneCall(connection, ordered);
                List<GroupCommit.Outcome<BasketLines>> outcomes = new ArrayList<>(Collections.nCopies(changes.size(), null));
                for (int k = 0; k < order.length; k++) {
                    outcomes.set(order[k], answered.get(k));
                }
                return outcomes;
            });
        }
        return transactions.run(connection -> {
            List<GroupCommit.Outcome<BasketLines>> outcomes = new ArrayList<>(changes.size());
            for (int i = 0; i < changes.size(); i++) {
                outcomes.add(null);
            }
            for (int i : order) {
                outcomes.set(i, apply(connection, changes.get(i)));
            }
            return outcomes;
        });
    }

    /** Applies one change of an H2 batch under a savepoint, rolled back to when the change is refused. */
    private GroupCommit.Outcome<BasketLines> apply(Connection connection, Change c) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try {
            return GroupCommit.Outcome.of(BasketChanges.stepByStep(connection, c.id(), c.product(), c.delta(),
                    c.operation(), c.catalogVersion(), c.nowMillis()));
        } catch (BasketNotFoundException | InvalidRequestException | StaleCatalogException e) {
            connection.rollback(before);
            return GroupCommit.Outcome.failed(e);
        }
    }
}
