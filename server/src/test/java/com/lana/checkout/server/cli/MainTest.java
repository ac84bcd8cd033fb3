package com.lana.checkout.server.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The server's command line, run in process through the same picocli set-up as {@code main} (which
 * would exit the JVM). Every case here stops before a server serves; the timeout turns a bad
 * argument that slips through — and would then serve until stopped — into a failure, not a hang.
 */
class MainTest {

    private static final Duration NO_SERVER_STARTS = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void helpPrintsUsageAndSucceeds() {
        Run run = run("--help");

        assertThat(run.exitCode).isZero();
        assertThat(run.out).startsWith("Usage: run-server.sh").contains("--port", "--catalog", "--host");
        assertThat(run.err).isEmpty();
    }

    @Test
    void portZeroIsRefused() {
        Run run = run("--port", "0");

        assertThat(run.exitCode).isNotZero();
        assertThat(run.oneErrorLine()).isEqualTo("run-server.sh: --port must be 1-65535, was 0");
    }

    @Test
    void aPortThatIsNotANumberIsRefused() {
        Run run = run("--port", "abc");

        assertThat(run.exitCode).isNotZero();
        assertThat(run.oneErrorLine()).startsWith("run-server.sh: ").contains("'abc'", "--port").endsWith("(see --help)");
    }

    @Test
    void aPortAbove65535IsRefused() {
        Run run = run("--port", "70000");

        assertThat(run.exitCode).isNotZero();
        assertThat(run.oneErrorLine()).isEqualTo("run-server.sh: --port must be 1-65535, was 70000");
    }

    @Test
    void aMissingCatalogFileIsRefusedNamingIt() {
        Run run = run("--catalog", "/no/such/file");

        assertThat(run.exitCode).isNotZero();
        assertThat(run.oneErrorLine()).isEqualTo("run-server.sh: Catalog file /no/such/file: no such file");
    }

    @Test
    void aMalformedCatalogFileIsRefusedNamingFileAndPlace() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"), "{ \"products\": [ { \"code\": \"PEN\" ");

        Run run = run("--catalog", file.toString());

        assertThat(run.exitCode).isNotZero();
        assertThat(run.oneErrorLine()).startsWith("run-server.sh: Catalog file " + file + ", line 1, column ");
    }

    @Test
    void aMissingShopFileIsRefusedNamingIt() {
        Run run = run("--shop", "/no/such/shop.json");

        assertThat(run.exitCode).isNotZero();
        assertThat(run.oneErrorLine()).isEqualTo("run-server.sh: Shop file /no/such/shop.json: no such file");
    }

    @Test
    void aShopFileWithoutAVatNumberIsRefusedSayingSo() throws IOException {
        Path file = Files.writeString(dir.resolve("shop.json"), "{ \"name\": \"Lana\", \"address\": [\"Street 1\"] }");

        Run run = run("--shop", file.toString());

        assertThat(run.exitCode).isNotZero();
        assertThat(run.oneErrorLine()).isEqualTo("run-server.sh: Shop file " + file + ": Shop VAT number is missing");
    }

    @Test
    void aStoreOfAnUnsupportedKindIsRefusedNamingTheKindsSupported() {
        Run run = run("--store", "jdbc:mysql://127.0.0.1:3306/lana");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.oneErrorLine()).isEqualTo("run-server.sh: Unsupported store 'jdbc:mysql://127.0.0.1:3306/lana': "
                + "use memory, jdbc:h2:file:PATH or jdbc:postgresql://HOST:PORT/DB");
    }

    @Test
    void anUnreachableDatabaseStopsStartUpNamingItWithoutPassword() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/lana?user=lana&password=";

        Run run = run("--store", url + "secret");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.oneErrorLine())
                .isEqualTo("run-server.sh: Cannot open the basket store " + url + "***: connection refused");
    }

    @Test
    void anUnknownOptionIsRefused() {
        Run run = run("--colour", "red");

        assertThat(run.exitCode).isNotZero();
        assertThat(run.oneErrorLine()).startsWith("run-server.sh: ").contains("--colour");
    }

    @Test
    void aMetricsPortAbove65535IsRefused() {
        Run run = run("--metrics", "70000");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.oneErrorLine()).isEqualTo("run-server.sh: Invalid value for option '--metrics': "
                + "'70000': the port must be 1-65535, was 70000 (see --help)");
    }

    @Test
    void aMetricsAddressWithoutAPortIsRefused() {
        Run run = run("--metrics", "localhost");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.oneErrorLine()).isEqualTo("run-server.sh: Invalid value for option '--metrics': "
                + "'localhost' is not [HOST:]PORT, e.g. 9464 or 0.0.0.0:9464 (see --help)");
    }

    @Test
    void aMetricsPortInUseStopsStartUpNamingIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int rmiPort = free.getLocalPort();
            free.close();

            Run run = run("--port", Integer.toString(rmiPort), "--metrics", Integer.toString(taken.getLocalPort()));

            assertThat(run.exitCode).isEqualTo(1);
            assertThat(run.oneErrorLine()).isEqualTo("run-server.sh: Metrics port " + taken.getLocalPort()
                    + " on 127.0.0.1 is already in use; choose another with --metrics");
        }
    }

    private static Run run(String... args) {
        return assertTimeoutPreemptively(NO_SERVER_STARTS, () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine commandLine = Main.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            int exitCode = commandLine.execute(args);
            return new Run(exitCode, out.toString(), err.toString());
        });
    }

    /** What one run printed and answered. */
    private static final class Run {
        final int exitCode;
        final String out;
        final String err;

        Run(int exitCode, String out, String err) {
            this.exitCode = exitCode;
            this.out = out;
            this.err = err;
        }

        /** Stderr, which must be exactly one line. */
        String oneErrorLine() {
            assertThat(err.lines()).as("stderr: %s", err).hasSize(1);
            assertThat(err).endsWith(System.lineSeparator());
            return err.strip();
        }
    }

    @Test
    void mainListensOnLoopbackByDefault() {
        Main byDefault = new Main();

        new CommandLine(byDefault).parseArgs();

        assertThat(byDefault.bind).isEqualTo("127.0.0.1");
    }

    @Test
    void mainListensWhereBindSays() {
        Main told = new Main();

        new CommandLine(told).parseArgs("--bind", "0.0.0.0");

        assertThat(told.bind).isEqualTo("0.0.0.0");
    }
}
