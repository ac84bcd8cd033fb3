package com.lana.checkout.server.catalog;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Promotion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CatalogFileTest {

    /** A small valid catalog, in the format of the built-in one; the bad files below each break one thing. */
    private static final String HATS = """
            {
              "products": [
                { "code": "HAT",   "name": "Lana Hat",   "price": "12.99", "vat": 21 },
                { "code": "SCARF", "name": "Lana Scarf", "price": "30", "vat": "10" }
              ],
              "promotions": [
                { "type": "bulk-percent-off", "productCode": "HAT", "minQuantity": 2, "percent": 10 }
              ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void theBuiltInCatalogHasThreeProductsAndTwoPromotions() {
        Catalog catalog = CatalogFile.defaults();

        assertThat(catalog.products()).extracting(p -> p.code() + " " + p.price())
                .containsExactly("PEN 5.00€", "TSHIRT 20.00€", "MUG 7.50€");
        assertThat(catalog.promotions()).containsExactly(
                new Promotion.BuyNGetMFree("PEN", 1, 1),
                new Promotion.BulkPercentOff("TSHIRT", 3, 25));
    }

    @Test
    void aValidFileLoadsItsProductsWithNamesAndPrices() throws Exception {
        Catalog catalog = CatalogFile.load(write("hats.json", HATS));

        assertThat(catalog.product("HAT")).hasValueSatisfying(hat -> {
            assertThat(hat.name()).isEqualTo("Lana Hat");
            assertThat(hat.price()).isEqualTo(Money.ofMinor(1299));
        });
        assertThat(catalog.product("SCARF")).hasValueSatisfying(scarf ->
                assertThat(scarf.price()).isEqualTo(Money.ofMinor(3000)));
    }

    @Test
    void aValidFileLoadsItsPromotions() throws Exception {
        Catalog catalog = CatalogFile.load(write("hats.json", HATS));

        assertThat(catalog.promotions()).containsExactly(new Promotion.BulkPercentOff("HAT", 2, 10));
    }

    @Test
    void badJsonSyntaxNamesFileLineAndColumn() throws IOException {
        Path file = write("syntax.json", HATS.replace("\"Lana Scarf\",", "\"Lana Scarf\""));

        assertThat(problemIn(file)).startsWith("Catalog file " + file + ", line 4, column ")
                .containsIgnoringCase("unexpected character");
    }

    @Test
    void anUnknownFieldIsNamed() throws IOException {
        Path file = write("unknown-field.json", HATS.replace("\"price\": \"30\"", "\"price\": \"30\", \"colour\": \"red\""));

        assertThat(problemIn(file)).startsWith("Catalog file " + file + ", line 4, column ")
                .contains("(at products[1].colour)")
                .contains("Unrecognized field \"colour\"");
    }

    @Test
    void aMissingFieldIsNamed() throws IOException {
        Path file = write("missing-field.json", HATS.replaceFirst(",\\s*\"price\": \"12.99\"", ""));

        assertThat(problemIn(file)).startsWith("Catalog file " + file + ", line 3, column ")
                .contains("products[0]")
                .contains("'price'");
    }

    @Test
    void aPercentOverAHundredIsRefusedWithTheRecordsOwnMessage() throws IOException {
        Path file = write("percent.json", HATS.replace("\"percent\": 10", "\"percent\": 120"));

        assertThat(problemIn(file)).startsWith("Catalog file " + file + ", line 7, column ")
                .contains("promotions[0]")
                .endsWith(": Promotion on HAT: percent must be 1-100, was 120");
    }

    @Test
    void aPriceThatIsNotAnAmountIsRefused() throws IOException {
        Path file = write("price.json", HATS.replace("\"12.99\"", "\"abc\""));

        assertThat(problemIn(file)).startsWith("Catalog file " + file + ", line 3, column ")
                .contains("(at products[0].price)")
                .contains("Not an amount of euros: 'abc'");
    }

    @Test
    void aVatRateOverAHundredNamesItsLineAndColumn() throws IOException {
        Path file = write("vat.json", HATS.replace("\"vat\": 21", "\"vat\": 101"));

        assertThat(problemIn(file)).startsWith("Catalog file " + file + ", line 3, column ")
                .contains("(at products[0].vat)")
                .endsWith(": VAT rate must be 0-100%, was 101%");
    }

    @Test
    void aVatRateWithThreeDecimalsNamesItsLineAndColumn() throws IOException {
        Path file = write("vat.json", HATS.replace("\"vat\": \"10\"", "\"vat\": \"5.555\""));

        assertThat(problemIn(file)).startsWith("Catalog file " + file + ", line 4, column ")
                .contains("(at products[1].vat)")
                .endsWith(": VAT rate '5.555' is not a percentage like 21 or 5.5 (at most two decimals)");
    }

    @Test
    void aBarcodeWithAWrongCheckDigitNamesItsLineAndColumn() throws IOException {
        Path file = write("barcode.json", HATS.replace("\"vat\": 21", "\"vat\": 21, \"barcodes\": [\"8412345678904\"]"));

        assertThat(problemIn(file)).startsWith("Catalog file " + file + ", line 3, column ")
                .contains("products[0]")
                .endsWith(": Barcode 8412345678904 has a wrong check digit (expected 5 after 841234567890)");
    }

    @Test
    void aPriceBarcodeWithABadPrefixNamesItsLineAndColumn() throws IOException {
        Path file = write("label.json", HATS.replace("\n  ]\n}", """

                  ],
                  "priceBarcodes": [
                    { "prefix": "2112345", "productCode": "HAT", "priceDigits": 5 },
                    { "prefix": "3312345", "productCode": "SCARF", "priceDigits": 5 }
                  ]
                }"""));

        assertThat(problemIn(file)).startsWith("Catalog file " + file + ", line 11, column ")
                .contains("priceBarcodes[1]")
                .endsWith(": Price barcode prefix '3312345' must be 2-7 digits starting with 20-29 (in-store codes)");
    }

    @Test
    void aProductListedTwiceIsRefused() throws IOException {
        Path file = write("duplicate.json", HATS.replace("\"SCARF\"", "\"HAT\""));

        assertThat(problemIn(file)).startsWith("Catalog file " + file)
                .endsWith(": Product HAT is listed twice");
    }

    @Test
    void aPromotionForAProductNotInTheFileIsRefused() throws IOException {
        Path file = write("orphan-promotion.json", HATS.replace("\"productCode\": \"HAT\"", "\"productCode\": \"CAP\""));

        assertThat(problemIn(file)).startsWith("Catalog file " + file)
                .contains("names unknown product CAP");
    }

    @Test
    void anUnknownPromotionTypeIsRefused() throws IOException {
        Path file = write("type.json", HATS.replace("bulk-percent-off", "three-for-two"));

        assertThat(problemIn(file)).startsWith("Catalog file " + file + ", line 7, column ")
                .contains("three-for-two");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path file = write("empty.json", "");

        assertThat(problemIn(file)).startsWith("Catalog file " + file);
    }

    @Test
    void aFileThatSaysNullIsRefused() throws IOException {
        Path file = write("null.json", "null");

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ": is empty");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("no-such-catalog.json");

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ": no such file");
    }

    @Test
    void aFolderIsRefusedAsUnreadable() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("catalog.json"));

        assertThat(problemIn(folder)).startsWith("Catalog file " + folder + ": cannot be read");
    }

    /** Loads a file that must be refused and answers the one-line message it was refused with. */
    private static String problemIn(Path file) {
        CatalogFile.InvalidCatalogException refused = catchInvalidCatalog(file);
        assertThat(refused.getMessage()).as("one line").doesNotContain("\n", "\r");
        return refused.getMessage();
    }

    private static CatalogFile.InvalidCatalogException catchInvalidCatalog(Path file) {
        CatalogFile.InvalidCatalogException[] caught = new CatalogFile.InvalidCatalogException[1];
        assertThatExceptionOfType(CatalogFile.InvalidCatalogException.class)
                .isThrownBy(() -> CatalogFile.load(file))
                .satisfies(e -> caught[0] = e);
        return caught[0];
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }
}
