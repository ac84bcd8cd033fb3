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

    // --- barcodes, favourites and price barcodes

    private static final PriceBarcode APPLES_BY_WEIGHT = new PriceBarcode("2112345", "APPLES", 5);
    private static final Product APPLES = Product.of("APPLES", "Apples", Money.ofMinor(299), VatRate.of(4));

    private static Product withBarcodes(Product product, String... barcodes) {
        return new Product(product.code(), product.name(), product.price(), product.vat(), List.of(barcodes),
                product.onSale());
    }

    @Test
    void aBarcodeOfTwoProductsIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Catalog(List.of(withBarcodes(PEN, "8412345678905"),
                        withBarcodes(MUG, "8412345678912", "8412345678905")), List.of()))
                .withMessage("Barcode 8412345678905 belongs to both PEN and MUG");
    }

    @Test
    void aUpcABarcodeIsTheSameBarcodeAsItsEan13() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Catalog(List.of(withBarcodes(PEN, "036000291452"),
                        withBarcodes(MUG, "0036000291452")), List.of()))
                .withMessage("Barcode 0036000291452 belongs to both PEN and MUG");
    }

    @Test
    void aBarcodeThatIsAnotherProductsCodeIsRefused() {
        Product byBarcode = Product.of("4006381333931", "Lana Notebook", Money.ofMinor(300), VatRate.STANDARD);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Catalog(List.of(byBarcode, withBarcodes(MUG, "4006381333931")), List.of()))
                .withMessage("Barcode 4006381333931 of MUG is the code of another product");
    }

    @Test
    void aProductsBarcodeMayBeItsOwnCode() {
        Product byBarcode = withBarcodes(
                Product.of("4006381333931", "Lana Notebook", Money.ofMinor(300), VatRate.STANDARD), "4006381333931");

        assertThat(new Catalog(List.of(byBarcode), List.of()).products()).containsExactly(byBarcode);
    }

    @Test
    void aBarcodeUnderAPriceBarcodePrefixIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Catalog(List.of(APPLES, withBarcodes(PEN, "2112345003498")), List.of(),
                        List.of(), List.of(APPLES_BY_WEIGHT)))
                .withMessage("Barcode 2112345003498 of PEN starts with price barcode prefix 2112345");
    }

    @Test
    void aPriceBarcodeForAnUnknownProductIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Catalog(List.of(PEN), List.of(), List.of(), List.of(APPLES_BY_WEIGHT)))
                .withMessage("Price barcode 2112345 names unknown product APPLES");
    }

    @Test
    void aFavouriteThatIsNoProductIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Catalog(List.of(PEN, MUG), List.of(), List.of("MUG", "HAT"), List.of()))
                .withMessage("Favourite HAT is not a product of the catalog");
    }

    @Test
    void aFavouriteNamedTwiceIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Catalog(List.of(PEN, MUG), List.of(), List.of("MUG", "PEN", "MUG"), List.of()))
                .withMessage("Favourites [MUG, PEN, MUG] name a product twice");
    }

    @Test
    void moreFavouritesThanATillScreenHoldsAreRefused() {
        List<Product> products = numbered(Catalog.MAX_FAVOURITES + 1);
        List<String> all = products.stream().map(Product::code).toList();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Catalog(products, List.of(), all, List.of()))
                .withMessage("A catalog names at most 24 favourites, had 25");
    }

    @Test
    void withoutAFavouritesListTheFirstNineProductsAreTheFavourites() {
        List<Product> products = numbered(12);

        Catalog catalog = new Catalog(products, List.of());

        assertThat(catalog.favouriteProducts()).containsExactlyElementsOf(products.subList(0, 9));
    }

    @Test
    void favouritesComeInTheirListsOrder() {
        Catalog catalog = new Catalog(List.of(PEN, TSHIRT, MUG), List.of(), List.of("MUG", "PEN"), List.of());

        assertThat(catalog.favouriteProducts()).containsExactly(MUG, PEN);
    }

    @Test
    void otherProductsKeepThePromotionsFavouritesAndPriceBarcodes() {
        Catalog before = new Catalog(List.of(PEN, APPLES), List.of(TWO_FOR_ONE_PENS), List.of("APPLES"),
                List.of(APPLES_BY_WEIGHT));
        Product dearerPen = PEN.withPrice(Money.ofMinor(600));

        Catalog after = before.withProducts(List.of(APPLES, dearerPen, MUG));

        assertThat(after).isEqualTo(new Catalog(List.of(APPLES, dearerPen, MUG), List.of(TWO_FOR_ONE_PENS),
                List.of("APPLES"), List.of(APPLES_BY_WEIGHT)));
    }

    @Test
    void otherProductsWithoutOneAPromotionIsOnAreRefused() {
        Catalog before = new Catalog(List.of(PEN, MUG), List.of(TWO_FOR_ONE_PENS));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> before.withProducts(List.of(MUG)))
                .withMessage("Promotion '2-for-1 on PEN' names unknown product PEN");
    }

    private static List<Product> numbered(int count) {
        List<Product> products = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            products.add(Product.of("P" + i, "Product " + i, Money.ofMinor(100 * i), VatRate.STANDARD));
        }
        return products;
    }
}
