package com.lana.checkout.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What recording metrics costs the add path: two servers in JVMs of their own, one measuring every
 * call (JMX and {@code --metrics}, as operators run it) and one with no meters at all
 * ({@code --no-instrumentation}), measured with {@code add-distinct} at {@value #THREADS} client
 * threads in alternating rounds (on-off, then off-on, ...), so that the machine's drift falls on
 * both. Prints each round's ratio and the median; the target is a cost of at most 5%.
 */
final class MetricsOverhead {

    static final int THREADS = 8;
    /** The most recording may cost: on/off calls per second at least this. */
    static final double TARGET_RATIO = 0.95;

    private final PrintStream out;
    private final List<String> jvmOptions;
    private final String product;

    MetricsOverhead(PrintStream out, List<String> jvmOptions, String product) {
        this.out = out;
        this.jvmOptions = jvmOptions;
        this.product = product;
    }

    /** Runs the rounds; answers the report lines (METRICS_OVERHEAD and TARGET). */
    List<String> measure(int rounds, Duration warm, Duration measured) throws Exception {
        out.println();
        out.printf("== Metrics overhead: %s at %d threads, metrics on vs off, %d alternating rounds%n",
                Scenarios.ADD_DISTINCT, THREADS, rounds);
        int metricsPort = freePort();
        try (ServerProcess on = ServerProcess.start(jvmOptions, List.of("--metrics", Integer.toString(metricsPort)),
                     Map.of(), port -> Connector.plain("127.0.0.1", port), out, Duration.ofSeconds(60));
             ServerProcess off = ServerProcess.start(jvmOptions, List.of("--no-instrumentation"),
                     Map.of(), port -> Connector.plain("127.0.0.1", port), out, Duration.ofSeconds(60))) {
            Scenario onAdds = new AddDistinctScenario(Scenarios.ADD_DISTINCT, Connector.plain("127.0.0.1", on.port()),
                    product);
            Scenario offAdds = new AddDistinctScenario(Scenarios.ADD_DISTINCT, Connector.plain("127.0.0.1", off.port()),
                    product);
            out.printf("Metrics on: pid %d (--metrics %d); off: pid %d (--no-instrumentation)%n",
                    on.pid(), metricsPort, off.pid());
            if (!warm.isZero()) {
                out.printf("Warming up both for %.1f s%n", warm.toMillis() / 1000.0);
                Runner.run(onAdds, THREADS, Duration.ZERO, warm);
                Runner.run(offAdds, THREADS, Duration.ZERO, warm);
            }
            List<RunResult> onResults = new ArrayList<>();
            List<RunResult> offResults = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                RunResult first;
                RunResult second;
                if (round % 2 == 1) {
                    first = Runner.run(onAdds, THREADS, warm, measured);
                    second = Runner.run(offAdds, THREADS, warm, measured);
                    onResults.add(first);
                    offResults.add(second);
                } else {
                    first = Runner.run(offAdds, THREADS, warm, measured);
                    second = Runner.run(onAdds, THREADS, warm, measured);
                    offResults.add(first);
                    onResults.add(second);
                }
                RunResult onRun = onResults.get(onResults.size() - 1);
                RunResult offRun = offResults.get(offResults.size() - 1);
                double ratio = onRun.callsPerSecond() / offRun.callsPerSecond();
                ratios.add(ratio);
                out.printf(Locale.ROOT, "round %d (%s first): on %,.0f calls/s p50 %.1f µs p99 %.1f µs | "
                                + "off %,.0f calls/s p50 %.1f µs p99 %.1f µs | on/off %.3f%n",
                        round, round % 2 == 1 ? "on" : "off", onRun.callsPerSecond(), onRun.micros(50), onRun.micros(99),
                        offRun.callsPerSecond(), offRun.micros(50), offRun.micros(99), ratio);
            }
            out.println("On the measuring server's /metrics afterwards: " + addCallsLine(metricsPort));
            double median = median(ratios);
            List<Double> onFirst = new ArrayList<>();
            List<Double> offFirst = new ArrayList<>();
            for (int i = 0; i < ratios.size(); i++) {
                (i % 2 == 0 ? onFirst : offFirst).add(ratios.get(i));
            }
            out.printf(Locale.ROOT, "Median on/off in rounds where on ran first: %.3f; where off ran first: %.3f; "
                    + "their geometric mean, which cancels an advantage of running second: %.3f%n",
                    median(onFirst), median(offFirst), Math.sqrt(median(onFirst) * median(offFirst)));
            String result = String.format(Locale.ROOT,
                    "METRICS_OVERHEAD scenario=%s threads=%d rounds=%d median_on_to_off=%.3f min=%.3f max=%.3f "
                            + "on_calls_per_s=%.0f off_calls_per_s=%.0f on_p50_us=%.1f off_p50_us=%.1f "
                            + "on_p99_us=%.1f off_p99_us=%.1f",
                    Scenarios.ADD_DISTINCT, THREADS, rounds, median, ratios.stream().mapToDouble(d -> d).min().orElse(0),
                    ratios.stream().mapToDouble(d -> d).max().orElse(0),
                    median(onResults.stream().map(RunResult::callsPerSecond).toList()),
                    median(offResults.stream().map(RunResult::callsPerSecond).toList()),
                    median(onResults.stream().map(r -> r.micros(50)).toList()),
                    median(offResults.stream().map(r -> r.micros(50)).toList()),
                    median(onResults.stream().map(r -> r.micros(99)).toList()),
                    median(offResults.stream().map(r -> r.micros(99)).toList()));
            String target = String.format(Locale.ROOT,
                    "TARGET metrics overhead on %s at %d threads: recording costs %.1f%% of calls/s (median of %d "
                            + "rounds; target at most %.0f%%): %s",
                    Scenarios.ADD_DISTINCT, THREADS, (1 - median) * 100, rounds, (1 - TARGET_RATIO) * 100,
                    median >= TARGET_RATIO ? "met" : "NOT met");
            out.println(result);
            out.println(target);
            return List.of(result, target);
        }
    }

    /** The scraped line counting the measuring server's successful adds, as a sign it was recording. */
    private static String addCallsLine(int metricsPort) {
        try {
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metricsPort + "/metrics"))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return page.body().lines()
                    .filter(line -> line.startsWith("lana_checkout_calls_total{operation=\"addProduct\",outcome=\"ok\"}"))
                    .findFirst().orElse("(no addProduct line: HTTP " + page.statusCode() + ")");
        } catch (IOException e) {
            return "(could not read it: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }
}
