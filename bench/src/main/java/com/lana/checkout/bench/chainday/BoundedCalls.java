package com.lana.checkout.bench.chainday;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The checks' and clean-up's calls, a few at a time: thousands of baskets are read in seconds, not minutes. */
final class BoundedCalls {

    /** Calls at once: the server answers them on as many threads. */
    static final int THREADS = 16;

    /** One piece of work that may throw. */
    @FunctionalInterface
    interface Work<T> {
        void on(T item) throws Exception;
    }

    private BoundedCalls() {
    }

    /**
     * Does {@code work} on every item, {@value #THREADS} at a time, and returns when all are done.
     *
     * @throws Exception the first failure, after every item was tried
     */
    static <T> void forEach(List<T> items, Work<T> work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, r -> {
            Thread thread = new Thread(r, "chain-day-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            int slice = Math.max(1, (items.size() + THREADS - 1) / THREADS);
            for (int from = 0; from < items.size(); from += slice) {
                List<T> part = items.subList(from, Math.min(items.size(), from + slice));
                done.add(threads.submit(() -> {
                    for (T item : part) {
                        work.on(item);
                    }
                    return null;
                }));
            }
            Exception first = null;
            for (Future<?> future : done) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
