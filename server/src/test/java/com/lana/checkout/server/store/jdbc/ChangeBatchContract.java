package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.StaleCatalogException;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Basket changes that arrive together are written in one transaction and one commit, and each still
 * keeps every promise of a change on its own: answered after its commit, applied once per operation
 * id, in arrival order per basket, refused alone, failed with its batch when the database fails.
 * A {@link CommitGate} holds the first commit so that the next changes queue up behind it.
 */
abstract class ChangeBatchContract {

    private static final long NOW = 1_700_000_000_000L;
    private static final long STALE_CATALOG = 99;

    private HikariDataSource pool;
    private CommitGate gate;
    private BasketStore baskets;
    private GroupCommit<ChangeBatch.Change, BasketLines> group;
    private ExecutorService callers;

    /** The store's URL; the database may hold other tests' baskets. */
    protected abstract String url() throws Exception;

    protected abstract boolean postgresql();

    @BeforeEach
    void open() throws Exception {
        pool = StoreDatabase.open(JdbcLocation.parse(url()), null);
        gate = new CommitGate(pool);
        baskets = new JdbcBasketStore(new Transactions(pool), postgresql());
        group = new GroupCommit<>(1, JdbcBasketStore.MAX_CHANGE_BATCH, new ChangeBatch(new Transactions(gate), postgresql())::write);
        callers = Executors.newCachedThreadPool();
    }

    @AfterEach
    void close() {
        gate.open();
        callers.shutdownNow();
        pool.close();
    }

    @Test
    void changesArrivingWhileACommitIsInFlightShareTheNextCommit() throws Exception {
        BasketId first = baskets.create(NOW);
        BasketId second = baskets.create(NOW);
        Future<BasketLines> inFlight = holdFirstCommit(change(first, "MUG", 1, null));

        List<Future<BasketLines>> batch = queue(change(second, "PEN", 1, null), change(first, "MUG", 2, null),
                change(second, "PEN", 3, null), change(first, "CAP", 1, null));
        gate.open();

        assertThat(inFlight.get().lines()).containsExactly(new BasketLines.Line("MUG", 1));
        assertThat(batch.get(0).get().lines()).containsExactly(new BasketLines.Line("PEN", 1));
        assertThat(batch.get(1).get().lines()).containsExactly(new BasketLines.Line("MUG", 3));
        assertThat(batch.get(2).get().lines()).containsExactly(new BasketLines.Line("PEN", 4));
        assertThat(batch.get(3).get().lines())
                .containsExactly(new BasketLines.Line("MUG", 3), new BasketLines.Line("CAP", 1));
        assertThat(gate.commits()).isEqualTo(2);
    }

    @Test
    void aRefusedChangeInABatchLeavesTheOthersAppliedAndAcknowledged() throws Exception {
        BasketId basket = baskets.create(NOW);
        BasketId other = baskets.create(NOW);
        OperationId repeated = OperationId.random();
        OperationId refused = OperationId.random();
        Future<BasketLines> inFlight = holdFirstCommit(change(basket, "MUG", 1, repeated));

        List<Future<BasketLines>> batch = queue(
                change(basket, "MUG", 1, null),
                change(basket, "MUG", -10, refused),
                change(BasketId.random(), "MUG", 1, null),
                new ChangeBatch.Change(other, "MUG", 1, null, STALE_CATALOG, NOW),
                change(basket, "MUG", 1, repeated),
                change(other, "PEN", 1, null));
        gate.open();

        assertThat(inFlight.get().lines()).containsExactly(new BasketLines.Line("MUG", 1));
        assertThat(batch.get(0).get().lines()).containsExactly(new BasketLines.Line("MUG", 2));
        assertThatThrownBy(batch.get(1)::get).hasCauseInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(batch.get(2)::get).hasCauseInstanceOf(BasketNotFoundException.class);
        assertThatThrownBy(batch.get(3)::get).hasCauseInstanceOf(StaleCatalogException.class);
        assertThat(batch.get(4).get().lines()).containsExactly(new BasketLines.Line("MUG", 2));
        assertThat(batch.get(5).get().lines()).containsExactly(new BasketLines.Line("PEN", 1));
        assertThat(baskets.read(basket, NOW).lines()).containsExactly(new BasketLines.Line("MUG", 2));
        assertThat(baskets.read(other, NOW).lines()).containsExactly(new BasketLines.Line("PEN", 1));
        assertThat(gate.commits()).isEqualTo(2);
        assertThat(baskets.change(basket, "MUG", 1, refused, NOW).lines())
                .as("the refused change left no trace, not even its operation id")
                .containsExactly(new BasketLines.Line("MUG", 3));
    }

    @Test
    void aFailedCommitFailsEveryChangeOfItsBatchAndAppliesNone() throws Exception {
        BasketId basket = baskets.create(NOW);
        BasketId other = baskets.create(NOW);
        gate.failCommitAttempt(2, "08006");
        Future<BasketLines> inFlight = holdFirstCommit(change(basket, "MUG", 1, null));

        List<Future<BasketLines>> batch = queue(change(basket, "MUG", 1, null), change(other, "PEN", 1, null),
                change(basket, "MUG", -10, null));
        gate.open();

        assertThat(inFlight.get().lines()).containsExactly(new BasketLines.Line("MUG", 1));
        for (Future<BasketLines> change : batch) {
            assertThatThrownBy(change::get).hasCauseInstanceOf(StoreUnavailableException.class);
        }
        assertThat(baskets.read(basket, NOW).lines()).containsExactly(new BasketLines.Line("MUG", 1));
        assertThat(baskets.read(other, NOW).lines()).isEmpty();
    }

