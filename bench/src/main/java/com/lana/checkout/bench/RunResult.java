package com.lana.checkout.bench;

import org.HdrHistogram.Histogram;

import java.util.Locale;

/**
 * What one timed run measured: successful calls in the measured window and their latencies
 * (nanoseconds, in an HdrHistogram with 3 significant digits), and which basket store the server
 * under test ran on ({@code memory}, {@code h2} or {@code postgresql}).
 */
public record RunResult(String store, String scenario, int threads, long calls, double seconds, Histogram latencies) {

    public double callsPerSecond() {
        return calls / seconds;
    }

    /** Latency at {@code percentile} (0-100) in microseconds. */
    public double micros(double percentile) {
        return latencies.getValueAtPercentile(percentile) / 1_000.0;
    }

    /** This run's calls/s over {@code baseline}'s (e.g. ping at the same thread count); NaN without one. */
    public double ratioTo(RunResult baseline) {
        return baseline == null ? Double.NaN : callsPerSecond() / baseline.callsPerSecond();
    }

    /** The same measurement, labelled with the store the server ran on. */
    public RunResult on(String storeKind) {
        return new RunResult(storeKind, scenario, threads, calls, seconds, latencies);
    }

    /**
     * The fixed, machine-readable summary line.
     *
     * @param ping the store's {@code ping} at the same thread count, or null
     * @param baseline the store's {@code jdbc-update} at the same thread count, or null (memory)
     */
    public String resultLine(RunResult ping, RunResult baseline) {
        return String.format(Locale.ROOT,
                "RESULT store=%s scenario=%s threads=%d calls_per_s=%.0f p50_us=%.1f p99_us=%.1f p999_us=%.1f "
                        + "ratio_to_ping=%s ratio_to_baseline=%s",
                store, scenario, threads, callsPerSecond(), micros(50), micros(99), micros(99.9),
                format(ratioTo(ping)), format(ratioTo(baseline)));
    }

    /** One line for people, printed as runs finish. */
    public String progressLine() {
        return String.format(Locale.ROOT, "%-14s %3d threads %,10.0f calls/s  p50 %8.1f µs  p99 %8.1f µs  "
                        + "p99.9 %8.1f µs  max %9.1f µs  (%,d calls in %.1f s)",
                scenario, threads, callsPerSecond(), micros(50), micros(99), micros(99.9),
                latencies.getMaxValue() / 1_000.0, calls, seconds);
    }

    private static String format(double ratio) {
        return Double.isNaN(ratio) ? "na" : String.format(Locale.ROOT, "%.2f", ratio);
    }
}
