package com.lana.checkout.bench.chainday;

import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Product;
import com.lana.checkout.bench.BenchStore;
import com.lana.checkout.bench.Chart;
import com.lana.checkout.bench.Connector;
import com.lana.checkout.bench.Machine;
import com.lana.checkout.bench.ServerProcess;
import com.lana.checkout.bench.VerificationException;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./run-bench.sh --scenarios chain-day}: a chain's busy day on each {@code --store}. Starts the
 * server(s) in JVMs of their own (memory and H2: one; PostgreSQL: two on the one database, the tills
 * split between them), then runs {@link CapacitySearch}: tills behaving like clerks ({@link Till}),
 * stepped up until scans or payments get too slow, every step checked for lost or doubled changes.
 *
 * <p>Exit codes as the tool's: 0 every step passed its checks, 1 a check failed or a server could not
 * be started, 2 a bad command line.
 */
public final class ChainDay {

    /** The scenario's name in {@code --scenarios}. */
    public static final String SCENARIO = "chain-day";

    /** The store label of PostgreSQL, with two servers sharing it. */
    static final String POSTGRESQL_TWO_SERVERS = "postgresql-2-servers";

    /** Connections in each server's store pool (the server's {@code StoreDatabase}). */
    private static final int POOL_PER_SERVER = 10;

    private final PrintStream out;
    private final ChainDayOptions options;
    private final boolean quick;
    private final List<String> jvmOptions;

    public ChainDay(PrintStream out, ChainDayOptions options, boolean quick, List<String> jvmOptions) {
        this.out = out;
        this.options = options;
        this.quick = quick;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * Runs chain-day on each store {@code storeUrls} names (memory when none); adds its lines to
     * {@code report}, writes it to {@code resultsFile} and the capacity chart to {@code chartFile}
     * where not null. Answers the exit code.
     */
    public int run(List<String> storeUrls, List<String> report, Path resultsFile, Path chartFile) throws Exception {
        List<BenchStore> stores;
        try {
            stores = BenchStore.parseAll(storeUrls);
        } catch (IllegalArgumentException e) {
            out.println("run-bench.sh: " + e.getMessage() + " (see --help)");
            return 2;
        }
        String problem = options.problem();
        if (problem != null) {
            out.println("run-bench.sh: " + problem + " (see --help)");
            return 2;
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "# chain-day: tills act every %d ms (give or take a quarter), %.1f s "
                        + "measured per step after one interval of tills starting, search from %d tills up to %d",
                options.scanIntervalMillis, options.stepTime(quick).toMillis() / 1000.0, CapacitySearch.FIRST_TILLS,
                options.maxTills(quick)));
        out.println(lines.get(0));
        Map<String, List<StepResult>> steps = new LinkedHashMap<>();
        for (BenchStore store : stores) {
            try {
                CapacitySearch search = measure(store, steps);
                lines.addAll(search.lines());
            } catch (VerificationException e) {
                out.println("run-bench.sh: FAILED: " + e.getMessage());
                return 1;
            } catch (IllegalStateException | IOException e) {
                out.println("run-bench.sh: FAILED: chain-day on " + store + ": " + e.getMessage());
                return 1;
            }
        }
        out.println();
        lines.stream().filter(l -> l.startsWith("CAPACITY ")).forEach(out::println);
        report.addAll(lines);
        report.add("# load average after chain-day: " + Machine.loadAverage());
        if (resultsFile != null) {
            Files.write(resultsFile, report, StandardCharsets.UTF_8);
            out.println("Results written to " + resultsFile);
        }
        if (chartFile != null) {
            Chart.write(chartPoints(steps), Machine.describe(), new Chart.Axes(
                    "Lana checkout chain-day: p99 latency by simulated tills", "tills",
                    "simulated tills (a scan every " + options.scanIntervalMillis + " ms each)", "p99_ms",
                    "p99 latency, ms (holds: scan <= 50, pay <= 200)"), chartFile);
            out.println("Chart written to " + chartFile);
        }
        out.println("chain-day: every step passed its checks.");
        return 0;
    }

