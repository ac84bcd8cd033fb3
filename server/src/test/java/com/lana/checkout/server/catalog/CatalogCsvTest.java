package com.lana.checkout.server.catalog;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.PriceBarcode;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Promotion;
import com.lana.checkout.api.VatRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** CSV catalog files: products only, read over the catalog in force. */
class CatalogCsvTest {

    /** A small valid file; the bad files below each break one thing of it. */
    private static final String SHOP = """
            code,name,price,vat,barcodes,on_sale
            PEN,Lana Pen,5.00,21,8412345678905|036000291452,true
            TSHIRT,Lana T-Shirt,20.00,21,8412345678912,yes
            MUG,Lana Coffee Mug,7.50,21,,
            CAFE,"Café, 250 g",3.49,5.5,54490000,no
            """;

    private static final Product PEN = new Product("PEN", "Lana Pen", Money.ofMinor(500), VatRate.STANDARD,
            List.of("8412345678905", "0036000291452"), true);
    private static final Product TSHIRT = new Product("TSHIRT", "Lana T-Shirt", Money.ofMinor(2000), VatRate.STANDARD,
            List.of("8412345678912"), true);
    private static final Product MUG = Product.of("MUG", "Lana Coffee Mug", Money.ofMinor(750), VatRate.STANDARD);
    private static final Product CAFE = new Product("CAFE", "Café, 250 g", Money.ofMinor(349), VatRate.parse("5.5"),
            List.of("54490000"), false);

    /** The catalog in force that the updates are read over: the built-in one (PEN, TSHIRT, MUG, two promotions). */
    private static final Catalog IN_FORCE = CatalogFile.defaults();

    @TempDir
    Path dir;

    @Test
    void aCsvFileGivesItsProductsWithEveryColumnRead() throws Exception {
        Catalog catalog = read("shop.csv", SHOP);

        assertThat(catalog.products()).containsExactly(PEN, TSHIRT, MUG, CAFE);
    }

    @Test
    void aCsvFileKeepsThePromotionsFavouritesAndPriceBarcodesInForce() throws Exception {
        Catalog inForce = new Catalog(List.of(PEN, TSHIRT, MUG, Product.of("APPLES", "Apples", Money.ofMinor(299),
                VatRate.of(4))), IN_FORCE.promotions(), List.of("MUG", "PEN"),
                List.of(new PriceBarcode("2112345", "APPLES", 5)));
        String file = SHOP + "APPLES,Apples (per kg),2.49,4,,\n";

        Catalog catalog = CatalogFile.update(write("shop.csv", file)).over(inForce);

        assertThat(catalog.promotions()).isEqualTo(inForce.promotions());
        assertThat(catalog.favourites()).containsExactly("MUG", "PEN");
        assertThat(catalog.priceBarcodes()).isEqualTo(inForce.priceBarcodes());
        assertThat(catalog.product("APPLES")).map(Product::price).contains(Money.ofMinor(249));
    }

    @Test
    void aCsvFileAndAJsonFileOfTheSameCatalogReadEqual() throws Exception {
        Path json = write("shop.json", """
                {
                  "products": [
                    { "code": "PEN", "name": "Lana Pen", "price": "5.00", "vat": 21,
                      "barcodes": ["8412345678905", "036000291452"] },
                    { "code": "TSHIRT", "name": "Lana T-Shirt", "price": "20", "vat": "21", "barcodes": ["8412345678912"] },
                    { "code": "MUG", "name": "Lana Coffee Mug", "price": "7.5", "vat": "21%" },
                    { "code": "CAFE", "name": "Café, 250 g", "price": "3.49", "vat": "5.5",
                      "barcodes": ["54490000"], "onSale": false }
                  ],
                  "promotions": [
                    { "type": "buy-n-get-m-free", "productCode": "PEN", "buy": 1, "free": 1 },
                    { "type": "bulk-percent-off", "productCode": "TSHIRT", "minQuantity": 3, "percent": 25 }
                  ],
                  "favourites": [ "PEN", "TSHIRT", "MUG" ]
                }
                """);

        Catalog fromJson = CatalogFile.update(json).over(IN_FORCE);
        Catalog fromCsv = CatalogFile.update(write("shop.csv", SHOP)).over(IN_FORCE);

        assertThat(fromCsv).isEqualTo(fromJson);
    }

