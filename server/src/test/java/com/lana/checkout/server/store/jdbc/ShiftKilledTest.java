package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.shift.Shift;
import com.lana.checkout.api.shift.ShiftNumber;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.api.shift.ZNumber;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process that closed a till's shift and opened the next on an H2 file, killed with SIGKILL (as
 * {@code kill -9}: no shutdown hook, the store never closed), leaves both behind: the Z report as it
 * was made, and the new shift open.
 */
class ShiftKilledTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aShiftAndItsZReportOutliveAKilledProcess(@TempDir Path folder) throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("till");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ShiftThenKilled.class.getName(), url)
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.equals(ShiftThenKilled.READY)) {
                output.add(line);
            }
            assertThat(line).as("the process's output: %s", output).isEqualTo(ShiftThenKilled.READY);
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
        } finally {
            process.destroyForcibly();
        }

        try (CheckoutStore store = CheckoutStores.open(url)) {
            ShiftReport z = store.shifts().z(new ZNumber("T01", 1));
            assertThat(z.sales()).isEqualTo(1);
            assertThat(z.expectedCash()).hasToString("107.50€");
            assertThat(z.difference()).hasToString("0.00€");
            Shift open = store.shifts().current("T01").orElseThrow();
            assertThat(open.number()).isEqualTo(new ShiftNumber("T01", 2));
            assertThat(open.openingFloat()).hasToString("107.50€");
        }
    }
}
