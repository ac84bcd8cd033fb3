package com.lana.checkout.server.store.jdbc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * Classic group commit: callers hand in units of work, and the ones that arrive while the database
 * is busy committing earlier ones are written together, as one batch, by one writer.
 *
 * <p>A caller never waits for a batch to fill: when fewer than {@code writers} batches are in flight,
 * the caller becomes a writer at once and takes everything queued (at most {@code maxBatch}, its own
 * unit among them, oldest first). Otherwise it waits until a writer finishes; then a waiting caller
 * whose unit is still queued becomes the next writer and takes the queue, while callers whose unit
 * another writer took wait for that writer's answer. A caller returns only once its own unit's
 * batch is written, with its own outcome, or, when the group is made so, once a batch written
 * before it failed as a whole in a way that fails the queue too (a database that is away).
 *
 * <p>Thread-safety: the queue, each unit's "taken" mark and the count of writers are guarded by one
 * lock, held only to enqueue, to take a batch and to count writers in and out, never while a batch
 * is written. Each unit's outcome is handed from its writer to its caller under the unit's own
 * monitor. Units keep their arrival order in the queue and in each batch; a batch's writer may
 * reorder them (see {@link ChangeBatch}). Waiting is not interruptible: a unit handed in is written
 * or failed, and the caller hears which (its interrupt status is kept).
 *
 * @param <U> a unit of work
 * @param <R> its result
 */
final class GroupCommit<U, R> {

    /** What one unit came to: a result, or a refusal or failure to throw to its caller. */
    record Outcome<R>(R result, Exception failure) {

        static <R> Outcome<R> of(R result) {
            return new Outcome<>(result, null);
        }

        static <R> Outcome<R> failed(Exception failure) {
            return new Outcome<>(null, Objects.requireNonNull(failure, "failure"));
        }
    }

    /** Writes one batch, answering each unit's outcome in the batch's order; throws to fail them all. */
    @FunctionalInterface
    interface Writer<U, R> {
        List<Outcome<R>> write(List<U> batch) throws Exception;
    }

    private final int writers;
    private final int maxBatch;
    private final Writer<U, R> writer;
    /** Whether a batch's failure also fails the units queued when it fails. */
    private final Predicate<Exception> failsQueued;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition writerDone = lock.newCondition();
    /** Units not yet taken by a writer, oldest first. Guarded by {@link #lock}. */
    private final ArrayDeque<Pending<U, R>> queue = new ArrayDeque<>();
    /** Batches being written. Guarded by {@link #lock}. */
    private int writing;

    GroupCommit(int writers, int maxBatch, Writer<U, R> writer) {
        this(writers, maxBatch, writer, failure -> false);
    }

    /**
     * @param failsQueued whether a failure of a whole batch (such as the database being away) also
     *                    fails, at once and with it, every unit queued when it happens, rather than
     *                    have each wait for a batch of its own to fail the same way
     */
    GroupCommit(int writers, int maxBatch, Writer<U, R> writer, Predicate<Exception> failsQueued) {
        if (writers < 1) {
            throw new IllegalArgumentException("At least one writer is needed, not " + writers);
        }
        if (maxBatch < 1) {
            throw new IllegalArgumentException("A batch holds at least one unit, not " + maxBatch);
        }
        this.writers = writers;
        this.maxBatch = maxBatch;
        this.writer = Objects.requireNonNull(writer, "writer");
        this.failsQueued = Objects.requireNonNull(failsQueued, "failsQueued");
    }

    /** Writes {@code unit}, alone or with others, and answers its result once its batch is written. */
    R submit(U unit) throws Exception {
        Pending<U, R> pending = new Pending<>(unit);
        lock.lock();
        try {
            queue.addLast(pending);
        } finally {
            lock.unlock();
        }
        List<Pending<U, R>> batch;
        while ((batch = nextBatch(pending)) != null) {
            try {
                write(batch);
            } finally {
                lock.lock();
                try {
                    writing--;
                    writerDone.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }
        return pending.await();
    }

    /** Units handed in and not yet taken by a writer. */
    int queued() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until {@code own} is taken or a writer may start; answers the batch to write, or null once taken. */
    private List<Pending<U, R>> nextBatch(Pending<U, R> own) {
        lock.lock();
        try {
            while (!own.taken && writing >= writers) {
                writerDone.awaitUninterruptibly();
            }
            if (own.taken) {
                return null;
            }
            writing++;
            List<Pending<U, R>> batch = new ArrayList<>(Math.min(maxBatch, queue.size()));
            while (batch.size() < maxBatch && !queue.isEmpty()) {
                Pending<U, R> next = queue.pollFirst();
                next.taken = true;
                batch.add(next);
            }
            return batch;
        } finally {
            lock.unlock();
        }
    }

    private void write(List<Pending<U, R>> batch) {
        List<U> units = new ArrayList<>(batch.size());
        for (Pending<U, R> pending : batch) {
            units.add(pending.unit);
        }
        List<Outcome<R>> outcomes;
        try {
            outcomes = writer.write(units);
            if (outcomes.size() != batch.size()) {
                throw new IllegalStateException("A batch of " + batch.size() + " came to " + outcomes.size() + " outcomes");
            }
        } catch (Exception | Error e) {
            Exception failure = e instanceof Exception exception ? exception : new IllegalStateException(e);
            List<Pending<U, R>> failed = new ArrayList<>(batch);
            if (failsQueued.test(failure)) {
                lock.lock();
                try {
                    while (!queue.isEmpty()) {
                        Pending<U, R> next = queue.pollFirst();
                        next.taken = true;
                        failed.add(next);
                    }
                } finally {
                    lock.unlock();
                }
            }
            for (Pending<U, R> pending : failed) {
                pending.complete(Outcome.failed(failure));
            }
            if (e instanceof Error error) {
                throw error;
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).complete(outcomes.get(i));
        }
    }

    /** One caller's unit: taken once by a writer (under the group's lock), then answered (under its own monitor). */
    private static final class Pending<U, R> {

        final U unit;
        /** Guarded by the group's lock. */
        boolean taken;
        /** Guarded by this. */
        private Outcome<R> outcome;

        Pending(U unit) {
            this.unit = unit;
        }

        synchronized void complete(Outcome<R> done) {
            outcome = done;
            notifyAll();
        }

        synchronized R await() throws Exception {
            boolean interrupted = false;
            while (outcome == null) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (outcome.failure() != null) {
                throw outcome.failure();
            }
            return outcome.result();
        }
    }
}
