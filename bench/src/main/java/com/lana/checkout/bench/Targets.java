package com.lana.checkout.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The performance targets of the benchmark issue, checked against a run's results. Each is one
 * {@code TARGET} line; a missed target is reported, not a failed run (only a lost update fails one).
 */
final class Targets {

    /** The thread count the throughput and latency targets are stated at. */
    static final int AT_THREADS = 8;

    /** How much slower a total of the largest basket may be than of the smallest and still count as flat. */
    static final double FLAT_TOLERANCE = 1.25;

    /**
     * add-distinct calls/s on the in-memory store at 8 threads in the last full run before database
     * stores (docs/PERFORMANCE.md, 2026-11-24 21:06 UTC), which the in-memory store must keep within noise.
     */
    static final double PREVIOUS_MEMORY_ADD_DISTINCT = 31_344;

    /** What counts as noise against {@link #PREVIOUS_MEMORY_ADD_DISTINCT}: 10% on a shared machine. */
    static final double MEMORY_NOISE = 0.9;

    /** PostgreSQL: add-distinct over RMI against the database's own durable single-row update. */
    static final double POSTGRESQL_ADD_VS_JDBC_UPDATE = 0.7;

    /** A database store: adds to one basket against adds to a basket each. */
    static final double DATABASE_SAME_VS_DISTINCT = 0.5;

    /** A database store: sales completed against adds to a basket each. */
    static final double DATABASE_PAY_VS_DISTINCT = 0.5;

    /** H2 file store: adds per second at 8 threads on the 2-core machine. */
    static final double H2_ADDS_PER_SECOND = 5_000;

    private Targets() {
    }

    /** Every target the results allow checking: the in-memory store's, then each database store's. */
    static List<String> check(List<RunResult> all) {
        List<RunResult> results = all.stream().filter(r -> r.store().equals(BenchStore.MEMORY)).toList();
        List<String> lines = checkMemory(results);
        find(results, Scenarios.ADD_DISTINCT, AT_THREADS).ifPresent(d -> lines.add(atLeast(
                "memory-add-distinct-vs-previous-" + Math.round(PREVIOUS_MEMORY_ADD_DISTINCT), AT_THREADS,
                d.callsPerSecond() / PREVIOUS_MEMORY_ADD_DISTINCT, MEMORY_NOISE)));
        for (String store : List.of(BenchStore.H2, BenchStore.POSTGRESQL)) {
            lines.addAll(checkDatabase(store, all.stream().filter(r -> r.store().equals(store)).toList()));
        }
        return lines;
    }

    private static List<String> checkDatabase(String store, List<RunResult> results) {
        List<String> lines = new ArrayList<>();
        Optional<RunResult> baseline = find(results, JdbcUpdateBaseline.SCENARIO, AT_THREADS);
        Optional<RunResult> distinct = find(results, Scenarios.ADD_DISTINCT, AT_THREADS);
        Optional<RunResult> same = find(results, Scenarios.ADD_SAME, AT_THREADS);
        if (store.equals(BenchStore.POSTGRESQL) && baseline.isPresent() && distinct.isPresent()) {
            lines.add(atLeast(store + "-add-distinct-vs-jdbc-update", AT_THREADS,
                    distinct.get().ratioTo(baseline.get()), POSTGRESQL_ADD_VS_JDBC_UPDATE));
        }
        if (distinct.isPresent() && same.isPresent()) {
            lines.add(atLeast(store + "-add-same-vs-add-distinct", AT_THREADS,
                    same.get().ratioTo(distinct.get()), DATABASE_SAME_VS_DISTINCT));
        }
        Optional<RunResult> pay = find(results, Scenarios.PAY, AT_THREADS);
        if (distinct.isPresent() && pay.isPresent()) {
            lines.add(atLeast(store + "-pay-vs-add-distinct", AT_THREADS,
                    pay.get().ratioTo(distinct.get()), DATABASE_PAY_VS_DISTINCT));
        }
        if (store.equals(BenchStore.H2)) {
            distinct.ifPresent(d -> lines.add(atLeast(store + "-add-distinct-per-s", AT_THREADS, d.callsPerSecond(),
                    H2_ADDS_PER_SECOND)));
        }
        return lines;
    }

    private static List<String> checkMemory(List<RunResult> results) {
        List<String> lines = new ArrayList<>();
        Optional<RunResult> ping = find(results, "ping", AT_THREADS);
        Optional<RunResult> distinct = find(results, "add-distinct", AT_THREADS);
        Optional<RunResult> same = find(results, "add-same", AT_THREADS);
        if (ping.isPresent() && distinct.isPresent()) {
            lines.add(atLeast("add-distinct-vs-ping", AT_THREADS, distinct.get().ratioTo(ping.get()), 0.9));
        }
        if (distinct.isPresent() && same.isPresent()) {
            lines.add(atLeast("add-same-vs-add-distinct", AT_THREADS,
                    same.get().callsPerSecond() / distinct.get().callsPerSecond(), 0.7));
        }
        distinct.ifPresent(d -> lines.add(atMost("add-distinct-p99-us", AT_THREADS, d.micros(99), 300)));
        results.stream().map(RunResult::threads).distinct().forEach(threads -> {
            Optional<RunResult> plain = find(results, Scenarios.ADD_DISTINCT, threads);
            Optional<RunResult> tls = find(results, Scenarios.ADD_DISTINCT_TLS, threads);
            if (plain.isPresent() && tls.isPresent()) {
                lines.add(atLeast("tls-add-distinct-vs-plain", threads,
                        tls.get().callsPerSecond() / plain.get().callsPerSecond(), 0.5));
            }
        });
        results.stream().map(RunResult::threads).distinct().forEach(threads -> {
            List<RunResult> totals = results.stream()
                    .filter(r -> r.threads() == threads && r.scenario().startsWith("total-"))
                    .sorted(Comparator.comparingLong(r -> Long.parseLong(r.scenario().substring("total-".length()))))
                    .toList();
            if (totals.size() >= 2) {
                RunResult small = totals.get(0);
                RunResult large = totals.get(totals.size() - 1);
                lines.add(atMost(large.scenario() + "-vs-" + small.scenario() + "-p50", threads,
                        large.micros(50) / small.micros(50), FLAT_TOLERANCE));
            }
        });
        return lines;
    }

    private static Optional<RunResult> find(List<RunResult> results, String scenario, int threads) {
        return results.stream().filter(r -> r.scenario().equals(scenario) && r.threads() == threads).findFirst();
    }

    private static String atLeast(String name, int threads, double value, double min) {
        return String.format(Locale.ROOT, "TARGET name=%s threads=%d value=%.2f min=%.2f met=%s",
                name, threads, value, min, value >= min);
    }

    private static String atMost(String name, int threads, double value, double max) {
        return String.format(Locale.ROOT, "TARGET name=%s threads=%d value=%.2f max=%.2f met=%s",
                name, threads, value, max, value <= max);
    }
}
