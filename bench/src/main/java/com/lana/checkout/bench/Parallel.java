package com.lana.checkout.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Runs an action on every item at once, one thread per item: for checks that make many remote calls. */
final class Parallel {

    /** An action that may throw. */
    @FunctionalInterface
    interface Action<T> {
        void run(T item) throws Exception;
    }

    private Parallel() {
    }

    /**
     * Runs {@code action} on each of {@code items} in a thread of its own and waits for all.
     *
     * @throws Exception the first failure, after every thread has finished
     */
    static <T> void forEach(List<T> items, Action<? super T> action) throws Exception {
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>(items.size());
        for (T item : items) {
            Thread thread = new Thread(() -> {
                try {
                    action.run(item);
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }, "check-" + threads.size());
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
