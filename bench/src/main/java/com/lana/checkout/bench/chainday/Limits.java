package com.lana.checkout.bench.chainday;

/**
 * Which resource gave out in a step that did not hold: a best judgement from what the tool can
 * measure, in this order, the first that applies.
 * <ol>
 *   <li>{@code cpu}: the machine's cores were at least {@value #CPU_BUSY} busy (all programs: the server,
 *       the database and this tool share them; the step's line says how much each took);</li>
 *   <li>on PostgreSQL, from the sampled sessions: {@code row_locks} when at least {@value #WAIT_SHARE}
 *       of busy sessions waited for a lock, {@code wal_flush} when as many waited on writing or flushing
 *       the WAL, {@code store_pool} when in at least {@value #POOL_FULL} of the samples every pooled
 *       connection was busy (calls wait for one);</li>
 *   <li>{@code disk_flush}: the cores sat idle waiting on disk I/O at least {@value #IO_WAIT} of the
 *       time (an H2 file store syncing its log; any disk);</li>
 *   <li>{@code bench}: the tills' own actions started late (99th percentile over
 *       {@value #LATE_MS} ms): this tool, not the server, fell behind;</li>
 *   <li>{@code errors}: calls failed, with none of the above;</li>
 *   <li>{@code unknown}: none of these signs. RMI's server threads are not a fixed pool (one per
 *       connection), so they are reported as a count, never judged a limit.</li>
 * </ol>
 */
final class Limits {

    static final double CPU_BUSY = 0.85;
    static final double WAIT_SHARE = 0.25;
    static final double POOL_FULL = 0.5;
    static final double IO_WAIT = 0.10;
    static final double LATE_MS = 50;

    /** What the CAPACITY line says when every step held: the largest step tried was not enough to find a limit. */
    static final String NONE = "none_found";

    private Limits() {
    }

    static String firstLimit(StepResult step) {
        CpuProbe.Usage usage = step.usage();
        if (usage.machineBusy() >= CPU_BUSY) {
            return "cpu";
        }
        DatabaseWaits.Totals waits = step.waits();
        if (waits.samples() > 0) {
            double busy = Math.max(1, waits.busySessions());
            if (waits.lockWaits() / busy >= WAIT_SHARE) {
                return "row_locks";
            }
            if (waits.walWaits() / busy >= WAIT_SHARE) {
                return "wal_flush";
            }
            if ((double) waits.poolFull() / waits.samples() >= POOL_FULL) {
                return "store_pool";
            }
        }
        if (usage.machineIoWait() >= IO_WAIT) {
            return "disk_flush";
        }
        if (step.latenessP99() > LATE_MS) {
            return "bench";
        }
        return step.errors() > 0 ? "errors" : "unknown";
    }
}