    @Test
    void crLfLineEndsABomAndBlankLinesAreRead() throws Exception {
        String windows = "\uFEFF" + SHOP.replace("\n", "\r\n").replace("MUG,", "\r\nMUG,");

        assertThat(read("windows.csv", windows).products()).containsExactly(PEN, TSHIRT, MUG, CAFE);
    }

    @Test
    void columnsMayComeInAnyOrderAndCaseAndBarcodesAndOnSaleMayBeLeftOut() throws Exception {
        Catalog catalog = read("short.csv", """
                Price, VAT ,Name,CODE
                5.00,21,Lana Pen,PEN
                20.00,21,Lana T-Shirt,TSHIRT
                7.50,21,Lana Coffee Mug,MUG
                """);

        assertThat(catalog.products()).containsExactly(
                Product.of("PEN", "Lana Pen", Money.ofMinor(500), VatRate.STANDARD),
                Product.of("TSHIRT", "Lana T-Shirt", Money.ofMinor(2000), VatRate.STANDARD), MUG);
    }

    @Test
    void aQuotedNameKeepsItsCommasQuotesAndLineBreaks() throws Exception {
        Catalog catalog = read("quoted.csv", SHOP + "RULER,\"Ruler, 12\"\" \",1.99,21,,\n");

        assertThat(catalog.product("RULER")).map(Product::name).contains("Ruler, 12\" ");
    }

    @Test
    void aCommaMayBeTheDecimalSeparatorOfAQuotedPrice() throws Exception {
        Catalog catalog = read("comma.csv", SHOP.replace("3.49,5.5", "\"3,49\",\"5,5\""));

        assertThat(catalog.product("CAFE")).map(Product::price).contains(Money.ofMinor(349));
    }

    @ParameterizedTest(name = "on_sale {0} is {1}")
    @CsvSource(textBlock = """
            true,  true
            TRUE,  true
            yes,   true
            1,     true
            '',    true
            false, false
            No,    false
            0,     false
            """)
    void onSaleIsTrueOrFalseYesOrNoOneOrZeroAndTrueWhenEmpty(String written, boolean onSale) throws Exception {
        Catalog catalog = read("on-sale.csv", SHOP.replace("7.50,21,,", "7.50,21,," + written));

        assertThat(catalog.product("MUG")).map(Product::onSale).contains(onSale);
    }

