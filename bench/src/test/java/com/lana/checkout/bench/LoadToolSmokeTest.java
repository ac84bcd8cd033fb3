package com.lana.checkout.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load tool works: a very short run of every scenario against a server in a child JVM (and,
 * for add-distinct-tls, a second one with mutual TLS on certificates the tool makes) prints one
 * RESULT line per scenario and thread count and passes its checks. No figure is asserted:
 * timing on a shared CI machine proves nothing.
 */
class LoadToolSmokeTest {

    @Test
    void aShortRunOfEveryScenarioPrintsResultLinesAndPassesItsChecks(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        Path results = dir.resolve("results.txt");
        Path chart = dir.resolve("chart.svg");

        int exit = LoadTool.run(out, out, "--threads", "2", "--duration", "200ms", "--warmup", "100ms",
                "--total-units", "10,2000", "--no-memory",
                "--results", results.toString(), "--chart", chart.toString());

        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        List<String> resultLines = Arrays.stream(output.split("\\R")).filter(l -> l.startsWith("RESULT ")).toList();
        assertThat(resultLines).as(output).hasSize(7);
        assertThat(resultLines).allMatch(l -> l.matches("RESULT store=memory scenario=\\S+ threads=\\d+ "
                + "calls_per_s=\\d+ p50_us=[\\d.]+ p99_us=[\\d.]+ p999_us=[\\d.]+ ratio_to_ping=[\\d.]+ "
                + "ratio_to_baseline=na"), "the fixed RESULT form");
        assertThat(output).contains("RESULT store=memory scenario=add-same threads=2",
                "RESULT store=memory scenario=total-2000 threads=2", "RESULT store=memory scenario=add-distinct-tls threads=2",
                "TARGET name=tls-add-distinct-vs-plain threads=2",
                "add-distinct-tls / plaintext add-distinct at 2 thread(s)", "every run passed its checks");
        assertThat(Files.readAllLines(results)).containsAll(resultLines);
        assertThat(Files.readString(chart)).startsWith("<svg").contains("add-distinct", "add-distinct-tls", "sale");
    }

    @Test
    void theMetricsOverheadRunPrintsEachRoundsRatioAndTheMedian() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);

        int exit = LoadTool.run(out, out, "--metrics-overhead", "--rounds", "2", "--duration", "200ms",
                "--warmup", "0s");

        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        assertThat(Arrays.stream(output.split("\\R")).filter(l -> l.startsWith("round "))).as(output).hasSize(2)
                .allMatch(l -> l.matches("round \\d \\((on|off) first\\): on .* \\| off .* \\| on/off [\\d.]+"));
        assertThat(output).containsPattern("METRICS_OVERHEAD scenario=add-distinct threads=8 rounds=2 "
                + "median_on_to_off=[\\d.]+ ")
                .containsPattern("lana_checkout_calls_total\\{operation=\"addProduct\",outcome=\"ok\"} [1-9]")
                .contains("TARGET metrics overhead on add-distinct at 8 threads");
    }

    @Test
    void aStoreListOfMemoryMeasuresTheInMemoryStoreOnce() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);

        int exit = LoadTool.run(out, out, "--store", "memory", "--store", "memory", "--threads", "1",
                "--scenarios", "ping,add-distinct", "--duration", "100ms", "--warmup", "0s", "--no-memory");

        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        assertThat(Arrays.stream(output.split("\\R")).filter(l -> l.startsWith("RESULT ")))
                .as(output).hasSize(2).allMatch(l -> l.startsWith("RESULT store=memory "));
    }

    @Test
    void anH2StoreRunsOnAFreshFileWithItsJdbcBaseline(@TempDir Path dir) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        Path given = dir.resolve("never-written");

        int exit = LoadTool.run(out, out, "--store", "jdbc:h2:file:" + given, "--store-threads", "2",
                "--duration", "200ms", "--warmup", "0s", "--no-memory");

        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        List<String> resultLines = Arrays.stream(output.split("\\R")).filter(l -> l.startsWith("RESULT ")).toList();
        assertThat(resultLines).as(output).hasSize(6).allMatch(l -> l.matches("RESULT store=h2 scenario=\\S+ "
                + "threads=2 .* ratio_to_ping=[\\d.]+ ratio_to_baseline=[\\d.]+"));
        assertThat(output).contains("RESULT store=h2 scenario=jdbc-update threads=2", "RESULT store=h2 scenario=sale",
                "RESULT store=h2 scenario=add-same", "RESULT store=h2 scenario=pay", "every run passed its checks");
        assertThat(output).as("the sales' audit lines are not relayed").doesNotContain("paid CASH");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aStoreOfAnUnsupportedKindIsACommandLineError() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);

        int exit = LoadTool.run(out, out, "--store", "jdbc:mysql://localhost/lana", "--no-memory");

        assertThat(exit).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("Unsupported store 'jdbc:mysql://localhost/lana'");
    }

    @Test
    void chainDayWithOtherScenariosIsACommandLineError() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);

        int exit = LoadTool.run(out, out, "--scenarios", "chain-day,ping", "--no-memory");

        assertThat(exit).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("--scenarios chain-day runs alone");
    }

    @Test
    void anUnknownScenarioIsACommandLineError() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);

        int exit = LoadTool.run(out, out, "--scenarios", "add-everything", "--no-memory", "--duration", "100ms");

        assertThat(exit).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("Unknown scenario 'add-everything'");
    }
}
