package com.lana.checkout.bench;

import com.lana.checkout.api.CheckoutService;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one scenario with a number of client threads: warm-up, then a fixed measured window, then
 * the scenario's checks. A closed loop: each thread makes its next call as soon as the previous
 * one answers, and records the latency of each call that started inside the measured window.
 */
final class Runner {

    /** Longest latency a histogram tracks; the client's call timeout is 10 s. */
    private static final long MAX_TRACKED_NANOS = TimeUnit.SECONDS.toNanos(60);

    /** A failed run: a call threw, or the checks found a lost update. */
    static final class RunFailedException extends Exception {
        private static final long serialVersionUID = 1L;

        RunFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Runner() {
    }

    static RunResult run(Scenario scenario, int threads, Duration warmup, Duration duration)
            throws RunFailedException, InterruptedException {
        String what = scenario.name() + " at " + threads + " thread(s)";
        CheckoutService admin;
        Scenario.Run run;
        List<Scenario.Worker> workers = new ArrayList<>();
        try {
            admin = scenario.connector().connect();
            run = scenario.prepare(admin, new Oracle(admin::catalog), threads);
            for (int i = 0; i < threads; i++) {
                workers.add(run.worker(scenario.connector().connect(), i));
            }
        } catch (Exception e) {
            throw new RunFailedException("Could not set up " + what + ": " + e, e);
        }
        RunResult result = time(scenario.name(), workers, warmup, duration);
        try {
            run.verify(admin);
        } catch (Exception e) {
            throw new RunFailedException(what + " failed its check: " + describe(e), e);
        }
        try {
            run.cleanUp(admin);
        } catch (Exception e) {
            throw new RunFailedException("Could not clean up after " + what + ": " + describe(e), e);
        }
        return result;
    }

    /**
     * Runs {@code workers}, one client thread each, for {@code warmup} unmeasured and then {@code duration}
     * measured; answers what the measured window saw, labelled with store {@code memory} (see
     * {@link RunResult#on}). Checks are the caller's.
     *
     * @throws RunFailedException when a call threw
     */
    static RunResult time(String scenario, List<? extends Scenario.Worker> workers, Duration warmup, Duration duration)
            throws RunFailedException, InterruptedException {
        int threads = workers.size();
        Histogram[] histograms = new Histogram[threads];
        long[] counts = new long[threads];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2]; // measure start, end; written before go opens
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            Scenario.Worker worker = workers.get(i);
            Thread client = new Thread(() -> {
                Histogram histogram = new Histogram(MAX_TRACKED_NANOS, 3);
                long calls = 0;
                try {
                    ready.countDown();
                    go.await();
                    long measureFrom = window[0];
                    long end = window[1];
                    while (failure.get() == null) {
                        long start = System.nanoTime();
                        if (start >= end) {
                            break;
                        }
                        worker.call();
                        long took = System.nanoTime() - start;
                        if (start >= measureFrom) {
                            histogram.recordValue(Math.min(took, MAX_TRACKED_NANOS));
                            calls++;
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
                histograms[index] = histogram;
                counts[index] = calls;
            }, "client-" + i);
            client.setDaemon(true);
            clients.add(client);
            client.start();
        }
        ready.await();
        long now = System.nanoTime();
        window[0] = now + warmup.toNanos();
        window[1] = window[0] + duration.toNanos();
        go.countDown();
        for (Thread client : clients) {
            client.join();
        }

        Throwable failed = failure.get();
        if (failed != null) {
            throw new RunFailedException(scenario + " at " + threads + " thread(s) failed: " + describe(failed), failed);
        }
        Histogram all = new Histogram(MAX_TRACKED_NANOS, 3);
        long calls = 0;
        for (int i = 0; i < threads; i++) {
            all.add(histograms[i]);
            calls += counts[i];
        }
        return new RunResult(BenchStore.MEMORY, scenario, threads, calls, duration.toNanos() / 1e9, all);
    }

    static String describe(Throwable e) {
        return e instanceof VerificationException ? e.getMessage() : e.toString();
    }
}
