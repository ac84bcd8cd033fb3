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

    private Targets() {
    }

    static List<String> check(List<RunResult> results) {
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
