package com.lana.checkout.bench;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.server.catalog.CatalogFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code ./run-bench.sh --make-catalog FILE [PRODUCTS]}: writes a {@linkplain CatalogGenerator generated}
 * catalog of PRODUCTS products (default {@value CatalogGenerator#DEFAULT_SIZE}) to FILE, as CSV when
 * its name ends in {@code .csv} (products only), else as JSON (products, promotions, favourites), for
 * {@code ./run-server.sh --catalog FILE} or a catalog import. Exit code 2 for a bad command line.
 */
public final class MakeCatalog {

    private MakeCatalog() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2 || args[0].startsWith("-")) {
            System.err.println("Usage: run-bench.sh --make-catalog FILE.csv|FILE.json [PRODUCTS]  (default "
                    + CatalogGenerator.DEFAULT_SIZE + " products)");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        Catalog catalog;
        try {
            int size = args.length > 1 ? Integer.parseInt(args[1].replace("_", "").replace(",", ""))
                    : CatalogGenerator.DEFAULT_SIZE;
            catalog = CatalogGenerator.generate(size);
        } catch (IllegalArgumentException e) {
            System.err.println("run-bench.sh --make-catalog: " + e.getMessage());
            System.exit(2);
            return;
        }
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        if (csv) {
            CatalogFile.write(catalog, file);
        } else {
            CatalogFile.write(catalog, file);
        }
        System.out.printf(Locale.ROOT, "Wrote %,d products to %s (%s)%n", catalog.products().size(), file,
                csv ? "CSV, products only" : "JSON, with the reference promotions and favourites");
    }
}
