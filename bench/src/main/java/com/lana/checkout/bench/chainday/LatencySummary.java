package com.lana.checkout.bench.chainday;

import org.HdrHistogram.Histogram;

import java.util.Locale;
import java.util.Objects;

/**
 * One operation's latencies over a step, in milliseconds. Immutable.
 *
 * @param operation what was timed
 * @param count how many calls answered
 * @param p50 median, ms
 * @param p99 ms
 * @param p999 ms
 */
record LatencySummary(Operation operation, long count, double p50, double p99, double p999) {

    LatencySummary {
        Objects.requireNonNull(operation, "operation");
        if (count < 0) {
            throw new IllegalArgumentException("A count of calls cannot be negative, was " + count);
        }
        if (p50 < 0 || p99 < p50 || p999 < p99) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "Percentiles of %s must grow: p50 %.3f, p99 %.3f, p99.9 %.3f ms", operation.label(), p50, p99, p999));
        }
    }

    /** The summary of {@code histogram}, which holds latencies in nanoseconds; all zero when it is empty. */
    static LatencySummary of(Operation operation, Histogram histogram) {
        long count = histogram.getTotalCount();
        if (count == 0) {
            return new LatencySummary(operation, 0, 0, 0, 0);
        }
        return new LatencySummary(operation, count, millis(histogram, 50), millis(histogram, 99),
                millis(histogram, 99.9));
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1e6;
    }

    /** {@code op=scan count=1200 p50_ms=0.41 p99_ms=2.10 p999_ms=7.30} */
    String fields() {
        return String.format(Locale.ROOT, "op=%s count=%d p50_ms=%.2f p99_ms=%.2f p999_ms=%.2f",
                operation.label(), count, p50, p99, p999);
    }
}
