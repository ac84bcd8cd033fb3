package com.lana.checkout.bench;

import com.lana.checkout.bench.chainday.ChainDay;
import com.lana.checkout.bench.chainday.ChainDayOptions;
import com.lana.checkout.server.cli.DurationConverter;
import com.lana.checkout.server.cli.Launcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * The load tool behind {@code ./run-bench.sh}: for each {@code --store} (default memory) starts a
 * checkout server in its own JVM (or, on memory, uses {@code --host/--port}), warms up, runs every
 * scenario at every thread count for a fixed time, checks the server's totals after each run, and
 * prints one {@code RESULT} line per run with the ratios to the store's {@code ping} and, on a
 * database store, to its {@code jdbc-update} baseline (see {@link StoreBench}), the targets
 * and the heap used per open basket.
 *
 * <p>Exit codes: 0 all runs passed their checks; 1 a run failed (a lost update, a wrong total, a
 * call that threw); 2 bad command line.
 */
@Command(name = "run-bench.sh", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Measures the Lana checkout server over RMI on this machine: calls/s and p50/p99/p99.9 "
                + "latency per scenario and client thread count, each as a ratio to an empty call (ping), and "
                + "the heap used per open basket. Every run checks the server's totals afterwards: a lost "
                + "update fails the run (exit 1).",
            "",
            "Scenarios: ping, add-distinct (each thread its own basket), add-same (all threads one basket), "
                + "total-N (total of a basket of N units), sale (create, 7 adds, total, remove = 1 call), "
                + "add-distinct-tls (add-distinct over mutual TLS, against a second server the tool starts with --tls "
                + "on development certificates it makes); chain-day, run alone: simulated tills stepped up to the "
                + "capacity where scan p99 <= 50 ms and pay p99 <= 200 ms (see docs/PERFORMANCE.md).",
            "",
            "Database stores (--store): ping, add-distinct, add-same, sale, pay (completeSale of a one-item basket "
                + "= 1 call); two-servers on PostgreSQL (two servers on "
                + "one database, threads split between them, adding to shared baskets); and jdbc-update, the database's "
                + "own durable single-row UPDATE over JDBC, the baseline of every ratio_to_baseline. The tool writes "
                + "only its own table lana_bench_jdbc_update (dropped at the end) and the baskets its runs create."},
        footer = {"", "Other modes:",
            "  ./run-bench.sh --quick --metrics-overhead   metrics on vs off, add-distinct at 8 threads, median ratio",
            "  ./run-bench.sh --day-report [--store URL]   day report and journal of 100,000 sales: rows vs documents",
            "  ./run-bench.sh --quick --catalog-size [N] [--store URL]   a catalog of 100,000 (or N) products vs 3",
            "  ./run-bench.sh --make-catalog FILE.csv|FILE.json [N]   writes a generated catalog of 100,000 (or N) products",
            "  ./run-bench.sh --jmh [JMH options]     in-process microbenchmarks of pricing and Basket (-h for JMH's help)",
            "  ./run-bench.sh --plot RESULTS SVG      redraws the chart from a saved --results file"})
public final class LoadTool implements Callable<Integer> {

    @Option(names = "--quick", description = "A short run (warm-up 1s, 2s per run), under 2 minutes in all.")
    boolean quick;

    @Option(names = "--threads", split = ",", paramLabel = "N[,N...]", defaultValue = "1,8,64",
            description = "Client thread counts. Default: ${DEFAULT-VALUE}.")
    List<Integer> threads;

    @Option(names = "--duration", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Measured time per scenario and thread count. Default: 15s, 2s with --quick.")
    Duration duration;

    @Option(names = "--warmup", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Unmeasured calls before each measured run, and per scenario once at the start. "
                    + "Default: 5s, 1s with --quick.")
    Duration warmup;

    @Option(names = "--scenarios", split = ",", paramLabel = "NAME[,NAME...]", defaultValue = "all",
            description = "Which scenarios: all, ping, add-distinct, add-distinct-tls, add-same, total (every size), "
                    + "total-N, sale, pay (database stores); chain-day (alone; options below). "
                    + "Default: ${DEFAULT-VALUE}.")
    List<String> scenarioNames;

    @Option(names = "--store", paramLabel = "URL[,URL...]",
            description = "Basket store(s) of the server under test, repeatable: memory (default), "
                    + "jdbc:h2:file:PATH (the tool uses a fresh file in a temporary folder instead of PATH, "
                    + "keeping the URL's ;settings), jdbc:postgresql://HOST:PORT/DB?user=NAME (used as given; "
                    + "password from $LANA_STORE_PASSWORD; see scripts/local-postgres.sh). Each database store also "
                    + "gets the jdbc-update baseline and, for PostgreSQL, the two-servers run.")
    List<String> storeUrls;

    @Option(names = "--store-threads", split = ",", paramLabel = "N[,N...]", defaultValue = "1,8",
            description = "Client thread counts on database stores. Default: ${DEFAULT-VALUE}.")
    List<Integer> storeThreads;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Measure the server already running there instead of starting one.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "Its port. Default: 1099 with --host.")
    Integer port;

