package com.lana.checkout.bench.chainday;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * chain-day as the load tool runs it: a server in a child JVM, a few quick tills, the step's lines,
 * the CAPACITY line, the results file and the chart. No figure is asserted.
 */
class ChainDayToolTest {

    @Test
    void aShortRunOnMemoryPrintsItsStepTheCapacityAndTheChart(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        ChainDayOptions options = new ChainDayOptions();
        options.scanIntervalMillis = 20;
        options.tills = List.of(3);
        options.stepTime = java.time.Duration.ofMillis(300);
        Path results = dir.resolve("results.txt");
        Path chart = dir.resolve("chain-day.svg");

        int exit = new ChainDay(out, options, true, List.of()).run(null, new ArrayList<>(), results, chart);

        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        assertThat(output).containsPattern("CHAIN_STEP store=memory tills=3 held=(true|false) sales_per_s=[\\d.]+ ")
                .containsPattern("CHAIN_OP store=memory tills=3 op=scan count=\\d+ p50_ms=[\\d.]+ p99_ms=[\\d.]+ "
                        + "p999_ms=[\\d.]+")
                .containsPattern("CAPACITY store=memory tills=(0|3) first_limit=\\w+")
                .contains("chain-day: every step passed its checks.");
        assertThat(Files.readAllLines(results)).anyMatch(l -> l.startsWith("CAPACITY store=memory "));
        assertThat(Files.readString(chart)).startsWith("<svg").contains("memory scan", "memory pay", "p99 latency");
    }

    @Test
    void optionsThatCannotRunAreACommandLineError() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ChainDayOptions options = new ChainDayOptions();
        options.scanIntervalMillis = 0;

        int exit = new ChainDay(new PrintStream(captured, true, StandardCharsets.UTF_8), options, true, List.of())
                .run(null, new ArrayList<>(), null, null);

        assertThat(exit).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("--scan-interval-ms must be at least 1, was 0");
    }
}
