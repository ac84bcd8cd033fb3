package com.lana.checkout.client.sale;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Promotion;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.VatRate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the till knows of products without asking the server, and what it learns from the server's answers. */
class KnownProductsTest {

    private static final String COFFEE_EAN = "8412345678905";
    private static final String SUGAR_EAN = "4006381333931";
    private static final String WATER_UPC_A = "036000291452";
    private static final Product COFFEE = new Product("CAFE", "Café Molido", Money.ofMinor(395), VatRate.of(10),
            List.of(COFFEE_EAN), true);
    private static final Product WATER = new Product("AGUA", "Agua", Money.ofMinor(45), VatRate.of(10),
            List.of(WATER_UPC_A), true);
    private static final Product MILK = Product.of("LECHE", "Leche", Money.ofMinor(99), VatRate.of(4));
    private static final Promotion MILK_2_FOR_1 = new Promotion.BuyNGetMFree("LECHE", 1, 1);
    /** What a server sends a till: the favourite (coffee), the promoted milk, the promotion. */
    private static final Catalog FAVOURITES = new Catalog(List.of(COFFEE, MILK), List.of(MILK_2_FOR_1), List.of("CAFE"),
            List.of());
    private static final BasketId BASKET = BasketId.random();

    private final KnownProducts known = new KnownProducts();

    @Test
    void knowsNothingBeforeTheServerAnswers() {
        assertThat(known.favourites()).isNull();
        assertThat(known.get("CAFE")).isEmpty();
        assertThat(known.lineOf(COFFEE_EAN)).as("sent as typed").isEqualTo(COFFEE_EAN);
    }

    @Test
    void theFavouritesCatalogIsKnownByCodeAndBarcode() {
        known.use(FAVOURITES);

        assertThat(known.get("CAFE")).contains(new KnownProduct("CAFE", "Café Molido", Money.ofMinor(395)));
        assertThat(known.lineOf(COFFEE_EAN)).isEqualTo("CAFE");
        assertThat(known.get("LECHE")).as("promoted, so kept at hand").isPresent();
    }

    @Test
    void promotionsAreThoseOfTheFavouritesCatalogAndNoneElse() {
        known.use(FAVOURITES);
        known.learn(List.of(WATER));

        assertThat(known.promotionFor("LECHE")).contains(MILK_2_FOR_1);
        assertThat(known.promotionFor("AGUA")).isEmpty();
    }

    @Test
    void aUpcACodeIsKnownByItsEan13() {
        known.learn(List.of(WATER));

        assertThat(known.lineOf(WATER_UPC_A)).isEqualTo("AGUA");
        assertThat(known.lineOf("0" + WATER_UPC_A)).isEqualTo("AGUA");
    }

    @Test
    void receiptLinesTeachNamesAndPrices() {
        known.learn(receipt(1, 1, line("SUGAR", "Azúcar", 1, 120)));

        assertThat(known.get("SUGAR")).contains(new KnownProduct("SUGAR", "Azúcar", Money.ofMinor(120)));
        assertThat(known.nameOf("SUGAR", null)).isEqualTo("Azúcar");
    }

    @Test
    void aReceiptOfANewerCatalogVersionForgetsWhatOlderOnesTaught() {
        known.learn(receipt(1, 1, line("SUGAR", "Azúcar", 1, 120)));
        known.learn(receipt(2, 1, line("SALT", "Sal", 1, 50)));

        assertThat(known.get("SUGAR")).as("its price may have changed").isEmpty();
        assertThat(known.get("SALT")).isPresent();
        known.learn(receipt(1, 2, line("SUGAR", "Azúcar", 2, 120)));
        assertThat(known.get("SUGAR")).as("an older version teaches nothing").isEmpty();
    }

    @Test
    void aBarcodeTheTillDidNotKnowIsLearnedFromTheLineItsScanGrew() {
        Receipt before = receipt(1, 1, line("SALT", "Sal", 1, 50));
        Receipt after = receipt(1, 2, line("SALT", "Sal", 1, 50), line("SUGAR", "Azúcar", 2, 120));

        String line = known.landed(scan(SUGAR_EAN, 2), before, after);

        assertThat(line).isEqualTo("SUGAR");
        assertThat(known.get(SUGAR_EAN)).contains(new KnownProduct("SUGAR", "Azúcar", Money.ofMinor(120)));
    }

    @Test
    void theFirstScanOfANewBasketLandsOnItsOnlyLine() {
        String line = known.landed(scan(SUGAR_EAN, 1), null, receipt(1, 1, line("SUGAR", "Azúcar", 1, 120)));

        assertThat(line).isEqualTo("SUGAR");
    }

    @Test
    void whenOtherChangesCameInBetweenTheLineOfAnUnknownBarcodeIsNotGuessed() {
        Receipt before = receipt(1, 1, line("SALT", "Sal", 1, 50));
        // Version 3: another terminal changed the basket too (added and voided a unit of salt, say).
        Receipt after = receipt(1, 3, line("SALT", "Sal", 1, 50), line("SUGAR", "Azúcar", 1, 120));

        assertThat(known.landed(scan(SUGAR_EAN, 1), before, after)).isEqualTo(SUGAR_EAN);
        assertThat(known.get(SUGAR_EAN)).isEmpty();
    }

    @Test
    void aPriceLabelLandsOnTheLineOfItsDigits() {
        String label = "2112345003498";
        Receipt after = receipt(1, 5, line(label, "Manzanas", 1, 349));

        assertThat(known.landed(scan(label, 1), null, after)).isEqualTo(label);
    }

    @Test
    void aKnownBarcodeLandsOnItsProductsLine() {
        known.use(FAVOURITES);
        Receipt after = receipt(1, 7, line("CAFE", "Café Molido", 3, 395));

        assertThat(known.landed(scan(COFFEE_EAN, 1), null, after)).isEqualTo("CAFE");
    }

    @Test
    void whatIsLearnedIsBoundedTheLeastRecentlyUsedGoingFirst() {
        known.learn(List.of(Product.of("FIRST", "First", Money.ofMinor(100), VatRate.STANDARD)));
        known.learn(List.of(Product.of("USED", "Used", Money.ofMinor(100), VatRate.STANDARD)));
        for (int i = 0; i < KnownProducts.CAPACITY - 2; i++) {
            known.learn(List.of(Product.of("P" + i, "Product " + i, Money.ofMinor(100), VatRate.STANDARD)));
        }
        assertThat(known.get("USED")).isPresent();   // used: the first one is now the least recently used

        known.learn(List.of(Product.of("ONE_MORE", "One more", Money.ofMinor(100), VatRate.STANDARD)));

        assertThat(known.get("FIRST")).isEmpty();
        assertThat(known.get("USED")).isPresent();
        assertThat(known.get("ONE_MORE")).isPresent();
    }

    private static PendingScan scan(String code, int quantity) {
        return PendingScan.of(code, quantity);
    }

    private static Receipt.Line line(String code, String name, int quantity, long unitCents) {
        return new Receipt.Line(code, name, quantity, Money.ofMinor(unitCents), Money.ofMinor(unitCents * quantity));
    }

    private static Receipt receipt(long catalogVersion, long version, Receipt.Line... lines) {
        Money total = List.of(lines).stream().map(Receipt.Line::amount).reduce(Money.ZERO, Money::plus);
        return new Receipt(BASKET, version, List.of(lines), List.of(), total, catalogVersion);
    }
}