    @Option(names = "--server-jvm-opts", paramLabel = "OPTS", defaultValue = "",
            description = "Extra JVM options for the server the tool starts, e.g. "
                    + "\"-XX:StartFlightRecording=filename=server.jfr\".")
    String serverJvmOptions;

    @Option(names = "--product", paramLabel = "CODE", defaultValue = "MUG",
            description = "What add-distinct and add-same add. Default: ${DEFAULT-VALUE} (no promotion).")
    String product;

    @Option(names = "--total-units", split = ",", paramLabel = "N[,N...]", defaultValue = "10,100000",
            description = "Basket sizes of the total scenarios. Default: ${DEFAULT-VALUE}.")
    List<Long> totalUnits;

    @Option(names = "--memory", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Measure heap per open basket (100,000 and 1,000,000 baskets, -Xmx256m). Default: on.")
    boolean memory;

    @Option(names = "--metrics-overhead",
            description = "Instead of the scenarios: what recording metrics costs add-distinct at "
                    + MetricsOverhead.THREADS + " threads, two servers (metrics on as operators run them, and none "
                    + "at all) measured in alternating rounds; prints each round's ratio and the median.")
    boolean metricsOverhead;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "7",
            description = "Rounds of --metrics-overhead and --catalog-size, each measuring both servers, or measured "
                    + "rounds of --day-report. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--day-report",
            description = "Instead of the scenarios: on each database --store (default: an H2 file in a temporary "
                    + "folder), seeds --day-sales sales in one day and times the day report and the journal from "
                    + "the store's rows against parsing every sale's JSON document, as before sales were rows; "
                    + "target " + (int) DayReportBench.TARGET_MILLIS + " ms each.")
    boolean dayReport;

    @Option(names = "--day-sales", paramLabel = "N", defaultValue = "100000",
            description = "Sales in the day of --day-report. Default: ${DEFAULT-VALUE}.")
    int daySales;

    @Option(names = "--catalog-size", arity = "0..1", fallbackValue = "" + CatalogGenerator.DEFAULT_SIZE,
            paramLabel = "PRODUCTS",
            description = "Instead of the scenarios: a generated catalog of PRODUCTS products (default "
                    + CatalogGenerator.DEFAULT_SIZE + ") against the three reference ones: its import into each "
                    + "database --store, a server's start and heap with it, add-distinct by barcode at 8 threads "
                    + "(--rounds alternating rounds) and findProducts latency.")
    Integer catalogSize;

    @Option(names = "--results", paramLabel = "FILE",
            description = "Also write the RESULT, TARGET and MEMORY lines to FILE.")
    Path resultsFile;

    @Option(names = "--chart", paramLabel = "FILE",
            description = "Also draw calls/s by threads (chain-day: p99 by tills) as SVG to FILE.")
    Path chartFile;

    @Mixin
    ChainDayOptions chainDay;

    private final PrintStream out;

