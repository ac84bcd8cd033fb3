package com.lana.checkout.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --day-report} works: a small day on an H2 file is seeded as rows and as documents, both
 * ways answer the same report and sales, and every figure and target is printed. No figure is
 * asserted: timing on a shared CI machine proves nothing.
 */
class DayReportBenchTest {

    @Test
    void aSmallDayOnH2IsCheckedAndTimedBothWays() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);

        int exit = LoadTool.run(out, out, "--day-report", "--day-sales", "500", "--rounds", "1");

        String printed = captured.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        assertThat(printed).contains("Checked: both ways answer the same day report, the same 500 sales and the same journal");
        assertThat(printed.lines().filter(line -> line.startsWith("DAY_REPORT store=h2 "))).hasSize(5);
        assertThat(printed.lines().filter(line -> line.startsWith("TARGET name=h2-"))).hasSize(2);
    }
}
