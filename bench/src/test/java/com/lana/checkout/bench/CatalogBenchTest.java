package com.lana.checkout.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --catalog-size} works: a small generated catalog is imported into an H2 file, served by a
 * server next to one with the reference catalog, scanned by barcode on both and searched, and every
 * figure and target is printed. No figure is asserted: timing on a shared CI machine proves nothing.
 */
class CatalogBenchTest {

    @Test
    void aSmallCatalogIsImportedServedScannedAndSearched(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        Path results = dir.resolve("results.txt");

        int exit = LoadTool.run(out, out, "--catalog-size", "500", "--rounds", "1", "--duration", "200ms",
                "--warmup", "0s", "--store", "jdbc:h2:file:" + dir.resolve("never-written"),
                "--results", results.toString());

        String printed = captured.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        List<String> lines = Files.readAllLines(results);
        assertThat(lines).as(printed)
                .anyMatch(l -> l.matches("CATALOG_IMPORT store=h2 products=500 format=(csv|json) read_ms=\\d+ .*"))
                .anyMatch(l -> l.matches("CATALOG_SERVER products=500 start_s=[\\d.]+ .*"))
                .anyMatch(l -> l.matches("CATALOG_SERVER products=3 start_s=[\\d.]+ .*"))
                .anyMatch(l -> l.startsWith("CATALOG_HEAP products=500 heap_used_mib="))
                .anyMatch(l -> l.startsWith("RESULT store=memory scenario=add-distinct-barcode-catalog-500 threads=8 "))
                .anyMatch(l -> l.startsWith("RESULT store=memory scenario=add-distinct-barcode-catalog-3 threads=8 "))
                .anyMatch(l -> l.startsWith("RESULT store=memory scenario=find-products threads=8 "))
                .anyMatch(l -> l.startsWith("RESULT store=memory scenario=find-products-accent-folded threads=1 "));
        assertThat(lines.stream().filter(l -> l.startsWith("RESULT "))).hasSize(9);
        assertThat(lines.stream().filter(l -> l.startsWith("SEARCH_IN_PROCESS products=500 kind="))).hasSize(5);
        assertThat(lines.stream().filter(l -> l.startsWith("TARGET "))).hasSize(5)
                .anyMatch(l -> l.startsWith("TARGET name=catalog-import-s store=h2 products=500 "))
                .anyMatch(l -> l.startsWith("TARGET name=catalog-server-start-s products=500 "))
                .anyMatch(l -> l.startsWith("TARGET name=add-distinct-barcode-catalog-500-vs-catalog-3 threads=8 "))
                .anyMatch(l -> l.startsWith("TARGET name=find-products-p99-ms products=500 threads=8 "));
        assertThat(printed).contains("every run passed its checks");
        assertThat(dir).isDirectoryNotContaining(path -> !path.equals(results));
    }

    @Test
    void aCatalogNoLargerThanTheReferenceOneIsACommandLineError() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);

        int exit = LoadTool.run(out, out, "--catalog-size", "3");

        assertThat(exit).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("--catalog-size takes 4-1000000 products");
    }
}