    @Test
    void aBatchTheDatabaseAbortsAsADeadlockIsRetriedWholeAndAppliedOnce() throws Exception {
        BasketId basket = baskets.create(NOW);
        OperationId operation = OperationId.random();
        gate.failCommitAttempt(2, "40P01");
        Future<BasketLines> inFlight = holdFirstCommit(change(basket, "MUG", 1, null));

        List<Future<BasketLines>> batch = queue(change(basket, "MUG", 1, operation), change(basket, "PEN", 1, null));
        gate.open();

        assertThat(inFlight.get().lines()).containsExactly(new BasketLines.Line("MUG", 1));
        assertThat(batch.get(0).get().lines()).containsExactly(new BasketLines.Line("MUG", 2));
        assertThat(batch.get(1).get().lines())
                .containsExactly(new BasketLines.Line("MUG", 2), new BasketLines.Line("PEN", 1));
        assertThat(baskets.change(basket, "MUG", 1, operation, NOW).lines())
                .containsExactly(new BasketLines.Line("MUG", 2), new BasketLines.Line("PEN", 1));
    }

    @Test
    void manyThreadsChangingOneBasketTogetherEachSeeTheirChangesOnceAndInOrder() throws Exception {
        BasketStore shared = new JdbcBasketStore(new Transactions(pool), postgresql());
        BasketId basket = shared.create(NOW);
        int threads = 8;
        int adds = 25;
        List<CompletableFuture<Void>> clerks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String product = "P" + t;
            clerks.add(CompletableFuture.runAsync(() -> {
                try {
                    for (int n = 1; n <= adds; n++) {
                        OperationId operation = OperationId.random();
                        assertThat(quantity(shared.change(basket, product, 1, operation, NOW), product)).isEqualTo(n);
                        assertThat(quantity(shared.change(basket, product, 1, operation, NOW), product)).isEqualTo(n);
                        int tooMany = -(n + 1);
                        assertThatThrownBy(() -> shared.change(basket, product, tooMany, OperationId.random(), NOW))
                                .isInstanceOf(InvalidRequestException.class);
                    }
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }, callers));
        }
        CompletableFuture.allOf(clerks.toArray(CompletableFuture[]::new)).join();

        BasketLines end = shared.read(basket, NOW);
        for (int t = 0; t < threads; t++) {
            assertThat(quantity(end, "P" + t)).isEqualTo(adds);
        }
        assertThat(end.version()).isEqualTo((long) threads * adds);
    }

    @Test
    void aChangeThatWaitedForTheBasketsLockBuildsOnWhatCommittedMeanwhile() throws Exception {
        BasketId basket = baskets.create(NOW);
        baskets.change(basket, "MUG", 1, null, NOW);
        try (Connection other = pool.getConnection()) {
            // Another transaction changes the basket's row and keeps its lock until it commits.
            Sql.update(other, "UPDATE basket SET version = version + 1 WHERE id_high = ? AND id_low = ?",
                    basket.high(), basket.low());
            Future<BasketLines> waiting = callers.submit(() -> baskets.change(basket, "PEN", 1, null, NOW));
            waitUntil(() -> someoneWaitsForALock());
            other.commit();

            assertThat(waiting.get().version()).isEqualTo(3);
        }
        assertThat(baskets.read(basket, NOW).version()).isEqualTo(3);
    }

    @Test
    void aBasketRemovedWhileARemovalWaitedForItsLockIsRemovedOnce() throws Exception {
        BasketId basket = baskets.create(NOW);
        try (Connection other = pool.getConnection()) {
            Sql.update(other, "UPDATE basket SET state = 'REMOVED' WHERE id_high = ? AND id_low = ?",
                    basket.high(), basket.low());
            Future<BasketLines> waiting = callers.submit(() -> baskets.remove(basket));
            waitUntil(() -> someoneWaitsForALock());
            other.commit();

            assertThatThrownBy(waiting::get).hasCauseInstanceOf(BasketNotFoundException.class);
        }
    }

    /** Whether a session of the store's database waits for a row lock another holds. */
    private boolean someoneWaitsForALock() {
        String sql = postgresql()
                ? "SELECT COUNT(*) FROM pg_locks WHERE NOT granted"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL";
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery(sql)) {
            count.next();
            return count.getInt(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int quantity(BasketLines lines, String product) {
        return lines.lines().stream().filter(line -> line.product().equals(product))
                .mapToInt(BasketLines.Line::quantity).sum();
    }

    private static ChangeBatch.Change change(BasketId basket, String product, int delta, OperationId operation) {
        return new ChangeBatch.Change(basket, product, delta, operation, BasketStore.ANY_CATALOG, NOW);
    }

    /** Hands in {@code change} with the gate closed and waits until its commit is held there. */
    private Future<BasketLines> holdFirstCommit(ChangeBatch.Change change) {
        gate.close();
        Future<BasketLines> inFlight = callers.submit(() -> group.submit(change));
        waitUntil(() -> gate.waiting() == 1);
        return inFlight;
    }

    /** Hands in each change from a caller of its own, in this order, each queued before the next. */
    private List<Future<BasketLines>> queue(ChangeBatch.Change... changes) {
        List<Future<BasketLines>> answers = new ArrayList<>();
        for (ChangeBatch.Change change : changes) {
            int before = group.queued();
            answers.add(callers.submit(() -> group.submit(change)));
            waitUntil(() -> group.queued() == before + 1);
        }
        return answers;
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within 30 s");
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting", e);
            }
        }
    }
}
