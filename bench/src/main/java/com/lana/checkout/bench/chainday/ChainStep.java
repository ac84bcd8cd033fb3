package com.lana.checkout.bench.chainday;

import com.lana.checkout.api.CheckoutService;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One capacity step: {@code tills} tills on a scheduled executor (a few threads, not one per till),
 * their first actions spread over one scan interval, split across the servers in turn. Calls
 * starting in the measured window (after that first interval) are timed; at the end every till
 * finishes its pending call, so that what it was told is final before the checks.
 */
final class ChainStep {

    /** Threads of the executor at most: they wait on the server, so more than cores, far fewer than tills. */
    static final int MAX_THREADS = 128;
    /** How long the tills may take, after the window, to get their pending calls answered. */
    private static final Duration DRAIN = Duration.ofSeconds(60);

    /**
     * What a step saw.
     *
     * @param ledger every basket the tills opened, with what they were told
     * @param errors calls that failed (and were sent again)
     * @param firstError the first of them, or null
     */
    record Outcome(int tills, Latencies latencies, Queue<TillSale> ledger, long sales, double seconds, long errors,
                   String firstError) {

        double salesPerSecond() {
            return sales / seconds;
        }
    }

    private ChainStep() {
    }

    /**
     * Runs {@code tills} tills for one {@code interval} unmeasured, then {@code measured}, each a clerk
     * acting about once an {@code interval} and scanning from {@code codes}; till i calls
     * {@code services.get(i % services.size())}.
     *
     * @throws IllegalStateException when tills could not get their pending calls answered in the drain time
     */
    static Outcome run(int tills, List<CheckoutService> services, List<String> codes, Duration interval,
                       Duration measured, long seed, Runnable atMeasureStart, Runnable atMeasureEnd)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        Queue<TillSale> ledger = new ConcurrentLinkedQueue<>();
        AtomicLong sales = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(tills);
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(Math.min(tills, MAX_THREADS), r -> {
            Thread thread = new Thread(r, "till-executor");
            thread.setDaemon(true);
            return thread;
        });
        long intervalNanos = interval.toNanos();
        long start = System.nanoTime();
        long measureFrom = start + intervalNanos;
        long measureTo = measureFrom + measured.toNanos();
        long drainTo = measureTo + DRAIN.toNanos();
        List<Till> all = new ArrayList<>();
        for (int i = 0; i < tills; i++) {
            all.add(new Till(i, services.get(i % services.size()), codes, ledger, seed + i));
        }
        for (Till till : all) {
            long offset = (long) (intervalNanos * (till.index() + 0.5) / tills);
            executor.schedule(new Runnable() {
                private long due = start + offset;
                private long jitter = seed * 31 + till.index();

                @Override
                public void run() {
                    long now = System.nanoTime();
                    boolean measuring = now >= measureFrom && now < measureTo;
                    if (measuring) {
                        latencies.recordLateness(now - due);
                    }
                    try {
                        Operation done = till.act(latencies, measuring);
                        if (done == Operation.PAY && measuring) {
                            sales.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, "till " + till.index() + ": " + e);
                    }
                    long after = System.nanoTime();
                    if ((after >= measureTo && !till.hasPending()) || after >= drainTo) {
                        stopped.countDown();
                        return;
                    }
                    // an interval give or take a quarter, after the answer, as a clerk waits for the beep
                    jitter = jitter * 6364136223846793005L + 1442695040888963407L;
                    double spread = 0.75 + 0.5 * ((jitter >>> 11) * 0x1.0p-53);
                    due = after + (long) (intervalNanos * spread);
                    executor.schedule(this, due - after, TimeUnit.NANOSECONDS);
                }
            }, offset, TimeUnit.NANOSECONDS);
        }
        TimeUnit.NANOSECONDS.sleep(Math.max(0, measureFrom - System.nanoTime()));
        atMeasureStart.run();
        TimeUnit.NANOSECONDS.sleep(Math.max(0, measureTo - System.nanoTime()));
        atMeasureEnd.run();
        boolean drained = stopped.await(DRAIN.toNanos() + intervalNanos * 2, TimeUnit.NANOSECONDS);
        executor.shutdownNow();
        if (!drained || all.stream().anyMatch(Till::hasPending)) {
            throw new IllegalStateException("Tills could not get their last calls answered within " + DRAIN.toSeconds()
                    + " s after the step; first error: " + firstError.get());
        }
        return new Outcome(tills, latencies, ledger, sales.get(), measured.toNanos() / 1e9, errors.get(),
                firstError.get());
    }
}
