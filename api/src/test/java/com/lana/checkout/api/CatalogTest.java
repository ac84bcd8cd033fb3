package com.lana.checkout.api;

import com.lana.checkout.api.Promotion.BulkPercentOff;
import com.lana.checkout.api.Promotion.BuyNGetMFree;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CatalogTest {

    private static final Product PEN = Product.of("PEN", "Lana Pen", Money.ofMinor(500), VatRate.STANDARD);
    private static final Product TSHIRT = Product.of("TSHIRT", "Lana T-Shirt", Money.ofMinor(2000), VatRate.STANDARD);
    private static final Product MUG = Product.of("MUG", "Lana Coffee Mug", Money.ofMinor(750), VatRate.STANDARD);
    private static final Promotion TWO_FOR_ONE_PENS = new BuyNGetMFree("PEN", 1, 1);
    private static final Promotion TSHIRTS_25_OFF = new BulkPercentOff("TSHIRT", 3, 25);
    private static final Catalog LANA =
            new Catalog(List.of(PEN, TSHIRT, MUG), List.of(TWO_FOR_ONE_PENS, TSHIRTS_25_OFF));

    @Test
    void findsAProductByCode() {
        assertThat(LANA.product("MUG")).contains(MUG);
    }

    @Test
    void findsNoProductForAnUnknownCode() {
        assertThat(LANA.product("HAT")).isEmpty();
    }

    @Test
    void findsAProductsPromotionByCode() {
        assertThat(LANA.promotionFor("TSHIRT")).contains(TSHIRTS_25_OFF);
    }

    @Test
    void findsNoPromotionForAProductWithoutOne() {
        assertThat(LANA.promotionFor("MUG")).isEmpty();
    }

    @Test
    void keepsACopyOfTheListsItWasGiven() {
        List<Product> products = new ArrayList<>(List.of(PEN));
        Catalog catalog = new Catalog(products, List.of());

        products.add(MUG);

        assertThat(catalog.products()).containsExactly(PEN);
    }

    @Test
    void aCatalogWithoutProductsIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Catalog(List.of(), List.of()))
                .withMessage("A catalog needs 1-1000000 products, had 0");
    }

    @Test
    void aProductListedTwiceIsRefused() {
        Product otherPen = Product.of("PEN", "Another Pen", Money.ofMinor(100), VatRate.STANDARD);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Catalog(List.of(PEN, MUG, otherPen), List.of()))
                .withMessage("Product PEN is listed twice");
    }

    @Test
    void aPromotionForAnUnknownProductIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Catalog(List.of(PEN, MUG), List.of(TSHIRTS_25_OFF)))
                .withMessage("Promotion '25% off TSHIRT (3 or more)' names unknown product TSHIRT");
    }

    @Test
    void twoPromotionsForOneProductAreRefused() {
        Promotion pensInBulk = new BulkPercentOff("PEN", 10, 10);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Catalog(List.of(PEN, MUG), List.of(TWO_FOR_ONE_PENS, pensInBulk)))
                .withMessage("Product PEN has more than one promotion; at most one per product");
    }

    @Test
    void aProductPricedAtZeroIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Product.of("PEN", "Lana Pen", Money.ZERO, VatRate.STANDARD))
                .withMessage("Product PEN: price must be 0.01€-1000000.00€, was 0.00€");
    }

    @Test
    void aProductWithABlankNameIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Product.of("PEN", " ", Money.ofMinor(500), VatRate.STANDARD))
                .withMessageStartingWith("Product PEN: name must be 1-80 characters");
    }
}