    LoadTool(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the tool; answers its exit code. */
    static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine commandLine = Launcher.commandLine("run-bench.sh", new LoadTool(out));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        Duration measured = duration != null ? duration : Duration.ofSeconds(quick ? 2 : 15);
        Duration warm = warmup != null ? warmup : Duration.ofSeconds(quick ? 1 : 5);
        if (measured.isZero() || threads.stream().anyMatch(n -> n < 1) || storeThreads.stream().anyMatch(n -> n < 1)) {
            out.println("run-bench.sh: --duration must be positive and --threads at least 1 (see --help)");
            return 2;
        }
        if (metricsOverhead && (rounds < 1 || host != null || port != null || storeUrls != null)) {
            out.println("run-bench.sh: --metrics-overhead starts its own two in-memory servers and needs --rounds "
                    + "of at least 1; leave out --host, --port and --store (see --help)");
            return 2;
        }
        Instant started = Instant.now();
        List<String> report = new ArrayList<>();
        report.add("# run-bench.sh " + (quick ? "--quick " : "") + "on " + started.truncatedTo(ChronoUnit.SECONDS)
                + ": threads " + threads + ", warm-up " + warm.toMillis() / 1000.0 + " s, " + measured.toMillis() / 1000.0
                + " s measured per run");
        report.add("# machine: " + Machine.describe());
        report.add("# load average before the run (1, 5, 15 min): " + Machine.loadAverage()
                + " - anything else running skews every figure");
        report.forEach(out::println);

        if (scenarioNames.stream().map(String::strip).anyMatch(ChainDay.SCENARIO::equals)) {
            if (scenarioNames.size() > 1) {
                out.println("run-bench.sh: --scenarios " + ChainDay.SCENARIO + " runs alone (see --help)");
                return 2;
            }
            return new ChainDay(out, chainDay, quick, splitOptions(serverJvmOptions))
                    .run(storeUrls, report, resultsFile, chartFile);
        }
        if (dayReport) {
            return new DayReportBench(out, daySales, rounds).run(storeUrls, report, resultsFile, started);
        }
        if (catalogSize != null) {
            return new CatalogBench(out, splitOptions(serverJvmOptions), catalogSize, rounds, warm, measured)
                    .run(storeUrls, report, resultsFile, started);
        }
        if (metricsOverhead) {
            try {
                report.addAll(new MetricsOverhead(out, splitOptions(serverJvmOptions), product)
                        .measure(rounds, warm, measured));
            } catch (Runner.RunFailedException e) {
                out.println("run-bench.sh: FAILED: " + e.getMessage());
                return 1;
            }
            report.add("# load average after the runs: " + Machine.loadAverage());
            if (resultsFile != null) {
                Files.write(resultsFile, report, StandardCharsets.UTF_8);
                out.println("Results written to " + resultsFile);
            }
            out.printf(Locale.ROOT, "Done in %d s; every run passed its checks.%n",
                    Duration.between(started, Instant.now()).toSeconds());
            return 0;
        }
        List<BenchStore> stores;
        try {
            Scenarios.validate(scenarioNames, product, totalUnits);
            stores = BenchStore.parseAll(storeUrls);
        } catch (IllegalArgumentException e) {
            out.println("run-bench.sh: " + e.getMessage() + " (see --help)");
            return 2;
        }
        boolean remote = host != null || port != null;
        if (remote && stores.stream().anyMatch(BenchStore::isDatabase)) {
            out.println("run-bench.sh: --store with a database runs servers the tool starts; leave out --host/--port "
                    + "(see --help)");
            return 2;
        }
        try {
            List<RunResult> results = new ArrayList<>();
            for (BenchStore store : stores) {
                if (store.isDatabase()) {
                    results.addAll(new StoreBench(out, splitOptions(serverJvmOptions), product, scenarioNames, warm,
                            measured).measure(store, storeThreads));
                } else {
                    results.addAll(measureInMemoryStore(warm, measured));
                }
            }
            out.println();
            for (RunResult result : results) {
                String line = result.resultLine(find(results, result.store(), Scenarios.PING, result.threads()),
                        find(results, result.store(), JdbcUpdateBaseline.SCENARIO, result.threads()));
                out.println(line);
                report.add(line);
            }
            report.add("# load average after the load runs: " + Machine.loadAverage());
            List<String> targets = Targets.check(results);
            report.addAll(targets);
            targets.forEach(out::println);
            if (memory) {
                report.addAll(MemoryFootprint.probe(out));
            }
            if (resultsFile != null) {
                Files.write(resultsFile, report, StandardCharsets.UTF_8);
                out.println("Results written to " + resultsFile);
            }
            if (chartFile != null) {
                Chart.write(Chart.parse(report), Machine.describe(), chartFile);
                out.println("Chart written to " + chartFile);
            }
            out.printf(Locale.ROOT, "Done in %d s; every run passed its checks.%n",
                    Duration.between(started, Instant.now()).toSeconds());
            return 0;
        } catch (Runner.RunFailedException e) {
            out.println("run-bench.sh: FAILED: " + e.getMessage());
            return 1;
        }
    }

