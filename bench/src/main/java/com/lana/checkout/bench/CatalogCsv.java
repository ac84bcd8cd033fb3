package com.lana.checkout.bench;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Product;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a catalog's products as the CSV a server reads with {@code --catalog FILE.csv}: a header
 * row {@value #HEADER}, then one row per product, UTF-8, {@code \n} line ends; price with two
 * decimals ({@code 7.50}), VAT as a percentage ({@code 5.5}), barcodes separated by {@code |},
 * {@code on_sale} {@code true} or {@code false}. A field holding a comma, a quote or a line break is
 * quoted, its quotes doubled (RFC 4180). A CSV carries products only: promotions, favourites and
 * price barcodes stay those in force where it is read.
 */
public final class CatalogCsv {

    public static final String HEADER = "code,name,price,vat,barcodes,on_sale";

    private CatalogCsv() {
    }

    /**
     * Writes {@code catalog}'s products to {@code file}, replacing it.
     *
     * @throws IOException when the file cannot be written
     */
    public static void write(Catalog catalog, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (Product product : catalog.products()) {
                out.write(row(product));
                out.write('\n');
            }
        }
    }

    /** One product's row, without its line end. */
    static String row(Product product) {
        return String.join(",", field(product.code()), field(product.name()),
                BigDecimal.valueOf(product.price().cents(), 2).toPlainString(), product.vat().percent(),
                String.join("|", product.barcodes()), Boolean.toString(product.onSale()));
    }

    private static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
