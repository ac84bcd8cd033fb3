package com.lana.checkout.bench;

import org.HdrHistogram.Histogram;

import java.util.Locale;

/**
 * What one timed run measured: successful calls in the measured window and their latencies
 * (nanoseconds, in an HdrHistogram with 3 significant digits).
 */
public record RunResult(String scenario, int threads, long calls, double seconds, Histogram latencies) {

    public double callsPerSecond() {
        return calls / seconds;
    }

    /** Latency at {@code percentile} (0-100) in microseconds. */
    public double micros(double percentile) {
        return latencies.getValueAtPercentile(percentile) / 1_000.0;
    }

    /** This run's calls/s over {@code ping}'s at the same thread count; NaN without a ping. */
    public double ratioTo(RunResult ping) {
        return ping == null ? Double.NaN : callsPerSecond() / ping.callsPerSecond();
    }

    /** The fixed, machine-readable summary line. */
    public String resultLine(RunResult ping) {
        double ratio = ratioTo(ping);
        return String.format(Locale.ROOT,
                "RESULT scenario=%s threads=%d calls_per_s=%.0f p50_us=%.1f p99_us=%.1f p999_us=%.1f ratio_to_ping=%s",
                scenario, threads, callsPerSecond(), micros(50), micros(99), micros(99.9),
                Double.isNaN(ratio) ? "na" : String.format(Locale.ROOT, "%.2f", ratio));
    }

    /** One line for people, printed as runs finish. */
    public String progressLine() {
        return String.format(Locale.ROOT, "%-14s %3d threads %,10.0f calls/s  p50 %8.1f µs  p99 %8.1f µs  "
                        + "p99.9 %8.1f µs  max %9.1f µs  (%,d calls in %.1f s)",
                scenario, threads, callsPerSecond(), micros(50), micros(99), micros(99.9),
                latencies.getMaxValue() / 1_000.0, calls, seconds);
    }
}
