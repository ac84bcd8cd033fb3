package com.lana.checkout.server.cli;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Money;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@code run-server.sh catalog import|export FILE --store URL}, run in process through the command
 * line {@code main} runs, against a store in an H2 file: what it publishes or writes, and the one
 * line it says.
 */
class CatalogCommandTest {

    private static final Duration AT_MOST = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private String store() {
        return "jdbc:h2:file:" + dir.resolve("store");
    }

    /** The built-in catalog with PEN at 6.00€. */
    private static Catalog newPrices() {
        Catalog defaults = CatalogFile.defaults();
        return defaults.withProducts(defaults.products().stream()
                .map(product -> product.code().equals("PEN") ? product.withPrice(Money.parse("6.00€")) : product)
                .toList());
    }

    private Path file(String name, Catalog catalog) throws IOException {
        Path file = dir.resolve(name);
        CatalogFile.write(catalog, file);
        return file;
    }

    @Test
    void importPublishesTheFileAsTheStoresFirstVersionAndSaysSo() throws Exception {
        Path file = file("prices.json", newPrices());

        Run run = run("catalog", "import", file.toString(), "--store", store());

        assertThat(run.exitCode).isZero();
        assertThat(run.oneOutputLine()).isEqualTo("Catalog version 1 imported from " + file + ": 3 products");
        assertThat(run.err).isEmpty();
        try (CheckoutStore opened = CheckoutStores.open(store())) {
            assertThat(opened.catalogs().currentVersion()).isEqualTo(1);
            assertThat(opened.catalogs().catalog(1)).isEqualTo(newPrices());
        }
    }

    @Test
    void aSecondImportIsTheNextVersion() throws Exception {
        run("catalog", "import", file("defaults.json", CatalogFile.defaults()).toString(), "--store", store());
        Path file = file("prices.json", newPrices());

        Run run = run("catalog", "import", file.toString(), "--store", store());

        assertThat(run.exitCode).isZero();
        assertThat(run.oneOutputLine()).isEqualTo("Catalog version 2 imported from " + file + ": 3 products");
        try (CheckoutStore opened = CheckoutStores.open(store())) {
            assertThat(opened.catalogs().catalog(1)).isEqualTo(CatalogFile.defaults());
            assertThat(opened.catalogs().catalog(2)).isEqualTo(newPrices());
        }
    }

    @Test
    void aBadFileIsOneLineNamingFileLineAndColumnAndPublishesNothing() throws Exception {
        run("catalog", "import", file("defaults.json", CatalogFile.defaults()).toString(), "--store", store());
        Path bad = Files.writeString(dir.resolve("bad.json"),
                "{ \"products\": [\n  { \"code\": \"PEN\", \"name\": \"Pen\", \"price\": \"-5.00\", \"vat\": \"21\" } ],\n"
                        + "  \"promotions\": [] }\n");

        Run run = run("catalog", "import", bad.toString(), "--store", store());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.oneErrorLine()).startsWith("run-server.sh: Catalog file " + bad + ", line 2, column ")
                .contains("price");
        assertThat(run.out).isEmpty();
        try (CheckoutStore opened = CheckoutStores.open(store())) {
            assertThat(opened.catalogs().currentVersion()).isEqualTo(1);
        }
    }

    @Test
    void exportWritesTheCurrentVersionAsAFileThatReadsBackEqual() throws Exception {
        run("catalog", "import", file("defaults.json", CatalogFile.defaults()).toString(), "--store", store());
        run("catalog", "import", file("prices.json", newPrices()).toString(), "--store", store());
        Path exported = dir.resolve("exported.json");

        Run run = run("catalog", "export", exported.toString(), "--store", store());

        assertThat(run.exitCode).isZero();
        assertThat(run.oneOutputLine()).isEqualTo("Catalog version 2 exported to " + exported + ": 3 products");
        assertThat(CatalogFile.load(exported)).isEqualTo(newPrices());
    }

    @Test
    void exportOfAStoreWithoutACatalogIsRefusedAndWritesNothing() {
        Path exported = dir.resolve("exported.json");

        Run run = run("catalog", "export", exported.toString(), "--store", store());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.oneErrorLine()).isEqualTo(
                "run-server.sh: The store has no catalog yet: import one, or start a server on it");
        assertThat(exported).doesNotExist();
    }

    @Test
    void aMemoryStoreIsRefusedSayingWhy() throws IOException {
        Run run = run("catalog", "import", file("prices.json", newPrices()).toString(), "--store", "memory");

        assertThat(run.exitCode).isEqualTo(Launcher.BAD_USAGE);
        assertThat(run.oneErrorLine()).startsWith("run-server.sh: catalog import needs --store URL of a database")
                .contains("a memory store has no catalog outside a running server");
    }

    @Test
    void noStoreIsRefusedAsAMemoryStoreIs() throws IOException {
        Run run = run("catalog", "export", dir.resolve("exported.json").toString());

        assertThat(run.exitCode).isEqualTo(Launcher.BAD_USAGE);
        assertThat(run.oneErrorLine()).startsWith("run-server.sh: catalog export needs --store URL of a database");
    }

    @Test
    void catalogWithoutACommandIsRefused() {
        Run run = run("catalog");

        assertThat(run.exitCode).isEqualTo(Launcher.BAD_USAGE);
        assertThat(run.oneErrorLine()).isEqualTo("run-server.sh: catalog needs a command: import or export (see --help)");
    }

    @Test
    void theServersHelpNamesTheCatalogCommands() {
        Run run = run("--help");

        assertThat(run.out).contains("catalog import FILE --store URL", "catalog export FILE --store URL")
                .containsPattern("Commands:\\s+catalog");
    }

    @Test
    void importsHelpSaysWhereThePasswordIsReadFrom() {
        Run run = run("catalog", "import", "--help");

        assertThat(run.exitCode).isZero();
        assertThat(run.out).startsWith("Usage: run-server.sh catalog import").contains("FILE", "--store",
                "$" + CheckoutStores.PASSWORD_VARIABLE, "CSV");
    }

    private static Run run(String... args) {
        return assertTimeoutPreemptively(AT_MOST, () -> {
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
    private record Run(int exitCode, String out, String err) {

        /** Stdout, which must be exactly one line. */
        String oneOutputLine() {
            assertThat(out.lines()).as("stdout: %s", out).hasSize(1);
            return out.strip();
        }

        /** Stderr, which must be exactly one line. */
        String oneErrorLine() {
            assertThat(err.lines()).as("stderr: %s", err).hasSize(1);
            return err.strip();
        }
    }
}
