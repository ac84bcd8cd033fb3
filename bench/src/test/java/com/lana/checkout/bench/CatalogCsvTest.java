package com.lana.checkout.bench;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.VatRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV form of a catalog: a header, then a row per product in the columns. */
class CatalogCsvTest {

    @Test
    void aCatalogIsAHeaderThenOneRowPerProduct(@TempDir Path dir) throws Exception {
        Catalog catalog = CatalogGenerator.generate(1_000);
        Path file = dir.resolve("catalog.csv");

        CatalogCsv.write(catalog, file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1_001).first().isEqualTo("code,name,price,vat,barcodes,on_sale");
        assertThat(lines.get(1)).isEqualTo("PEN,Lana Pen,5.00,21," + catalog.products().get(0).barcodes().get(0) + ",true");
        assertThat(lines.subList(1, lines.size()))
                .allMatch(line -> line.matches("[A-Z0-9]+,[^,\"]+,\\d+\\.\\d\\d,(21|10|4|5\\.5|0),\\d{13}(\\|\\d{13})?,(true|false)"));
    }

    @Test
    void severalBarcodesAreSeparatedByABar() {
        Product product = new Product("SOAP", "Soap", Money.ofMinor(250), VatRate.parse("5.5"),
                List.of("4006381333931", "036000291452"), false);

        assertThat(CatalogCsv.row(product)).isEqualTo("SOAP,Soap,2.50,5.5,4006381333931|0036000291452,false");
    }

    @Test
    void aNameWithACommaOrAQuoteIsQuoted() {
        Product product = Product.of("CREME", "Crème \"Fraîche\", 200 ml", Money.ofMinor(199), VatRate.of(10));

        assertThat(CatalogCsv.row(product)).isEqualTo("CREME,\"Crème \"\"Fraîche\"\", 200 ml\",1.99,10,,true");
    }
}
