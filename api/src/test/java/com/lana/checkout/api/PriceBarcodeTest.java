package com.lana.checkout.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PriceBarcodeTest {

    /** A label scale's rule: 21 (a weighed item) + item 12345, then five digits of price in cents. */
    private static final PriceBarcode APPLES = new PriceBarcode("2112345", "APPLES", 5);
    /** The label the scale prints for 3.49€ of apples: prefix, price 00349, and its check digit. */
    private static final String APPLES_AT_3_49 = "211234500349" + Barcode.checkDigit("211234500349");

    @Test
    void aLabelOfTheRuleIsAValidEan13() {
        assertThat(APPLES_AT_3_49).isEqualTo("2112345003498");
        assertThat(Barcode.canonical(APPLES_AT_3_49)).isEqualTo(APPLES_AT_3_49);
    }

    @Test
    void aLabelCarriesThePriceInItsDigitsBeforeTheCheckDigit() {
        assertThat(APPLES.matches(APPLES_AT_3_49)).isTrue();
        assertThat(APPLES.price(APPLES_AT_3_49)).contains(Money.ofMinor(349));
    }

    @Test
    void theDigitsBetweenPrefixAndPriceAreNotRead() {
        PriceBarcode shortPrefix = new PriceBarcode("21", "APPLES", 4);

        assertThat(shortPrefix.price(APPLES_AT_3_49)).contains(Money.ofMinor(349));
    }

    @Test
    void aLabelThatSaysZeroCarriesNoPrice() {
        assertThat(APPLES.price("2112345000008")).isEmpty();
    }

    @Test
    void aCodeWithAnotherPrefixIsNotALabelOfTheRule() {
        assertThat(APPLES.matches("2212345003497")).isFalse();
        assertThat(APPLES.matches("21123450")).as("an EAN-8").isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> APPLES.price("2212345003497"))
                .withMessage("2212345003497 is not a label of price barcode 2112345");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"1112345", "3012345", "2", "21123456", "21a", ""})
    void aPrefixThatIsNotTwoToSevenDigitsStartingWith2IsRefused(String prefix) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PriceBarcode(prefix, "APPLES", 3))
                .withMessage("Price barcode prefix '" + prefix + "' must be 2-7 digits starting with 20-29 (in-store codes)");
    }

    @ParameterizedTest(name = "{0} price digits")
    @ValueSource(ints = {2, 7})
    void priceDigitsOutsideThreeToSixAreRefused(int priceDigits) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PriceBarcode("21", "APPLES", priceDigits))
                .withMessage("Price barcode 21: priceDigits must be 3-6, was " + priceDigits);
    }

    @Test
    void aPrefixAndPriceLongerThanTwelveDigitsAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PriceBarcode("2112345", "APPLES", 6))
                .withMessage("Price barcode 2112345: a 7-digit prefix leaves room for at most 5 price digits, not 6");
    }

    @Test
    void aPrefixThatStartsAnotherIsRefusedByTheCatalog() {
        Product apples = Product.of("APPLES", "Apples", Money.ofMinor(299), VatRate.of(4));
        Product pears = Product.of("PEARS", "Pears", Money.ofMinor(349), VatRate.of(4));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Catalog(List.of(apples, pears), List.of(), List.of(),
                        List.of(APPLES, new PriceBarcode("21", "PEARS", 5))))
                .withMessage("Price barcode prefixes 21 and 2112345 overlap: a label would match both");
    }

    @Test
    void theSamePrefixTwiceIsRefusedByTheCatalog() {
        Product apples = Product.of("APPLES", "Apples", Money.ofMinor(299), VatRate.of(4));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Catalog(List.of(apples), List.of(), List.of(), List.of(APPLES, APPLES)))
                .withMessage("Price barcode prefixes 2112345 and 2112345 overlap: a label would match both");
    }

    @Test
    void prefixesThatDoNotStartOneAnotherMayShareACatalog() {
        Product apples = Product.of("APPLES", "Apples", Money.ofMinor(299), VatRate.of(4));

        Catalog catalog = new Catalog(List.of(apples), List.of(), List.of(),
                List.of(APPLES, new PriceBarcode("2112346", "APPLES", 5), new PriceBarcode("22", "APPLES", 4)));

        assertThat(catalog.priceBarcodes()).hasSize(3);
    }
}