    /** The in-memory store: one server (or --host/--port), plus the mutual-TLS one for add-distinct-tls. */
    private List<RunResult> measureInMemoryStore(Duration warm, Duration measured) throws Exception {
        List<Scenario> named = Scenarios.available(Scenarios.all(Connector.plain("localhost", 1),
                Connector.plain("localhost", 1), product, totalUnits), scenarioNames);
        if (named.isEmpty()) {
            return List.of();
        }
        boolean withTls = named.stream().anyMatch(s -> s.name().equals(Scenarios.ADD_DISTINCT_TLS));
        ServerProcess server = null;
        TlsServer tlsServer = null;
        out.println();
        out.println("== Store memory");
        try {
            Connector plain;
            if (host != null || port != null) {
                String where = host != null ? host : "127.0.0.1";
                int at = port != null ? port : 1099;
                plain = Connector.plain(where, at);
                out.println("Measuring the server at " + where + ":" + at);
            } else {
                server = ServerProcess.start(splitOptions(serverJvmOptions), out, Duration.ofSeconds(60));
                plain = Connector.plain("127.0.0.1", server.port());
                out.println("Started a checkout server in its own JVM (pid " + server.pid() + ") on 127.0.0.1:"
                        + server.port());
            }
            Connector tls = null;
            if (withTls && (host != null || port != null)) {
                out.println("Leaving out " + Scenarios.ADD_DISTINCT_TLS + ": the tool measures TLS only against a "
                        + "server it starts itself (run without --host/--port)");
            } else if (withTls) {
                tlsServer = TlsServer.start(splitOptions(serverJvmOptions), out, Duration.ofSeconds(60));
                tls = tlsServer.connector();
                out.println("Started a mutual-TLS checkout server in its own JVM (pid " + tlsServer.pid()
                        + ") on 127.0.0.1:" + tlsServer.port() + " for " + Scenarios.ADD_DISTINCT_TLS);
            }
            List<Scenario> scenarios = Scenarios.available(Scenarios.all(plain, tls, product, totalUnits), scenarioNames);
            return measure(scenarios, warm, measured);
        } finally {
            if (tlsServer != null) {
                tlsServer.close();
            }
            if (server != null) {
                server.close();
            }
        }
    }

    private List<RunResult> measure(List<Scenario> scenarios, Duration warm, Duration measured)
            throws Runner.RunFailedException, InterruptedException {
        if (!warm.isZero()) {
            int primingThreads = Math.min(8, threads.stream().max(Integer::compare).orElse(1));
            out.printf("Warming up: each scenario for %.1f s at %d threads%n", warm.toMillis() / 1000.0, primingThreads);
            for (Scenario scenario : scenarios) {
                Runner.run(scenario, primingThreads, Duration.ZERO, warm);
            }
        }
        List<RunResult> results = new ArrayList<>();
        for (int count : threads) {
            out.printf("-- %d client thread(s)%n", count);
            RunResult ping = null;
            List<RunResult> atCount = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                RunResult result = Runner.run(scenario, count, warm, measured);
                if (scenario.name().equals(Scenarios.PING)) {
                    ping = result;
                }
                out.println(result.progressLine());
                atCount.add(result);
            }
            RunResult baseline = ping;
            out.println("   ratio to ping at " + count + " thread(s): " + atCount.stream()
                    .map(r -> r.scenario() + " " + format(r.ratioTo(baseline)))
                    .collect(Collectors.joining(", ")));
            RunResult plainAdds = find(atCount, Scenarios.ADD_DISTINCT);
            RunResult tlsAdds = find(atCount, Scenarios.ADD_DISTINCT_TLS);
            if (plainAdds != null && tlsAdds != null) {
                out.println("   " + Scenarios.ADD_DISTINCT_TLS + " / plaintext " + Scenarios.ADD_DISTINCT + " at " + count
                        + " thread(s): " + format(tlsAdds.callsPerSecond() / plainAdds.callsPerSecond()));
            }
            results.addAll(atCount);
        }
        return results;
    }

    private static RunResult find(List<RunResult> results, String scenario) {
        return results.stream().filter(r -> r.scenario().equals(scenario)).findFirst().orElse(null);
    }

    /** The result of {@code scenario} on {@code store} at {@code threads}, or null. */
    static RunResult find(List<RunResult> results, String store, String scenario, int threads) {
        return results.stream().filter(r -> r.store().equals(store) && r.scenario().equals(scenario)
                && r.threads() == threads).findFirst().orElse(null);
    }

    private static List<String> splitOptions(String options) {
        return options.isBlank() ? List.of() : Arrays.asList(options.trim().split("\\s+"));
    }

    static String format(double ratio) {
        return Double.isNaN(ratio) ? "na" : String.format(Locale.ROOT, "%.2f", ratio);
    }
}
