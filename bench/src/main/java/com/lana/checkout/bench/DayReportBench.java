package com.lana.checkout.bench;

import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleSummary;
import com.lana.checkout.server.store.SalesLedger;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./run-bench.sh --day-report}: on each database store, a busy day ({@link DaySeed}) is
 * written as the store's rows and as the baseline's JSON documents ({@link SaleDocuments}), then
 * the day report and the journal are timed both ways in this JVM, in alternating rounds: the
 * store's own ({@code dayReport(day)}, the day's row of totals; {@code journal(day)}, one read of
 * the day's sale rows) against reading and parsing every document of the day, as the server
 * did before sales were rows. The journal is also timed as the server made it from rows before it
 * had a journal of its own ({@code sales(day)}, whole sales, made into summaries). All ways must
 * answer the same report, sales and journal.
 * Each measured call follows an unmeasured one for the day before.
 * Prints the median, fastest and slowest of each and a {@code TARGET} line per store and operation
 * against {@value #TARGET_MILLIS} ms.
 *
 * <p>An H2 store gets a fresh file in a temporary folder, deleted afterwards. On PostgreSQL
 * everything is written into the schema {@value #SCHEMA}, made for the run and dropped after it,
 * so the database's own sales are not touched.
 */
final class DayReportBench {

    static final String SCHEMA = "lana_bench_day_report";
    /** The target for each of the day report and the journal of a day of 100,000 sales. */
    static final double TARGET_MILLIS = 200;
    /** Unmeasured rounds before the measured ones. */
    private static final int WARMUP_ROUNDS = 2;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    private final PrintStream out;
    private final int sales;
    private final int rounds;

    DayReportBench(PrintStream out, int sales, int rounds) {
        this.out = out;
        this.sales = sales;
        this.rounds = rounds;
    }

    /**
     * Measures on each database store {@code storeUrls} names, or on an H2 file when it names none;
     * adds the lines to {@code report} (and writes it to {@code resultsFile} if not null). Answers the
     * exit code: 0 when both ways answered the same everywhere, 1 when not, 2 for a bad command line.
     */
    int run(List<String> storeUrls, List<String> report, Path resultsFile, Instant started) throws Exception {
        List<BenchStore> stores;
        try {
            stores = BenchStore.parseAll(storeUrls != null ? storeUrls : List.of("jdbc:h2:file:day-report"));
        } catch (IllegalArgumentException e) {
            out.println("run-bench.sh: " + e.getMessage() + " (see --help)");
            return 2;
        }
        if (sales < 1 || rounds < 1 || stores.stream().noneMatch(BenchStore::isDatabase)) {
            out.println("run-bench.sh: --day-report needs a database --store, --day-sales and --rounds of at least 1");
            return 2;
        }
        for (BenchStore store : stores.stream().filter(BenchStore::isDatabase).toList()) {
            try {
                report.addAll(measure(store));
            } catch (VerificationException e) {
                out.println("run-bench.sh: FAILED: " + e.getMessage());
                return 1;
            }
        }
        if (resultsFile != null) {
            Files.write(resultsFile, report, StandardCharsets.UTF_8);
            out.println("Results written to " + resultsFile);
        }
        out.printf(Locale.ROOT, "Done in %d s; both ways answered the same on every store.%n",
                Duration.between(started, Instant.now()).toSeconds());
        return 0;
    }

    /** Measures on {@code store}; answers the {@code DAY_REPORT} and {@code TARGET} lines. */
    List<String> measure(BenchStore store) throws Exception {
        Path folder = store.kind().equals(BenchStore.H2) ? BenchStore.freshFolder() : null;
        String url = folder != null ? store.serverUrl(folder) : BenchStore.inSchema(store.url(), SCHEMA);
        out.println();
        out.printf(Locale.ROOT, "== Day report and journal on %s: %,d sales on %s after %,d the day before%n",
                store.kind(), sales, DAY, Math.max(1, sales / 10));
        try {
            if (folder == null) {
                BenchStore.execute(store.url(), "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA);
            }
            try (CheckoutStore opened = CheckoutStores.open(url); Connection connection = BenchStore.connect(url)) {
                long started = System.nanoTime();
                connection.setAutoCommit(false);
                SaleDocuments.createTable(connection, folder != null ? "CHARACTER LARGE OBJECT" : "text");
                int written = DaySeed.write(connection, DAY, sales);
                connection.setAutoCommit(true);
                analyze(connection, folder == null);
                out.printf(Locale.ROOT, "Seeded %,d sales as rows and as documents in %.1f s%n", written,
                        (System.nanoTime() - started) / 1e9);
                check(opened.sales(), connection);
                return time(store.kind(), opened.sales(), connection);
            }
        } finally {
            if (folder != null) {
                BenchStore.deleteFolder(folder);
            } else {
                BenchStore.execute(store.url(), "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
    }

    /** Both ways answer the same report and the same sales, all of the day's. */
    private void check(SalesLedger store, Connection connection) throws Exception {
        DayReport rows = store.dayReport(DAY);
        DayReport documents = SaleDocuments.dayReport(connection, DAY);
        if (!rows.equals(documents) || rows.sales() != sales) {
            throw new VerificationException("The day report from rows, " + rows + ", is not the one from "
                    + sales + " documents, " + documents);
        }
        List<Sale> fromRows = store.sales(DAY);
        List<Sale> fromDocuments = SaleDocuments.sales(connection, DAY);
        if (!fromRows.equals(fromDocuments)) {
            throw new VerificationException("The day's sales read from rows differ from those parsed from documents");
        }
        if (!store.journal(DAY).equals(fromDocuments.stream().map(SaleSummary::of).toList())) {
            throw new VerificationException("The day's journal read from rows differs from the one made of documents");
        }
        out.println("Checked: both ways answer the same day report, the same " + fromRows.size()
                + " sales and the same journal");
    }

    private List<String> time(String kind, SalesLedger store, Connection connection) throws Exception {
        Map<String, Timed> operations = new LinkedHashMap<>();
        operations.put("day-report rows", store::dayReport);
        operations.put("day-report documents", day -> SaleDocuments.dayReport(connection, day));
        operations.put("journal rows", store::journal);
        operations.put("journal whole-sales", day -> store.sales(day).stream().map(SaleSummary::of).toList());
        operations.put("journal documents", day -> SaleDocuments.journal(connection, day));
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        operations.keySet().forEach(name -> millis.put(name, new ArrayList<>()));
        for (int round = 0; round < WARMUP_ROUNDS + rounds; round++) {
            for (Map.Entry<String, Timed> operation : operations.entrySet()) {
                // The day before first, so that no database answers the measured call from its cache of
                // the same query's last result (H2 keeps one while no table changes).
                operation.getValue().run(DAY.minusDays(1));
                long started = System.nanoTime();
                operation.getValue().run(DAY);
                double took = (System.nanoTime() - started) / 1e6;
                if (round >= WARMUP_ROUNDS) {
                    millis.get(operation.getKey()).add(took);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (String operation : List.of("day-report", "journal")) {
            List<Double> rows = millis.get(operation + " rows");
            List<Double> documents = millis.get(operation + " documents");
            double median = MetricsOverhead.median(rows);
            out.printf(Locale.ROOT, "%-10s rows: median %8.1f ms (%.1f-%.1f) | documents: median %8.1f ms (%.1f-%.1f)"
                            + " | documents/rows %.1f | target %.0f ms: %s%n", operation, median, min(rows), max(rows),
                    MetricsOverhead.median(documents), min(documents), max(documents),
                    MetricsOverhead.median(documents) / median, TARGET_MILLIS, median <= TARGET_MILLIS ? "met" : "NOT met");
            Map<String, List<Double>> sources = new LinkedHashMap<>();
            millis.forEach((name, values) -> {
                if (name.startsWith(operation + " ")) {
                    sources.put(name.substring(operation.length() + 1), values);
                }
            });
            List<Double> wholeSales = sources.get("whole-sales");
            if (wholeSales != null) {
                out.printf(Locale.ROOT, "%-10s (whole sales from rows, as before: median %.1f ms (%.1f-%.1f))%n", "",
                        MetricsOverhead.median(wholeSales), min(wholeSales), max(wholeSales));
            }
            for (Map.Entry<String, List<Double>> source : sources.entrySet()) {
                lines.add(String.format(Locale.ROOT, "DAY_REPORT store=%s operation=%s source=%s sales=%d rounds=%d "
                                + "median_ms=%.1f min_ms=%.1f max_ms=%.1f", kind, operation, source.getKey(), sales,
                        rounds, MetricsOverhead.median(source.getValue()), min(source.getValue()), max(source.getValue())));
            }
            lines.add(String.format(Locale.ROOT, "TARGET name=%s-%s-ms sales=%d value=%.1f max=%.1f met=%s "
                            + "documents_ms=%.1f documents_to_rows=%.1f", kind, operation, sales, median, TARGET_MILLIS,
                    median <= TARGET_MILLIS, MetricsOverhead.median(documents), MetricsOverhead.median(documents) / median));
        }
        lines.sort(null);
        lines.forEach(out::println);
        return lines;
    }

    /** Lets the database plan with the tables' real sizes, as its own statistics would after a busy day. */
    private static void analyze(Connection connection, boolean postgresql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(postgresql ? "VACUUM ANALYZE sale, sale_line, sale_discount, sale_payment, "
                    + SaleDocuments.TABLE : "ANALYZE");
        }
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** One timed call, for a day. */
    @FunctionalInterface
    private interface Timed {
        Object run(LocalDate day) throws Exception;
    }
}
