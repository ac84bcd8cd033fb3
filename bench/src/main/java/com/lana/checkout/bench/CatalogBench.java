package com.lana.checkout.bench;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.catalog.PriceList;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./run-bench.sh --catalog-size [N]}: a shop's catalog of N products ({@link CatalogGenerator})
 * against the three-product reference one, each written to a file the server reads
 * ({@code --catalog}, CSV when this build reads CSV, else JSON):
 * <ol>
 *   <li>on each database {@code --store}, the file's import ({@link CatalogImport});</li>
 *   <li>a server started with each catalog in its own JVM, timed until it answers a ping, and the
 *       heap it uses after a full GC ({@link ServerHeap});</li>
 *   <li>{@value #SCANS} at {@value Targets#AT_THREADS} threads on both servers, after an unmeasured
 *       run of at least {@code MIN_PRIMING} on each, in alternating rounds (large first, then reference
 *       first, ...), so the machine's drift falls on both; the target is the median of the rounds' ratios;</li>
 *   <li>{@value #SEARCH} on the large catalog at 1 and {@value Targets#AT_THREADS} threads with a
 *       mix of queries, then each kind of query alone at 1 thread, and the same queries answered in
 *       this JVM by the server's own search, without RMI.</li>
 * </ol>
 * Prints {@code RESULT} lines as the scenarios do, {@code CATALOG_*} lines and one {@code TARGET}
 * line per target; a missed target is reported, not a failed run.
 */
final class CatalogBench {

    static final String SCANS = "add-distinct-barcode";
    static final String SEARCH = "find-products";
    static final double START_TARGET_SECONDS = 10;
    static final double SCAN_TARGET_RATIO = 0.95;
    static final double SEARCH_TARGET_P99_MILLIS = 20;
    /** Queries of each kind in the search mix. */
    private static final int QUERIES_PER_KIND = 200;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    /**
     * The shortest unmeasured run a fresh server gets before the measured ones (unless {@code --warmup 0s}):
     * with one second ({@code --quick}), the first rounds still measured the servers' JIT, and the
     * large catalog's server more than the other.
     */
    private static final Duration MIN_PRIMING = Duration.ofSeconds(5);

    private final PrintStream out;
    private final List<String> jvmOptions;
    private final int size;
    private final int rounds;
    private final Duration warmup;
    private final Duration measured;

    CatalogBench(PrintStream out, List<String> jvmOptions, int size, int rounds, Duration warmup, Duration measured) {
        this.out = out;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.size = size;
        this.rounds = rounds;
        this.warmup = warmup;
        this.measured = measured;
    }

    /**
     * Runs every measurement; adds the lines to {@code report} (and writes it to {@code resultsFile}
     * if not null). Answers the exit code: 0 when every check passed, 1 when one failed, 2 for a bad
     * command line.
     */
    int run(List<String> storeUrls, List<String> report, Path resultsFile, Instant started) throws Exception {
        Catalog reference = CatalogGenerator.reference();
        List<BenchStore> databases;
        try {
            databases = BenchStore.parseAll(storeUrls).stream().filter(BenchStore::isDatabase).toList();
        } catch (IllegalArgumentException e) {
            out.println("run-bench.sh: " + e.getMessage() + " (see --help)");
            return 2;
        }
        if (size <= reference.products().size() || size > Catalog.MAX_PRODUCTS || rounds < 1) {
            out.printf(Locale.ROOT, "run-bench.sh: --catalog-size takes %d-%d products and --rounds at least 1%n",
                    reference.products().size() + 1, Catalog.MAX_PRODUCTS);
            return 2;
        }
        Path folder = Files.createTempDirectory("lana-bench-catalog");
        try {
            Catalog large = generate();
            CatalogFiles files = CatalogFiles.write(folder, large, reference);
            out.println("The servers read " + files.format() + (files.format().equals("csv") ? ""
                    : " (this build's servers do not read the CSV the same; JSON instead)"));
            for (BenchStore database : databases) {
                report.addAll(new CatalogImport(out).measure(database, files.large(), files.format(), large));
            }
            if (databases.isEmpty()) {
                out.println("No database --store given: the import into PostgreSQL is not measured (see --help)");
            }
            try (ServerProcess largeServer = start(files.large(), large, report);
                 ServerProcess referenceServer = start(files.reference(), reference, report)) {
                report.add(heap(largeServer, referenceServer));
                report.addAll(scans(largeServer, large, referenceServer, reference));
                report.addAll(search(largeServer, large));
            }
        } catch (Runner.RunFailedException | VerificationException e) {
            out.println("run-bench.sh: FAILED: " + e.getMessage());
            return 1;
        } finally {
            BenchStore.deleteFolder(folder);
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

    private Catalog generate() {
        out.println();
        long started = System.nanoTime();
        Catalog large = CatalogGenerator.generate(size);
        out.printf(Locale.ROOT, "== Catalog of %,d products generated in %.1f s (the reference one has %d)%n",
                size, (System.nanoTime() - started) / 1e9, CatalogGenerator.reference().products().size());
        return large;
    }

    /**
     * A server with {@code --catalog file}, timed from its JVM's start until it answers a ping, and
     * checked to serve that very catalog; the target is judged for the large catalog only.
     */
    private ServerProcess start(Path file, Catalog catalog, List<String> report) throws Exception {
        int products = catalog.products().size();
        out.println();
        out.printf(Locale.ROOT, "== Server with the catalog of %,d products (%s)%n", products, file.getFileName());
        long started = System.nanoTime();
        ServerProcess server = ServerProcess.start(jvmOptions, List.of("--catalog", file.toString()), Map.of(),
                port -> Connector.plain("127.0.0.1", port), out, START_TIMEOUT);
        double seconds = (System.nanoTime() - started) / 1e9;
        Catalog served = Connector.plain("127.0.0.1", server.port()).connect().catalog();
        if (!served.equals(catalog)) {
            server.close();
            throw new VerificationException("The server started with " + file.getFileName() + " serves another "
                    + "catalog (" + served.products().size() + " products) than the " + products + " written");
        }
        String line = String.format(Locale.ROOT, "CATALOG_SERVER products=%d start_s=%.2f pid=%d", products, seconds,
                server.pid());
        out.println(line);
        report.add(line);
        if (products == size) {
            String target = String.format(Locale.ROOT, "TARGET name=catalog-server-start-s products=%d value=%.2f "
                    + "max=%.2f met=%s", products, seconds, START_TARGET_SECONDS, seconds <= START_TARGET_SECONDS);
            out.println(target);
            report.add(target);
        }
        return server;
    }

    /** The heap each server keeps after a full GC, before any load. */
    private String heap(ServerProcess large, ServerProcess reference) {
        String largeMib = mib(large);
        String referenceMib = mib(reference);
        String difference = largeMib.equals("na") || referenceMib.equals("na") ? "na"
                : String.format(Locale.ROOT, "%.1f", Double.parseDouble(largeMib) - Double.parseDouble(referenceMib));
        String line = String.format(Locale.ROOT, "CATALOG_HEAP products=%d heap_used_mib=%s reference_heap_used_mib=%s "
                + "catalog_mib=%s", size, largeMib, referenceMib, difference);
        out.println(line);
        return line;
    }

    private String mib(ServerProcess server) {
        try {
            return String.format(Locale.ROOT, "%.1f", ServerHeap.usedAfterGc(server.pid()) / 1048576.0);
        } catch (Exception e) {
            out.println("Could not read the heap of the server (pid " + server.pid() + "): " + e);
            return "na";
        }
    }

    /** Scans by barcode on both servers in alternating rounds; answers the RESULT and TARGET lines. */
    private List<String> scans(ServerProcess largeServer, Catalog large, ServerProcess referenceServer,
                               Catalog reference) throws Exception {
        int threads = Targets.AT_THREADS;
        String largeName = SCANS + "-catalog-" + size;
        String referenceName = SCANS + "-catalog-" + reference.products().size();
        // Each server was checked to serve its catalog, so the oracles are made of the catalogs in hand.
        Scenario onLarge = new BarcodeScenario(largeName, Connector.plain("127.0.0.1", largeServer.port()),
                BarcodeScenario.scansOf(large), new Oracle(large));
        Scenario onReference = new BarcodeScenario(referenceName, Connector.plain("127.0.0.1", referenceServer.port()),
                BarcodeScenario.scansOf(reference), new Oracle(reference));
        out.println();
        out.printf(Locale.ROOT, "== %s at %d threads: %,d products vs %d, %d alternating rounds%n", SCANS, threads, size,
                reference.products().size(), rounds);
        if (!warmup.isZero()) {
            Runner.run(onLarge, threads, Duration.ZERO, priming());
            Runner.run(onReference, threads, Duration.ZERO, priming());
        }
        List<RunResult> largeRuns = new ArrayList<>();
        List<RunResult> referenceRuns = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            boolean largeFirst = round % 2 == 1;
            RunResult first = Runner.run(largeFirst ? onLarge : onReference, threads, warmup, measured);
            RunResult second = Runner.run(largeFirst ? onReference : onLarge, threads, warmup, measured);
            RunResult largeRun = largeFirst ? first : second;
            RunResult referenceRun = largeFirst ? second : first;
            largeRuns.add(largeRun);
            referenceRuns.add(referenceRun);
            ratios.add(largeRun.callsPerSecond() / referenceRun.callsPerSecond());
            out.printf(Locale.ROOT, "round %d (%s first): %,d products %,.0f calls/s p99 %.1f µs | %d products %,.0f "
                            + "calls/s p99 %.1f µs | ratio %.3f%n", round, largeFirst ? "large" : "reference", size,
                    largeRun.callsPerSecond(), largeRun.micros(99), reference.products().size(),
                    referenceRun.callsPerSecond(), referenceRun.micros(99), ratios.get(ratios.size() - 1));
        }
        double median = MetricsOverhead.median(ratios);
        List<Double> largeFirst = new ArrayList<>();
        List<Double> referenceFirst = new ArrayList<>();
        for (int i = 0; i < ratios.size(); i++) {
            (i % 2 == 0 ? largeFirst : referenceFirst).add(ratios.get(i));
        }
        if (!referenceFirst.isEmpty()) {
            out.printf(Locale.ROOT, "Median ratio in rounds where the large catalog ran first: %.3f; where the "
                            + "reference one did: %.3f; their geometric mean, which cancels an advantage of running "
                            + "second: %.3f%n", MetricsOverhead.median(largeFirst), MetricsOverhead.median(referenceFirst),
                    Math.sqrt(MetricsOverhead.median(largeFirst) * MetricsOverhead.median(referenceFirst)));
        }
        List<String> lines = new ArrayList<>();
        lines.add(merged(largeName, largeRuns).resultLine(null, null));
        lines.add(merged(referenceName, referenceRuns).resultLine(null, null));
        lines.add(String.format(Locale.ROOT, "TARGET name=%s-vs-catalog-%d threads=%d value=%.3f min=%.2f met=%s "
                        + "rounds=%d round_min=%.3f round_max=%.3f", largeName, reference.products().size(), threads,
                median, SCAN_TARGET_RATIO, median >= SCAN_TARGET_RATIO, rounds,
                ratios.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                ratios.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)));
        lines.forEach(out::println);
        return lines;
    }

    /** findProducts on the large catalog: the mix at 1 and 8 threads, then each kind alone at 1 thread. */
    private List<String> search(ServerProcess server, Catalog large) throws Exception {
        Connector connector = Connector.plain("127.0.0.1", server.port());
        List<SearchScenario.Query> queries = SearchScenario.queriesOf(large, QUERIES_PER_KIND, CatalogGenerator.DEFAULT_SEED);
        Scenario mix = new SearchScenario(SEARCH, connector, queries);
        out.println();
        out.printf(Locale.ROOT, "== %s on %,d products: %d queries, %s%n", SEARCH, size, queries.size(),
                examples(queries));
        if (!warmup.isZero()) {
            Runner.run(mix, Targets.AT_THREADS, Duration.ZERO, priming());
        }
        List<String> lines = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (int threads : List.of(1, Targets.AT_THREADS)) {
            RunResult result = Runner.run(mix, threads, warmup, measured);
            out.println(result.progressLine());
            lines.add(result.resultLine(null, null));
            double p99 = result.micros(99) / 1000;
            targets.add(String.format(Locale.ROOT, "TARGET name=%s-p99-ms products=%d threads=%d value=%.2f max=%.2f "
                    + "met=%s", SEARCH, size, threads, p99, SEARCH_TARGET_P99_MILLIS, p99 <= SEARCH_TARGET_P99_MILLIS));
        }
        for (SearchScenario.Kind kind : SearchScenario.Kind.values()) {
            List<SearchScenario.Query> ofKind = queries.stream().filter(q -> q.kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                String name = SEARCH + "-" + label(kind);
                RunResult result = Runner.run(new SearchScenario(name, connector, ofKind), 1, warmup, measured);
                out.println(result.progressLine());
                lines.add(result.resultLine(null, null));
            }
        }
        lines.addAll(inProcess(large, queries));
        lines.addAll(targets);
        lines.forEach(out::println);
        return lines;
    }

    /**
     * The same queries answered by the server's own {@link PriceList#search} in this JVM, one at a
     * time, without RMI: what the search itself costs, per kind of query. Three passes after one unmeasured.
     */
    private List<String> inProcess(Catalog large, List<SearchScenario.Query> queries) {
        PriceList prices = PriceList.of(large);
        Map<SearchScenario.Kind, Histogram> byKind = new EnumMap<>(SearchScenario.Kind.class);
        for (int pass = 0; pass < 4; pass++) {
            for (SearchScenario.Query query : queries) {
                long started = System.nanoTime();
                prices.search(query.text(), CheckoutService.MAX_SEARCH_RESULTS);
                long took = System.nanoTime() - started;
                if (pass > 0) {
                    byKind.computeIfAbsent(query.kind(), kind -> new Histogram(3)).recordValue(took);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        byKind.forEach((kind, histogram) -> lines.add(String.format(Locale.ROOT, "SEARCH_IN_PROCESS products=%d "
                        + "kind=%s calls=%d p50_us=%.1f p99_us=%.1f p999_us=%.1f max_us=%.1f", size, label(kind),
                histogram.getTotalCount(), histogram.getValueAtPercentile(50) / 1e3,
                histogram.getValueAtPercentile(99) / 1e3, histogram.getValueAtPercentile(99.9) / 1e3,
                histogram.getMaxValue() / 1e3)));
        return lines;
    }

    private static String examples(List<SearchScenario.Query> queries) {
        List<String> shown = new ArrayList<>();
        for (SearchScenario.Kind kind : SearchScenario.Kind.values()) {
            queries.stream().filter(q -> q.kind() == kind).findFirst()
                    .ifPresent(q -> shown.add(label(kind) + " '" + q.text() + "'"));
        }
        return "e.g. " + String.join(", ", shown);
    }

    private Duration priming() {
        return warmup.compareTo(MIN_PRIMING) > 0 ? warmup : MIN_PRIMING;
    }

    /** {@code two-words} for {@code TWO_WORDS}. */
    private static String label(SearchScenario.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The rounds' runs of one scenario as one: their calls, seconds and latencies added up. */
    private static RunResult merged(String scenario, List<RunResult> runs) {
        Histogram all = new Histogram(runs.get(0).latencies().getHighestTrackableValue(), 3);
        long calls = 0;
        double seconds = 0;
        for (RunResult run : runs) {
            all.add(run.latencies());
            calls += run.calls();
            seconds += run.seconds();
        }
        return new RunResult(BenchStore.MEMORY, scenario, runs.get(0).threads(), calls, seconds, all);
    }

    /**
     * The files the servers read: the large catalog and the reference one, in the format this build
     * reads back into the same catalog (CSV, products only, over the built-in promotions and
     * favourites; else JSON).
     */
    private record CatalogFiles(Path large, Path reference, String format) {

        static CatalogFiles write(Path folder, Catalog large, Catalog reference) throws IOException {
            Path referenceCsv = folder.resolve("reference-catalog.csv");
            CatalogFile.write(reference, referenceCsv);
            boolean csv;
            try {
                csv = CatalogFile.update(referenceCsv).over(CatalogFile.defaults()).equals(reference);
            } catch (CatalogFile.InvalidCatalogException | RuntimeException e) {
                csv = false;
            }
            String format = csv ? "csv" : "json";
            Path largeFile = folder.resolve("catalog-" + large.products().size() + "." + format);
            Path referenceFile = folder.resolve("reference-catalog." + format);
            if (csv) {
                CatalogFile.write(large, largeFile);
            } else {
                CatalogFile.write(large, largeFile);
                CatalogFile.write(reference, referenceFile);
            }
            return new CatalogFiles(largeFile, referenceFile, format);
        }
    }
}
