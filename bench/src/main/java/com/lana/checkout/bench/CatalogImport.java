package com.lana.checkout.bench;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.catalog.CatalogUpdate;
import com.lana.checkout.server.store.CatalogStore;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The import of a catalog file into a database store, timed as a {@code catalog import} makes it, in
 * this JVM: the file read ({@link CatalogFile#update}, over the catalog in force), then
 * {@link CatalogStore#publish}. Then, through a store opened afresh, the new version is read back
 * and compared with the catalog the file was made of; only a version found there was imported into
 * the database (a store that keeps versions in its own JVM, as an interim one may, makes
 * {@code in_database=false} and no target is judged).
 *
 * <p>An H2 store gets a fresh file in a temporary folder, deleted afterwards. On PostgreSQL the store
 * is made in the schema {@value #SCHEMA}, made for the run and dropped after it, so the catalog of the
 * database the URL names is not changed.
 */
final class CatalogImport {

    static final String SCHEMA = "lana_bench_catalog";
    /** The target for importing 100,000 products into PostgreSQL. */
    static final double TARGET_SECONDS = 30;

    private final PrintStream out;

    CatalogImport(PrintStream out) {
        this.out = out;
    }

    /**
     * Imports {@code file}, which holds {@code expected}'s products, into {@code store}; answers the
     * {@code CATALOG_IMPORT} and {@code TARGET} lines.
     *
     * @throws VerificationException when the version read back is not {@code expected}
     */
    List<String> measure(BenchStore store, Path file, String format, Catalog expected) throws Exception {
        Path folder = store.kind().equals(BenchStore.H2) ? BenchStore.freshFolder() : null;
        String url = folder != null ? store.serverUrl(folder) : BenchStore.inSchema(store.url(), SCHEMA);
        out.println();
        out.printf(Locale.ROOT, "== Catalog import into %s: %,d products from %s%n", store.kind(),
                expected.products().size(), file.getFileName());
        try {
            if (folder == null) {
                BenchStore.execute(store.url(), "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA);
            }
            long version;
            double readMillis;
            double publishMillis;
            try (CheckoutStore opened = CheckoutStores.open(url)) {
                CatalogStore catalogs = opened.catalogs();
                long inForce = catalogs.currentVersion();
                long started = System.nanoTime();
                CatalogUpdate update = CatalogFile.update(file);
                Catalog catalog = update.over(inForce == 0 ? CatalogFile.defaults() : catalogs.catalog(inForce));
                long read = System.nanoTime();
                version = catalogs.publish(catalog, file.getFileName().toString());
                long published = System.nanoTime();
                readMillis = (read - started) / 1e6;
                publishMillis = (published - read) / 1e6;
            }
            double readBackMillis = Double.NaN;
            boolean inDatabase;
            try (CheckoutStore reopened = CheckoutStores.open(url)) {
                inDatabase = reopened.catalogs().currentVersion() == version;
                if (inDatabase) {
                    long started = System.nanoTime();
                    Catalog back = reopened.catalogs().catalog(version);
                    readBackMillis = (System.nanoTime() - started) / 1e6;
                    if (!back.equals(expected)) {
                        throw new VerificationException("The catalog read back from " + store.kind() + " (version "
                                + version + ", " + back.products().size() + " products) is not the one imported");
                    }
                }
            }
            double seconds = (readMillis + publishMillis) / 1000;
            out.printf(Locale.ROOT, "Read the file in %.0f ms, published version %d in %.0f ms: %.1f s in all%n",
                    readMillis, version, publishMillis, seconds);
            out.println(inDatabase ? String.format(Locale.ROOT, "A store opened afresh reads version %d back in %.0f ms, "
                    + "the same catalog", version, readBackMillis)
                    : "A store opened afresh does not have version " + version + ": this store keeps catalog versions "
                    + "in its own JVM, so the figures above are no database import and no target is judged");
            String result = String.format(Locale.ROOT, "CATALOG_IMPORT store=%s products=%d format=%s read_ms=%.0f "
                            + "publish_ms=%.0f import_s=%.2f read_back_ms=%s in_database=%s", store.kind(),
                    expected.products().size(), format, readMillis, publishMillis, seconds,
                    inDatabase ? String.format(Locale.ROOT, "%.0f", readBackMillis) : "na", inDatabase);
            String target = String.format(Locale.ROOT, "TARGET name=catalog-import-s store=%s products=%d value=%.2f "
                            + "max=%.2f met=%s", store.kind(), expected.products().size(), seconds, TARGET_SECONDS,
                    inDatabase ? Boolean.toString(seconds <= TARGET_SECONDS) : "na");
            out.println(result);
            out.println(target);
            return List.of(result, target);
        } finally {
            if (folder != null) {
                BenchStore.deleteFolder(folder);
            } else {
                BenchStore.execute(store.url(), "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
    }
}
