package com.lana.checkout.server.catalog;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.MisreadBarcodeException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.PriceBarcode;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Promotion;
import com.lana.checkout.api.UnknownProductException;
import com.lana.checkout.api.VatRate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What a scan or a typed code adds to a basket, looked up in one catalog version. */
class PriceListTest {

    private static final Product PEN = new Product("PEN", "Lana Pen", Money.ofMinor(500), VatRate.STANDARD,
            List.of("8412345678905", "036000291452"), true);
    private static final Product MUG = new Product("MUG", "Lana Coffee Mug", Money.ofMinor(750), VatRate.STANDARD,
            List.of("54490000"), true);
    private static final Product APPLES = Product.of("APPLES", "Apples", Money.ofMinor(299), VatRate.of(4));
    private static final Product TSHIRT = Product.of("TSHIRT", "Lana T-Shirt", Money.ofMinor(2000), VatRate.STANDARD);
    private static final Product PEARS = Product.of("PEARS", "Pears", Money.ofMinor(349), VatRate.of(4));
    private static final Promotion TSHIRTS_25_OFF = new Promotion.BulkPercentOff("TSHIRT", 3, 25);
    /** Label scales print apples as 2112345, five digits of price in cents, a check digit. */
    private static final PriceBarcode APPLES_BY_WEIGHT = new PriceBarcode("2112345", "APPLES", 5);
    /** A scale's label for 3.49€ of apples: 2112345, 00349 and its check digit 8. */
    private static final String APPLES_AT_3_49 = "2112345003498";
    /** Another scale prints pears as 23, six digits not read, then four digits of price. */
    private static final PriceBarcode PEARS_BY_WEIGHT = new PriceBarcode("23", "PEARS", 4);

    private static final PriceList PRICES = new PriceList(7, new Catalog(List.of(PEN, MUG, APPLES, TSHIRT, PEARS),
            List.of(TSHIRTS_25_OFF), List.of("MUG"), List.of(PEARS_BY_WEIGHT, APPLES_BY_WEIGHT)));

    @Test
    void aCodeIsItsProductAtTheCatalogsPriceOnTheProductsLine() throws Exception {
        PriceList.Item item = PRICES.item("PEN");

        assertThat(item.product()).isEqualTo(PEN);
        assertThat(item.line()).isEqualTo("PEN");
        assertThat(item.unitPrice()).isEqualTo(Money.ofMinor(500));
        assertThat(item.isPriceLabel()).isFalse();
    }

    @Test
    void aBarcodeIsItsProductOnTheSameLineAsItsCode() throws Exception {
        PriceList.Item item = PRICES.item("8412345678905");

        assertThat(item.product()).isEqualTo(PEN);
        assertThat(item.line()).isEqualTo("PEN");
    }

    @Test
    void aUpcABarcodeIsFoundInEitherFormOnItsProductsLine() throws Exception {
        assertThat(PRICES.item("036000291452")).isEqualTo(PRICES.item("PEN"));
        assertThat(PRICES.item("0036000291452")).isEqualTo(PRICES.item("PEN"));
    }

    @Test
    void anEan8BarcodeIsFound() throws Exception {
        assertThat(PRICES.item("54490000").product()).isEqualTo(MUG);
    }

    @Test
    void aBarcodeWithAWrongCheckDigitIsAMisreadNotAnUnknownProduct() {
        assertThatExceptionOfType(MisreadBarcodeException.class)
                .isThrownBy(() -> PRICES.item("8412345678904"))
                .withMessage("Misread barcode 8412345678904, scan again");
    }

    @Test
    void aValidBarcodeNoProductHasIsUnknown() {
        assertThatExceptionOfType(UnknownProductException.class)
                .isThrownBy(() -> PRICES.item("4006381333931"))
                .withMessage("No product has barcode 4006381333931");
    }

    @Test
    void aCodeNoProductHasIsUnknown() {
        assertThatExceptionOfType(UnknownProductException.class)
                .isThrownBy(() -> PRICES.item("HAT"))
                .withMessage("Unknown product code 'HAT'");
    }

    @Test
    void aPriceLabelIsItsProductAtThePriceItCarriesOnALineOfItsOwn() throws Exception {
        PriceList.Item item = PRICES.item(APPLES_AT_3_49);

        assertThat(item.product()).isEqualTo(APPLES);
        assertThat(item.unitPrice()).isEqualTo(Money.ofMinor(349));
        assertThat(item.line()).isEqualTo(APPLES_AT_3_49);
        assertThat(item.isPriceLabel()).isTrue();
    }

    @Test
    void twoLabelsAtDifferentPricesAreTwoLines() throws Exception {
        String applesAt1_20 = "2112345001203";

        assertThat(PRICES.item(applesAt1_20).line()).isNotEqualTo(PRICES.item(APPLES_AT_3_49).line());
        assertThat(PRICES.item(applesAt1_20).unitPrice()).isEqualTo(Money.ofMinor(120));
    }

    @Test
    void labelsOfRulesWithPrefixesOfDifferentLengthsAreEachRead() throws Exception {
        String pearsAt3_49 = "2312345003492";

        assertThat(PRICES.item(pearsAt3_49).product()).isEqualTo(PEARS);
        assertThat(PRICES.item(pearsAt3_49).unitPrice()).isEqualTo(Money.ofMinor(349));
        assertThat(PRICES.item(APPLES_AT_3_49).product()).isEqualTo(APPLES);
    }

    @Test
    void aLabelThatSaysZeroIsRefusedSayingSo() {
        assertThatExceptionOfType(UnknownProductException.class)
                .isThrownBy(() -> PRICES.item("2112345000008"))
                .withMessage("Price label 2112345000008 of APPLES says 0.00€; print it again");
    }

    @Test
    void aLabelWithAPrefixNoRuleHasIsUnknown() {
        assertThatExceptionOfType(UnknownProductException.class)
                .isThrownBy(() -> PRICES.item("2212345003495"))
                .withMessage("No product has barcode 2212345003495");
    }

    @Test
    void aLineKeyIsReadBackAsTheItemItStandsFor() throws Exception {
        assertThat(PRICES.line("PEN")).contains(PRICES.item("PEN"));
        assertThat(PRICES.line(APPLES_AT_3_49)).contains(PRICES.item(APPLES_AT_3_49));
    }

    @Test
    void aBarcodeIsNoLineKey() {
        assertThat(PRICES.line("8412345678905")).isEmpty();
    }

    @Test
    void aLineKeyOfAProductThisVersionLacksIsEmpty() {
        assertThat(PRICES.line("HAT")).isEmpty();
    }

    @Test
    void thePromotionOfAProductIsAtItsPosition() throws Exception {
        assertThat(PRICES.promotion(PRICES.item("TSHIRT").position())).isEqualTo(TSHIRTS_25_OFF);
        assertThat(PRICES.promotion(PRICES.item("PEN").position())).isNull();
    }

    @Test
    void theFavouritesAreTheFavouriteAndPromotedProductsWithThePromotions() {
        Catalog kept = PRICES.favourites();

        assertThat(kept.products()).containsExactly(MUG, TSHIRT);
        assertThat(kept.promotions()).containsExactly(TSHIRTS_25_OFF);
        assertThat(kept.favourites()).containsExactly("MUG");
    }

    @Test
    void aPriceListKnowsItsVersionAndSize() {
        assertThat(PRICES.version()).isEqualTo(7);
        assertThat(PRICES.size()).isEqualTo(5);
    }
}
