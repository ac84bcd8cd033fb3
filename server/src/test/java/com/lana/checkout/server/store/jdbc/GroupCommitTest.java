package com.lana.checkout.server.store.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a group commit hands out a failure of a whole batch to the units waiting behind it. */
class GroupCommitTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch writing = new CountDownLatch(1);
    /** Every batch the writer was given, in order. */
    private final List<List<String>> batches = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        release.countDown();
        callers.shutdownNow();
    }

    @Test
    void aBatchFailingTheQueueFailsTheUnitsQueuedBehindItWithoutWritingThem() throws Exception {
        GroupCommit<String, String> group = new GroupCommit<>(1, 32, this::failOnceReleased,
                failure -> failure instanceof Away);

        List<Future<String>> answers = submitBehindAFirstBatch(group);

        for (Future<String> answer : answers) {
            assertThatThrownBy(() -> answer.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(Away.class);
        }
        assertThat(batches).containsExactly(List.of("first"));
    }

    @Test
    void aBatchFailingOnlyItselfLeavesTheQueuedUnitsToABatchOfTheirOwn() throws Exception {
        GroupCommit<String, String> group = new GroupCommit<>(1, 32, this::failOnceReleased,
                failure -> false);

        List<Future<String>> answers = submitBehindAFirstBatch(group);

        assertThatThrownBy(() -> answers.get(0).get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(Away.class);
        assertThatThrownBy(() -> answers.get(1).get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(Away.class);
        assertThat(batches).containsExactly(List.of("first"), List.of("second"));
    }

    /** Submits "first", waits until it is being written, queues "second", then lets the writer fail. */
    private List<Future<String>> submitBehindAFirstBatch(GroupCommit<String, String> group) throws Exception {
        List<Future<String>> answers = new ArrayList<>();
        answers.add(callers.submit(() -> group.submit("first")));
        assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();
        answers.add(callers.submit(() -> group.submit("second")));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (group.queued() < 1 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(group.queued()).as("queued behind the first batch").isEqualTo(1);
        release.countDown();
        return answers;
    }

    /** Records the batch; the first waits for the test's release; every batch fails as the database being away. */
    private List<GroupCommit.Outcome<String>> failOnceReleased(List<String> batch) throws Exception {
        batches.add(List.copyOf(batch));
        writing.countDown();
        release.await(30, TimeUnit.SECONDS);
        throw new Away();
    }

    /** A failure of a whole batch, as a database that cannot be reached. */
    private static final class Away extends Exception {
    }
}
