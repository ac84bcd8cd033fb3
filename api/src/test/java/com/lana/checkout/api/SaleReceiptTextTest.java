package com.lana.checkout.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The receipt text of a sale, as the till's 42-column printer prints it, for the four reference
 * baskets. Golden files under {@code src/test/resources/receipts} hold the expected text; each run
 * writes what it got to {@code target/receipts-actual}.
 */
class SaleReceiptTextTest {

    static Stream<Arguments> referenceSales() {
        return Stream.of(
                Arguments.of("pen-tshirt-mug", ReferenceSales.PEN_TSHIRT_MUG),
                Arguments.of("pen-tshirt-pen", ReferenceSales.TWO_PENS_AND_A_TSHIRT),
                Arguments.of("tshirt-x3-pen-tshirt", ReferenceSales.FOUR_TSHIRTS_AND_A_PEN),
                Arguments.of("pen-tshirt-pen-pen-mug-tshirt-tshirt", ReferenceSales.BOTH_PROMOTIONS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceSales")
    void theReceiptTextIsTheGoldenOne(String name, Sale sale) throws IOException {
        // Written for a reviewer to compare (and copy over the golden file when a change is meant).
        Path actual = Path.of("target", "receipts-actual", name + ".txt");
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, sale.toString() + System.lineSeparator(), StandardCharsets.UTF_8);

        assertThat(sale.toString().lines()).containsExactlyElementsOf(golden(name).lines().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceSales")
    void noRowIsWiderThanTheReceiptPaper(String name, Sale sale) {
        assertThat(sale.toString().lines()).allSatisfy(row -> assertThat(row).hasSizeLessThanOrEqualTo(42));
    }

    @Test
    void aLongNameAndReferenceAreCutShortToFitThePaper() {
        String longName = "Lana Extraordinarily Long Limited Edition Hand-Painted Ceramic Coffee Mug";
        Money mugPrice = Money.parse("7.50€");
        Receipt.Line line = new Receipt.Line("MUG", longName, 999, mugPrice, mugPrice.times(999));
        Sale sale = new Sale(new SaleNumber(123_456_789), LocalDateTime.of(2025, 1, 6, 9, 0),
                ReferenceSales.receipt(List.of(line), List.of(new Receipt.Discount("MUG", "x".repeat(100), Money.parse("1.00€"))),
                        "7491.50€"),
                List.of(Payment.card(Money.parse("7491.50€"), "R".repeat(Payment.MAX_REFERENCE_LENGTH))), Money.ZERO);

        List<String> rows = sale.toString().lines().toList();

        assertThat(rows).allSatisfy(row -> assertThat(row).hasSizeLessThanOrEqualTo(42));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("999 x Lana Extra").contains("…")
                .endsWith("7492.50€"));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Card RRR").contains("…").endsWith("7491.50€"));
    }

    @Test
    void theReceiptSaysTheShopNumberAndTime() {
        List<String> rows = ReferenceSales.PEN_TSHIRT_MUG.toString().lines().toList();

        assertThat(rows.get(0).strip()).isEqualTo("Lana");
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("S-000001").endsWith("2025-01-06 09:30:05"));
    }

    @Test
    void eachPromotionIsPrintedRightUnderTheLineItReduces() {
        List<String> rows = ReferenceSales.BOTH_PROMOTIONS.toString().lines().toList();
        int pens = indexOf(rows, "3 x Lana Pen");
        int tshirts = indexOf(rows, "3 x Lana T-Shirt");

        assertThat(rows.get(pens + 1)).startsWith("    2-for-1 on PEN").endsWith("-5.00€");
        assertThat(rows.get(tshirts + 1)).startsWith("    25% off TSHIRT (3 or more)").endsWith("-15.00€");
    }

    @Test
    void theReceiptEndsWithTotalPaymentsAndChange() {
        assertThat(ReferenceSales.PEN_TSHIRT_MUG.toString())
                .containsPattern("TOTAL +32\\.50€")
                .containsPattern("Cash +50\\.00€")
                .containsPattern("Change +17\\.50€");
    }

    private static int indexOf(List<String> rows, String start) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("No row starts with '" + start + "' in " + rows);
    }

    private static String golden(String name) {
        String path = "/receipts/" + name + ".txt";
        try (InputStream in = SaleReceiptTextTest.class.getResourceAsStream(path)) {
            assertThat(in).as("golden file %s", path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
