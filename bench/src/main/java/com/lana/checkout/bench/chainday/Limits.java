package com.lana.checkout.bench.chainday;

import java.util.Locale;

/**
 * Which resource gave out in a step that did not hold: a best judgement from what the tool can
 * measure, in this order, the first that applies.
 * <ol>
 *   <li>{@code cpu}: the server, the database and this tool together used at least {@value #CPU_BUSY}
 *       of the machine's cores;</li>
 *   <li>on PostgreSQL, from the sampled sessions: {@code row_locks} or {@code wal_flush}, whichever more
 *       busy sessions waited on, when at least {@value #WAIT_SHARE} of them waited for a lock or on
 *       writing or flushing the WAL; else {@code store_pool} when in at least {@value #POOL_FULL} of the samples every pooled
 *       connection was busy (calls wait for one);</li>
 *   <li>{@code disk_flush}: the cores sat idle waiting on disk I/O at least {@value #IO_WAIT} of the
 *       time (an H2 file store syncing its log; any disk);</li>
 *   <li>{@code cpu} again when the machine's cores were at least {@value #CPU_BUSY} busy with other
 *       programs' work added: on a shared machine they took what the checkout needed;</li>
 *   <li>{@code bench}: the tills' own actions started late (99th percentile over
 *       {@value #LATE_MS} ms) on a machine with cores to spare: this tool, not the server, fell behind;</li>
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

    /** The figures behind {@link #firstLimit}, for people. */
    static String explain(StepResult step) {
        CpuProbe.Usage usage = step.usage();
        DatabaseWaits.Totals waits = step.waits();
        String sessions = waits.samples() == 0 ? "" : String.format(Locale.ROOT,
                "; database sessions busy %.1f on average, %.0f%% of them waiting on locks, %.0f%% on the WAL, "
                        + "pool full in %.0f%% of samples", (double) waits.busySessions() / waits.samples(),
                100.0 * waits.lockWaits() / Math.max(1, waits.busySessions()),
                100.0 * waits.walWaits() / Math.max(1, waits.busySessions()),
                100.0 * waits.poolFull() / waits.samples());
        return String.format(Locale.ROOT, "%s: scan p99 %.1f ms, pay p99 %.1f ms, %d failed calls; machine cores %.0f%% "
                        + "busy (server %.2f cores, database %s, this tool %.2f, other programs the rest), %.0f%% "
                        + "waiting on disk; tills' actions late by %.1f ms at p99%s",
                firstLimit(step), step.latency(Operation.SCAN).p99(), step.latency(Operation.PAY).p99(), step.errors(),
                100 * usage.machineBusy(), usage.serverCores(),
                Double.isNaN(usage.databaseCores()) ? "not measured" : String.format(Locale.ROOT, "%.2f cores",
                        usage.databaseCores()), usage.benchCores(), 100 * usage.machineIoWait(), step.latenessP99(),
                sessions);
    }

    static String firstLimit(StepResult step) {
        CpuProbe.Usage usage = step.usage();
        double cores = Runtime.getRuntime().availableProcessors();
        double ours = usage.serverCores() + usage.benchCores()
                + (Double.isNaN(usage.databaseCores()) ? 0 : usage.databaseCores());
        if (ours / cores >= CPU_BUSY) {
            return "cpu";
        }
        DatabaseWaits.Totals waits = step.waits();
        if (waits.samples() > 0) {
            double busy = Math.max(1, waits.busySessions());
            double locks = waits.lockWaits() / busy;
            double wal = waits.walWaits() / busy;
            if (Math.max(locks, wal) >= WAIT_SHARE) {
                return locks > wal ? "row_locks" : "wal_flush";
            }
            if ((double) waits.poolFull() / waits.samples() >= POOL_FULL) {
                return "store_pool";
            }
        }
        if (usage.machineIoWait() >= IO_WAIT) {
            return "disk_flush";
        }
        if (usage.machineBusy() >= CPU_BUSY) {
            return "cpu";
        }
        if (step.latenessP99() > LATE_MS) {
            return "bench";
        }
        return step.errors() > 0 ? "errors" : "unknown";
    }
}
