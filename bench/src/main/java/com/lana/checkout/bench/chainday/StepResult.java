package com.lana.checkout.bench.chainday;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What one capacity step measured. Immutable.
 *
 * @param tills how many tills ran
 * @param latencies per operation, over the measured window
 * @param salesPerSecond sales completed per second in the window
 * @param errors calls that failed and were sent again
 * @param usage CPU over the window
 * @param waits the database sessions' waits over the window ({@link DatabaseWaits.Totals#NONE} without PostgreSQL)
 * @param latenessP99 how late the tills' actions started, 99th percentile, ms: the tool's own backlog
 * @param serverThreads the server processes' threads at the window's end, -1 when unknown
 */
record StepResult(int tills, Map<Operation, LatencySummary> latencies, double salesPerSecond, long errors,
                  CpuProbe.Usage usage, DatabaseWaits.Totals waits, double latenessP99, int serverThreads) {

    StepResult {
        if (tills < 1) {
            throw new IllegalArgumentException("A step runs at least one till, was " + tills);
        }
        latencies = Map.copyOf(new EnumMap<>(latencies));
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(waits, "waits");
    }

    LatencySummary latency(Operation operation) {
        return latencies.getOrDefault(operation, new LatencySummary(operation, 0, 0, 0, 0));
    }

    /** The step's machine-readable line, {@code held} as {@link Capacity#held} judged it. */
    String line(String store, boolean held, String limit) {
        return String.format(Locale.ROOT, "CHAIN_STEP store=%s tills=%d held=%s sales_per_s=%.1f scan_p99_ms=%.2f "
                        + "pay_p99_ms=%.2f errors=%d machine_busy=%s io_wait=%s server_cpu_cores=%s db_cpu_cores=%s "
                        + "bench_cpu_cores=%s server_threads=%d bench_lag_p99_ms=%.1f limit=%s",
                store, tills, held, salesPerSecond, latency(Operation.SCAN).p99(), latency(Operation.PAY).p99(), errors,
                format(usage.machineBusy()), format(usage.machineIoWait()), format(usage.serverCores()),
                format(usage.databaseCores()), format(usage.benchCores()), serverThreads, latenessP99, limit);
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "na" : String.format(Locale.ROOT, "%.2f", value);
    }
}
