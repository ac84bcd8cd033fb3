package com.lana.checkout.client.sale;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.fail;

/**
 * The UI thread of a till without Swing: the till hands its outcomes to {@link #executor()}, and
 * the test thread runs them while it waits for a condition, so every call to the till stays on one
 * thread.
 */
final class UiQueue {

    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

    Executor executor() {
        return queue::add;
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Runs what the till handed back until {@code condition} holds; fails after 15 s, saying {@code state}. */
    void runUntil(String what, BooleanSupplier condition, Supplier<Object> state) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        try {
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    fail("Timed out waiting for " + what + "; " + state.get());
                }
                Runnable task = queue.poll(50, TimeUnit.MILLISECONDS);
                if (task != null) {
                    task.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
