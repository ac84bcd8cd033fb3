package com.lana.checkout.server.catalog;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.VatRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding products for what a clerk types: by code or barcode first, then by the words of their names. */
class ProductSearchTest {

    private static final int LIMIT = 50;

    private static final Product PEN = product("PEN", "Lana Pen", "8412345678905");
    private static final Product PENCIL = product("PENCIL", "Graphite pencil", "036000291452");
    private static final Product SHARPENER = product("SHARP", "Pencil sharpener");
    private static final Product GROUND_COFFEE = product("CAFE", "Café molido 250 g");
    private static final Product WHITE_COFFEE = product("CAFE-LECHE", "Café con leche");
    private static final Product AU_LAIT = product("LAIT", "cafe au lait");
    private static final Product CUP = product("TAZA", "Taza de café");
    private static final Product SUGAR = product("AZUCAR", "Azúcar para café");
    private static final Product DECAF = product("DESCAF", "Descafeinado");
    private static final Product MILK = product("LECHE", "Leche entera");
    private static final Product OFF_SALE = new Product("OLD", "Café de oferta", Money.ofMinor(100), VatRate.STANDARD,
            List.of(), false);

    private static final PriceList PRICES = PriceList.of(new Catalog(List.of(PEN, PENCIL, SHARPENER, GROUND_COFFEE,
            WHITE_COFFEE, AU_LAIT, CUP, SUGAR, DECAF, MILK, OFF_SALE), List.of()));

    @Test
    void aProductsCodeFindsItFirstThenTheCodesItStartsThenNames() {
        assertThat(PRICES.search("pen", LIMIT)).containsExactly(PEN, PENCIL, SHARPENER);
    }

    @Test
    void aProductsBarcodeFindsIt() {
        assertThat(PRICES.search("8412345678905", LIMIT)).startsWith(PEN);
    }

    @Test
    void aUpcABarcodeFindsItsProductInEitherForm() {
        assertThat(PRICES.search("036000291452", LIMIT)).startsWith(PENCIL);
        assertThat(PRICES.search("0036000291452", LIMIT)).startsWith(PENCIL);
    }

    @Test
    void codesStartingWithTheQueryComeBeforeNamesInTheOrderOfTheirNames() {
        assertThat(PRICES.search("caf", LIMIT)).startsWith(WHITE_COFFEE, GROUND_COFFEE, AU_LAIT);
    }

    @Test
    void eachWordOfTheQueryStartsAWordOfTheNameInAnyOrder() {
        assertThat(PRICES.search("leche café", LIMIT)).containsExactly(WHITE_COFFEE);
        assertThat(PRICES.search("con caf", LIMIT)).containsExactly(WHITE_COFFEE);
    }

    @Test
    void aWordWithoutItsAccentFindsTheAccentedName() {
        assertThat(PRICES.search("molido cafe", LIMIT)).containsExactly(GROUND_COFFEE);
    }

    @Test
    void anAccentedWordInCapitalsFindsTheNameWithoutAccents() {
        assertThat(PRICES.search("CAFÉ AU", LIMIT)).containsExactly(AU_LAIT);
    }

    @Test
    void namesStartingWithTheQueryComeBeforeNamesWithItFurtherOnEachInTheOrderOfNames() {
        assertThat(PRICES.search("café", LIMIT))
                .containsExactly(AU_LAIT, WHITE_COFFEE, OFF_SALE, GROUND_COFFEE, SUGAR, CUP, DECAF);
    }

    @Test
    void textInsideAWordIsFoundAfterEveryWordMatch() {
        assertThat(PRICES.search("caf", LIMIT)).endsWith(DECAF);
        assertThat(PRICES.search("feina", LIMIT)).containsExactly(DECAF);
    }

    @Test
    void productsOffSaleAreFoundToo() {
        assertThat(PRICES.search("oferta", LIMIT)).containsExactly(OFF_SALE);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", " ", "\t"})
    void anEmptyQueryFindsNothing(String query) {
        assertThat(PRICES.search(query, LIMIT)).isEmpty();
    }

    @Test
    void aQueryNothingMatchesFindsNothing() {
        assertThat(PRICES.search("zapatos", LIMIT)).isEmpty();
    }

    @Test
    void atMostTheLimitIsFoundBestFirst() {
        List<Product> waters = new ArrayList<>();
        for (int i = 100; i < 220; i++) {
            waters.add(product("W" + i, "Agua mineral " + i));
        }
        PriceList shop = PriceList.of(new Catalog(waters, List.of()));

        List<Product> found = shop.search("agua", LIMIT);

        assertThat(found).hasSize(LIMIT).containsExactlyElementsOf(waters.subList(0, LIMIT));
    }

    @Test
    void aNameWithTheQueryWordsTwiceIsFoundOnceAndLeavesRoomForOthers() {
        Product teaBags = product("BAGS", "Green tea, green tea bags");
        Product looseTea = product("LOOSE", "Green tea, loose");
        PriceList teas = PriceList.of(new Catalog(List.of(teaBags, looseTea), List.of()));

        assertThat(teas.search("tea green", 2)).containsExactly(teaBags, looseTea);
    }

    private static Product product(String code, String name, String... barcodes) {
        return new Product(code, name, Money.ofMinor(100), VatRate.STANDARD, List.of(barcodes), true);
    }
}