    @Test
    void aCsvFileIsWrittenWithEveryColumnAndReadBackEqual() throws Exception {
        Catalog catalog = IN_FORCE.withProducts(List.of(PEN, TSHIRT, MUG, CAFE,
                Product.of("RULER", "Ruler 12\", \"metal\"", Money.ofMinor(199), VatRate.of(0)),
                Product.of("SPACED", " Two lines, \nspaced ", Money.ofMinor(1), VatRate.parse("4.75"))));
        Path file = dir.resolve("written.csv");

        CatalogFile.write(catalog, file);

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).startsWith(
                "code,name,price,vat,barcodes,on_sale",
                "PEN,Lana Pen,5.00,21,8412345678905|0036000291452,true");
        assertThat(CatalogFile.update(file).over(IN_FORCE)).isEqualTo(catalog);
    }

    @Test
    void aJsonFileIsWrittenWholeAndReadBackEqual() throws Exception {
        Catalog catalog = new Catalog(List.of(PEN, TSHIRT, MUG, CAFE), IN_FORCE.promotions(), List.of("CAFE"),
                List.of(new PriceBarcode("2112345", "CAFE", 5)));
        Path file = dir.resolve("written.json");

        CatalogFile.write(catalog, file);

        assertThat(CatalogFile.update(file).over(IN_FORCE)).isEqualTo(catalog);
    }

    @Test
    void aFileNamedNeitherJsonNorCsvIsRefusedByName() throws IOException {
        Path file = write("shop.txt", SHOP);

        assertThatExceptionOfType(CatalogFile.InvalidCatalogException.class)
                .isThrownBy(() -> CatalogFile.update(file))
                .withMessage("Catalog file " + file + ": the name must end in .json (a whole catalog) or .csv (products only)");
    }

    @Test
    void aCsvFileIsNoWholeCatalog() throws IOException {
        Path file = write("shop.csv", SHOP);

        assertThatExceptionOfType(CatalogFile.InvalidCatalogException.class)
                .isThrownBy(() -> CatalogFile.load(file))
                .withMessage("Catalog file " + file + ": a CSV file has products only, not a whole catalog");
    }

    @Test
    void aMissingFileIsSaidToBeMissingWhateverItsName() {
        Path file = dir.resolve("no-such-catalog");

        assertThatExceptionOfType(CatalogFile.InvalidCatalogException.class)
                .isThrownBy(() -> CatalogFile.update(file))
                .withMessage("Catalog file " + file + ": no such file");
    }

    @Test
    void aCatalogIsNotWrittenToAFileNamedNeitherJsonNorCsv() {
        Path file = dir.resolve("shop.xlsx");

        assertThatExceptionOfType(IOException.class)
                .isThrownBy(() -> CatalogFile.write(IN_FORCE, file))
                .withMessage("Catalog file " + file + ": the name must end in .json (a whole catalog) or .csv (products only)");
        assertThat(file).doesNotExist();
    }

    @Test
    void theFileNamesEndingIsReadWhateverItsCase() throws Exception {
        assertThat(CatalogFile.update(write("SHOP.CSV", SHOP)).over(IN_FORCE).products()).hasSize(4);
    }

    // --- what the file leaves out of the catalog in force

    @Test
    void aPromotionInForceOnAProductTheFileLacksIsNamed() throws IOException {
        Path file = write("no-pens.csv", SHOP.replaceFirst("PEN,.*\n", ""));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> CatalogFile.update(file).over(IN_FORCE))
                .withMessage("Catalog file " + file + ": Promotion '2-for-1 on PEN' of the catalog in force names"
                        + " product PEN, which " + file + " does not have");
    }

    @Test
    void aFavouriteInForceTheFileLacksIsNamed() throws IOException {
        Catalog inForce = IN_FORCE.withProducts(List.of(PEN, TSHIRT, MUG, CAFE));
        Path file = write("no-cafe.csv", SHOP.replaceFirst("CAFE,.*\n", ""));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> CatalogFile.update(file).over(new Catalog(inForce.products(), List.of(),
                        List.of("CAFE"), List.of())))
                .withMessage("Catalog file " + file + ": The favourites list of the catalog in force names"
                        + " product CAFE, which " + file + " does not have");
    }

    @Test
    void aPriceBarcodeInForceForAProductTheFileLacksIsNamed() throws IOException {
        Catalog inForce = new Catalog(List.of(PEN, CAFE), List.of(), List.of(),
                List.of(new PriceBarcode("2112345", "CAFE", 5)));
        Path file = write("no-cafe.csv", SHOP.replaceFirst("CAFE,.*\n", ""));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> CatalogFile.update(file).over(inForce))
                .withMessage("Catalog file " + file + ": Price barcode 2112345 of the catalog in force names"
                        + " product CAFE, which " + file + " does not have");
    }

    @Test
    void aBarcodeUnderAPriceBarcodePrefixInForceIsNamedWithItsLine() throws IOException {
        Catalog inForce = new Catalog(List.of(PEN, CAFE), List.of(), List.of(),
                List.of(new PriceBarcode("2112345", "CAFE", 5)));
        Path file = write("label.csv", SHOP.replace("8412345678912", "2112345003498"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> CatalogFile.update(file).over(inForce))
                .withMessage("Catalog file " + file + ", line 3, column 5 (barcodes): barcode 2112345003498 of TSHIRT"
                        + " starts with price barcode prefix 2112345 of the catalog in force, which is for in-store"
                        + " labels of CAFE");
    }

    // --- bad files: one message naming the file, the line and the column

    @Test
    void aLineWithAColumnMoreIsRefusedWithAHintAboutQuotes() throws IOException {
        Path file = write("comma.csv", SHOP.replace("\"Café, 250 g\"", "Café, 250 g"));

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ", line 5, column 7: the header has 6 columns,"
                + " this line more (a value with a comma in it must be in double quotes)");
    }

    @Test
    void aLineWithAColumnLessIsRefused() throws IOException {
        Path file = write("short.csv", SHOP.replace("7.50,21,,", "7.50,21,"));

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ", line 4, column 6 (on_sale): the line ends"
                + " here; the header has 6 columns, this line 5");
    }

    @Test
    void aQuoteThatIsNeverClosedIsNamedWhereItOpens() throws IOException {
        Path file = write("quote.csv", SHOP.replace("\"Café, 250 g\"", "\"Café, 250 g"));

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ", line 5, column 2 (name): the quote (\")"
                + " that opens this value is never closed");
    }

    @Test
    void aMissingHeaderColumnIsNamed() throws IOException {
        Path file = write("no-price.csv", """
                code,name,vat
                PEN,Lana Pen,21
                """);

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ", line 1: the header has no column price;"
                + " it needs code,name,price,vat (and may have barcodes,on_sale)");
    }

    @Test
    void anUnknownHeaderColumnIsNamed() throws IOException {
        Path file = write("colour.csv", SHOP.replace("on_sale", "on_sale,colour"));

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ", line 1, column 7 (colour): unknown column"
                + " 'colour'; the columns, separated by commas, are code,name,price,vat,barcodes,on_sale");
    }

    @Test
    void aFileSeparatedBySemicolonsIsToldTheColumnsAreSeparatedByCommas() throws IOException {
        Path file = write("semicolons.csv", SHOP.replace(',', ';'));

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ", line 1, column 1"
                + " (code;name;price;vat;barcodes;on_sale): unknown column 'code;name;price;vat;barcodes;on_sale';"
                + " the columns, separated by commas, are code,name,price,vat,barcodes,on_sale");
    }

    @Test
    void aHeaderColumnNamedTwiceIsRefused() throws IOException {
        Path file = write("twice.csv", SHOP.replace("barcodes,on_sale", "barcodes,price"));

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ", line 1, column 6 (price): column price is"
                + " named twice, also as column 3");
    }

    @Test
    void aDuplicateCodeNamesBothLines() throws IOException {
        Path file = write("twice.csv", SHOP.replace("CAFE,", "TSHIRT,"));

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ", line 5, column 1 (code): product TSHIRT is"
                + " listed twice, on line 3 and on line 5");
    }

    @Test
    void aDuplicateBarcodeNamesBothLinesAndProducts() throws IOException {
        Path file = write("shared.csv", SHOP.replace("54490000", "8412345678912"));

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ", line 5, column 5 (barcodes): barcode"
                + " 8412345678912 of CAFE is also on line 3, of TSHIRT; a barcode belongs to one product");
    }

    @Test
    void aUpcABarcodeIsTheSameBarcodeAsItsEan13() throws IOException {
        Path file = write("upc.csv", SHOP.replace("54490000", "0036000291452"));

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ", line 5, column 5 (barcodes): barcode"
                + " 0036000291452 of CAFE is also on line 2, of PEN; a barcode belongs to one product");
    }

    @Test
    void aBarcodeThatIsAnotherProductsCodeIsRefused() throws IOException {
        Path file = write("code.csv", SHOP.replace("MUG,Lana Coffee Mug", "4006381333931,Lana Coffee Mug")
                .replace("54490000", "4006381333931"));

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ", line 5, column 5 (barcodes): barcode"
                + " 4006381333931 of CAFE is the code of the product on line 4");
    }

    @Test
    void aBarcodeWithAWrongCheckDigitIsRefused() throws IOException {
        Path file = write("check.csv", SHOP.replace("8412345678905", "8412345678904"));

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ", line 2, column 5 (barcodes): Barcode"
                + " 8412345678904 has a wrong check digit (expected 5 after 841234567890)");
    }

    @Test
    void aBarcodeThatIsNoBarcodeIsRefused() throws IOException {
        Path file = write("excel.csv", SHOP.replace("8412345678912", "8.41235E+12"));

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ", line 3, column 5 (barcodes): '8.41235E+12'"
                + " is not a barcode: EAN-13, UPC-A or EAN-8 are 13, 12 or 8 digits");
    }

    @ParameterizedTest(name = "price {0}")
    @CsvSource(delimiter = '|', textBlock = """
            -7.50 | a price must be 0.01€-1000000.00€, was -7.50€
            0.00  | a price must be 0.01€-1000000.00€, was 0.00€
            0     | a price must be 0.01€-1000000.00€, was 0.00€
            abc   | price 'abc' is not an amount of euros like 3.49
            7.505 | price '7.505' is not an amount of euros like 3.49
            ''    | price '' is not an amount of euros like 3.49
            """)
    void aPriceThatIsNotMoreThanZeroOrNoAmountIsRefused(String price, String problem) throws IOException {
        Path file = write("price.csv", SHOP.replace("7.50,21,,", price + ",21,,"));

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ", line 4, column 3 (price): " + problem);
    }

    @ParameterizedTest(name = "VAT {0}")
    @CsvSource(delimiter = '|', textBlock = """
            101    | VAT rate must be 0-100%, was 101%
            100.01 | VAT rate must be 0-100%, was 100.01%
            -1     | VAT rate '-1' is not a percentage like 21 or 5.5 (at most two decimals)
            5.555  | VAT rate '5.555' is not a percentage like 21 or 5.5 (at most two decimals)
            ''     | VAT rate is missing
            """)
    void aVatRateOutsideZeroToAHundredOrWithThreeDecimalsIsRefused(String vat, String problem) throws IOException {
        Path file = write("vat.csv", SHOP.replace("7.50,21,,", "7.50," + vat + ",,"));

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ", line 4, column 4 (vat): " + problem);
    }

    @Test
    void anOnSaleValueThatIsNoneOfTheWordsIsRefused() throws IOException {
        Path file = write("on-sale.csv", SHOP.replace(",yes", ",maybe"));

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ", line 3, column 6 (on_sale): on_sale must be"
                + " true or false (yes/no, 1/0, empty for true), was 'maybe'");
    }

    @Test
    void aBadCodeIsRefused() throws IOException {
        Path file = write("code.csv", SHOP.replace("MUG,", "MUG 2,"));

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ", line 4, column 1 (code): Product code"
                + " 'MUG 2' may only contain letters A-Z, digits, '-' and '_'");
    }

    @Test
    void anEmptyNameIsRefused() throws IOException {
        Path file = write("name.csv", SHOP.replace("Lana Coffee Mug", ""));

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ", line 4, column 2 (name): a name must be"
                + " 1-80 characters, MUG's has 0");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path file = write("empty.csv", "");

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ": is empty");
    }

    @Test
    void aFileWithAHeaderAndNoProductsIsRefused() throws IOException {
        Path file = write("header.csv", "code,name,price,vat\n\n");

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ": has a header but no products");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedOnTheLineItStopsBeingUtf8() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.writeString(file, SHOP, StandardCharsets.ISO_8859_1);

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ", line 5: byte 0xE9 is not UTF-8 text;"
                + " save the file as CSV in UTF-8");
    }

    @Test
    void aMissingCsvFileIsNamed() {
        Path file = dir.resolve("no-such-catalog.csv");

        assertThat(problemIn(file)).isEqualTo("Catalog file " + file + ": no such file");
    }

    private Catalog read(String name, String csv) throws Exception {
        return CatalogFile.update(write(name, csv)).over(IN_FORCE);
    }

    /** Reads a file that must be refused and answers the one-line message it was refused with. */
    private static String problemIn(Path file) {
        CatalogFile.InvalidCatalogException[] caught = new CatalogFile.InvalidCatalogException[1];
        assertThatExceptionOfType(CatalogFile.InvalidCatalogException.class)
                .isThrownBy(() -> CatalogFile.update(file))
                .satisfies(e -> caught[0] = e);
        assertThat(caught[0].getMessage()).as("one line").doesNotContain("\n", "\r");
        return caught[0].getMessage();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
