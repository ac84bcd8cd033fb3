package com.lana.checkout.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Measures the server on one database store: starts it with {@code --store URL} (for PostgreSQL a
 * second one on the same database for {@code two-servers}) and runs the database scenarios at each
 * thread count, together with the database's own durable write, {@code jdbc-update}, at the same
 * thread counts: for PostgreSQL right before the scenarios at each count; for H2 after the server
 * has stopped, on the same file (an H2 file is open in one process at a time). The H2 server gets a
 * fresh file in a temporary folder, deleted afterwards. PostgreSQL is used as given; the tool
 * touches only its own table there (see {@link JdbcUpdateBaseline}) and the baskets its runs create,
 * which every scenario removes after its checks.
 */
final class StoreBench {

    private final PrintStream out;
    private final List<String> jvmOptions;
    private final String product;
    private final List<String> scenarioNames;
    private final Duration warmup;
    private final Duration measured;

    StoreBench(PrintStream out, List<String> jvmOptions, String product, List<String> scenarioNames,
               Duration warmup, Duration measured) {
        this.out = out;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.product = product;
        this.scenarioNames = List.copyOf(scenarioNames);
        this.warmup = warmup;
        this.measured = measured;
    }

    /** Every result of {@code store} at each of {@code threads}, the baseline's included, labelled with its kind. */
    List<RunResult> measure(BenchStore store, List<Integer> threads)
            throws Runner.RunFailedException, InterruptedException, IOException {
        Path folder = store.kind().equals(BenchStore.H2) ? BenchStore.freshFolder() : null;
        String url = store.serverUrl(folder);
        out.println();
        out.println("== Store " + store.kind() + ": " + BenchStore.safe(url));
        List<RunResult> results = new ArrayList<>();
        // A PostgreSQL database is shared: its baseline runs right before the scenarios at each thread
        // count, so both meet the same disk and load. An H2 file is the server's until the server stops.
        boolean baselineFirst = store.kind().equals(BenchStore.POSTGRESQL);
        try {
            List<ServerProcess> servers = new ArrayList<>();
            try {
                boolean twoServers = store.kind().equals(BenchStore.POSTGRESQL) && scenarioNames.stream()
                        .map(String::strip).anyMatch(n -> n.equals("all") || n.equals(Scenarios.TWO_SERVERS));
                servers.add(start(url));
                if (twoServers) {
                    servers.add(start(url));
                }
                List<Connector> connectors = servers.stream()
                        .map(s -> Connector.plain("127.0.0.1", s.port())).toList();
                List<Scenario> scenarios = Scenarios.available(Scenarios.database(connectors.get(0),
                        twoServers ? Connector.alternating(connectors) : null, product, warmup.plus(measured)),
                        scenarioNames);
                results.addAll(run(store, url, scenarios, threads, baselineFirst));
            } finally {
                servers.forEach(ServerProcess::close);
            }
            if (!baselineFirst) {
                for (int count : threads) {
                    results.add(baseline(store, url, count, results));
                }
            }
            try {
                JdbcUpdateBaseline.dropTable(url);
            } catch (SQLException e) {
                out.println("Could not drop the bench's table " + JdbcUpdateBaseline.TABLE + ": " + e.getMessage());
            }
        } finally {
            if (folder != null) {
                BenchStore.deleteFolder(folder);
            }
        }
        return results;
    }

    private List<RunResult> run(BenchStore store, String url, List<Scenario> scenarios, List<Integer> threads,
                                boolean baselineFirst) throws Runner.RunFailedException, InterruptedException {
        if (!warmup.isZero()) {
            int primingThreads = Math.min(8, threads.stream().max(Integer::compare).orElse(1));
            out.printf("Warming up: each scenario for %.1f s at %d threads%n", warmup.toMillis() / 1000.0, primingThreads);
            for (Scenario scenario : scenarios) {
                Runner.run(scenario, primingThreads, Duration.ZERO, warmup);
            }
        }
        List<RunResult> results = new ArrayList<>();
        for (int count : threads) {
            out.printf("-- %s, %d client thread(s)%n", store.kind(), count);
            if (baselineFirst) {
                results.add(baseline(store, url, count, List.of()));
            }
            for (Scenario scenario : scenarios) {
                RunResult result = Runner.run(scenario, count, warmup, measured).on(store.kind());
                out.println(result.progressLine());
                results.add(result);
            }
            if (baselineFirst) {
                printRatios(results, count);
            }
        }
        return results;
    }

    /** {@code jdbc-update} at {@code count} threads; prints the ratios to it of what {@code before} holds at that count. */
    private RunResult baseline(BenchStore store, String url, int count, List<RunResult> before)
            throws Runner.RunFailedException, InterruptedException {
        RunResult baseline = JdbcUpdateBaseline.run(store, url, count, warmup, measured);
        out.println(baseline.progressLine());
        if (!before.isEmpty()) {
            List<RunResult> all = new ArrayList<>(before);
            all.add(baseline);
            printRatios(all, count);
        }
        return baseline;
    }

    private void printRatios(List<RunResult> results, int count) {
        RunResult baseline = LoadTool.find(results, results.get(0).store(), JdbcUpdateBaseline.SCENARIO, count);
        out.println("   ratio to " + JdbcUpdateBaseline.SCENARIO + " at " + count + " thread(s): " + results.stream()
                .filter(r -> r.threads() == count && r != baseline)
                .map(r -> r.scenario() + " " + LoadTool.format(r.ratioTo(baseline)))
                .collect(Collectors.joining(", ")));
    }

    private ServerProcess start(String url) throws IOException {
        ServerProcess server = ServerProcess.start(jvmOptions, List.of("--store", url), Map.of(),
                port -> Connector.plain("127.0.0.1", port), out, Duration.ofSeconds(90));
        out.println("Started a checkout server on " + BenchStore.safe(url) + " in its own JVM (pid " + server.pid()
                + ") on 127.0.0.1:" + server.port());
        return server;
    }
}
