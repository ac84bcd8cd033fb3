package com.lana.checkout.bench.chainday;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The latencies of every operation of a step, recorded by the tills' threads at once (thread-safe),
 * and how late the tills' own scheduled actions started: when the tool's executor cannot keep up,
 * that lateness says the limit is the tool, not the server.
 */
final class Latencies {

    /** Longest latency tracked; longer ones count as this. */
    private static final long MAX_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final Map<Operation, Histogram> byOperation = new EnumMap<>(Operation.class);
    private final Histogram lateness = new SynchronizedHistogram(MAX_NANOS, 3);

    Latencies() {
        for (Operation operation : Operation.values()) {
            byOperation.put(operation, new SynchronizedHistogram(MAX_NANOS, 3));
        }
    }

    void record(Operation operation, long nanos) {
        byOperation.get(operation).recordValue(Math.max(0, Math.min(nanos, MAX_NANOS)));
    }

    void recordLateness(long nanos) {
        lateness.recordValue(Math.max(0, Math.min(nanos, MAX_NANOS)));
    }

    LatencySummary summary(Operation operation) {
        return LatencySummary.of(operation, byOperation.get(operation));
    }

    /** The 99th percentile of how late the tills' actions started, ms. */
    double latenessP99() {
        return lateness.getTotalCount() == 0 ? 0 : lateness.getValueAtPercentile(99) / 1e6;
    }
}