    private CapacitySearch measure(BenchStore store, Map<String, List<StepResult>> steps) throws Exception {
        boolean postgresql = store.kind().equals(BenchStore.POSTGRESQL);
        String label = postgresql ? POSTGRESQL_TWO_SERVERS : store.kind();
        Path folder = store.kind().equals(BenchStore.H2) ? BenchStore.freshFolder() : null;
        String url = store.serverUrl(folder);
        out.println();
        out.println("== chain-day on " + label + (store.isDatabase() ? ": " + BenchStore.safe(url) : ""));
        List<ServerProcess> servers = new ArrayList<>();
        try {
            for (int i = 0; i < (postgresql ? 2 : 1); i++) {
                List<String> arguments = store.isDatabase() ? List.of("--store", url) : List.of();
                ServerProcess server = ServerProcess.start(jvmOptions, arguments, Map.of(),
                        port -> Connector.plain("127.0.0.1", port), out, Duration.ofSeconds(90));
                out.println("Started a checkout server in its own JVM (pid " + server.pid() + ") on 127.0.0.1:"
                        + server.port());
                servers.add(server);
            }
            List<CheckoutService> services = new ArrayList<>();
            for (ServerProcess server : servers) {
                services.add(Checkout.connect("127.0.0.1", server.port()));
            }
            CheckoutService admin = services.get(0);
            List<String> codes = admin.favourites().products().stream().filter(Product::onSale)
                    .map(Product::code).toList();
            List<Long> pids = servers.stream().map(ServerProcess::pid).toList();
            int databasePort = postgresql ? localPort(url) : 0;
            CapacitySearch.Probes probes = new CapacitySearch.Probes() {
                @Override
                public CpuProbe cpu() {
                    return new CpuProbe(pids, databasePort);
                }

                @Override
                public DatabaseWaits waits() throws Exception {
                    return postgresql ? new DatabaseWaits(url, POOL_PER_SERVER * servers.size()) : null;
                }
            };
            out.printf(Locale.ROOT, "Tills scan %s, act every %d ms (give or take a quarter), pay after 8 to 16 items; "
                    + "a step holds when scan p99 <= %.0f ms and pay p99 <= %.0f ms and no call fails%n",
                    codes, options.scanIntervalMillis, Capacity.SCAN_P99_MS, Capacity.PAY_P99_MS);
            CapacitySearch search = new CapacitySearch(out, label, services, admin, codes, probes, pids);
            steps.put(label, search.run(new CapacitySearch.Plan(options.interval(), options.stepTime(quick),
                    options.tills, options.maxTills(quick), !quick, Duration.ofSeconds(quick ? 2 : 10))));
            return search;
        } finally {
            servers.forEach(ServerProcess::close);
            if (folder != null) {
                BenchStore.deleteFolder(folder);
            }
        }
    }

    /** The port of a PostgreSQL URL on this machine's loopback, or 0 when it is elsewhere (its CPU is not ours to read). */
    static int localPort(String url) {
        try {
            URI uri = URI.create(url.substring("jdbc:".length()));
            String host = uri.getHost();
            boolean local = host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
            return local ? (uri.getPort() < 0 ? 5432 : uri.getPort()) : 0;
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    private static List<Map<String, String>> chartPoints(Map<String, List<StepResult>> steps) {
        List<Map<String, String>> points = new ArrayList<>();
        steps.forEach((store, results) -> {
            for (StepResult step : results) {
                for (Operation operation : List.of(Operation.SCAN, Operation.PAY)) {
                    // the chart names a series by its scenario alone on store memory
                    points.add(Map.of("store", "memory", "scenario", store + " " + operation.label(), "tills",
                            Integer.toString(step.tills()), "p99_ms",
                            String.format(Locale.ROOT, "%.3f", step.latency(operation).p99())));
                }
            }
        });
        return points;
    }
}
