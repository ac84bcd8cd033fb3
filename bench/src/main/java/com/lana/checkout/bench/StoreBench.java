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
 * second one on the same database for {@code two-servers}), runs the database scenarios at each
 * thread count, stops the servers, then measures the database's own durable write,
 * {@code jdbc-update}, at the same thread counts. For H2 the server gets a fresh file in a temporary
 * folder (deleted afterwards) and {@code jdbc-update} runs on that same file once the server has
 * released it (an H2 file is open in one process at a time). PostgreSQL is used as given; the tool
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
                        twoServers ? Connector.alternating(connectors) : null, product), scenarioNames);
                results.addAll(run(store, scenarios, threads));
            } finally {
                servers.forEach(ServerProcess::close);
            }
            out.println("-- " + JdbcUpdateBaseline.SCENARIO + ": one durable single-row UPDATE per call over JDBC, "
                    + "the database's own cost for a write (table " + JdbcUpdateBaseline.TABLE + ")");
            for (int count : threads) {
                RunResult baseline = JdbcUpdateBaseline.run(store, url, count, warmup, measured);
                out.println(baseline.progressLine());
                results.add(baseline);
                out.println("   ratio to " + JdbcUpdateBaseline.SCENARIO + " at " + count + " thread(s): "
                        + results.stream().filter(r -> r.threads() == count)
                        .map(r -> r.scenario() + " " + LoadTool.format(r.ratioTo(baseline)))
                        .collect(Collectors.joining(", ")));
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

    private List<RunResult> run(BenchStore store, List<Scenario> scenarios, List<Integer> threads)
            throws Runner.RunFailedException, InterruptedException {
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
            for (Scenario scenario : scenarios) {
                RunResult result = Runner.run(scenario, count, warmup, measured).on(store.kind());
                out.println(result.progressLine());
                results.add(result);
            }
        }
        return results;
    }

    private ServerProcess start(String url) throws IOException {
        ServerProcess server = ServerProcess.start(jvmOptions, List.of("--store", url), Map.of(),
                port -> Connector.plain("127.0.0.1", port), out, Duration.ofSeconds(90));
        out.println("Started a checkout server on " + BenchStore.safe(url) + " in its own JVM (pid " + server.pid()
                + ") on 127.0.0.1:" + server.port());
        return server;
    }
}
