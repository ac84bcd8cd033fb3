package com.lana.checkout.server.pricing;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.PriceBarcode;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Promotion;
import com.lana.checkout.api.Promotion.BulkPercentOff;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.VatRate;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.server.store.BasketStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Pricing is a pure function of catalog and quantities, so it is tested with plain tables. */
class PricingTest {

    private static final PriceList DEFAULT_PRICES = PriceList.of(CatalogFile.defaults());
    /** The challenge's largest reference basket: every product, both promotions. */
    private static final String MIXED_BASKET = "PEN,TSHIRT,PEN,PEN,MUG,TSHIRT,TSHIRT";
    private static final Money ODD_PRICE = Money.ofMinor(99);
    /** Cheap pins at 0.99€, 25% off from three: 3 × 0.99€ = 2.97€, less 0.7425€ rounded to 0.74€. */
    private static final PriceList PINS_25_OFF_FROM_3 = PriceList.of(new Catalog(
            List.of(Product.of("PIN", "Lana Pin", ODD_PRICE, VatRate.STANDARD)),
            List.of(new BulkPercentOff("PIN", 3, 25))));
    /** Badges at 1.94€, 25% off each: 0.485€ off one is exactly half a cent. */
    private static final PriceList BADGES_25_OFF = PriceList.of(new Catalog(
            List.of(Product.of("BADGE", "Lana Badge", Money.ofMinor(194), VatRate.STANDARD)),
            List.of(new BulkPercentOff("BADGE", 1, 25))));

    @ParameterizedTest(name = "{0} costs {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # basket                                | total
            PEN,TSHIRT,MUG                          | 32.50€
            PEN,TSHIRT,PEN                          | 25.00€
            TSHIRT,TSHIRT,TSHIRT,PEN,TSHIRT         | 65.00€
            PEN,TSHIRT,PEN,PEN,MUG,TSHIRT,TSHIRT    | 62.50€
            """)
    void referenceBasketsCostWhatTheChallengeSays(String basket, String total) {
        assertThat(totalOf(DEFAULT_PRICES, codes(basket))).hasToString(total);
    }

    @Test
    void anEmptyBasketCostsNothing() {
        Receipt receipt = receiptOf(DEFAULT_PRICES, List.of());

        assertThat(receipt.total()).isEqualTo(Money.ZERO);
        assertThat(receipt.lines()).isEmpty();
        assertThat(receipt.discounts()).isEmpty();
    }

    @ParameterizedTest(name = "{0} pen(s) cost {1}")
    @CsvSource(textBlock = """
            # pens, total: of every two pens one is free
              1,    5.00€
              2,    5.00€
              3,    10.00€
              4,    10.00€
              5,    15.00€
            """)
    void everySecondPenIsFree(int pens, String total) {
        assertThat(totalOf(DEFAULT_PRICES, repeat("PEN", pens))).hasToString(total);
    }

    @ParameterizedTest(name = "{0} T-shirts cost {1}")
    @CsvSource(textBlock = """
            # T-shirts, total: 25% off each from three on
              1,        20.00€
              2,        40.00€
              3,        45.00€
              4,        60.00€
            """)
    void threeOrMoreTShirtsAreAQuarterOffEach(int tshirts, String total) {
        assertThat(totalOf(DEFAULT_PRICES, repeat("TSHIRT", tshirts))).hasToString(total);
    }

    @Test
    void mugsHaveNoPromotion() {
        assertThat(totalOf(DEFAULT_PRICES, repeat("MUG", 4))).hasToString("30.00€");
    }

    @ParameterizedTest(name = "{0} pins at 0.99€ cost {1}")
    @CsvSource(textBlock = """
            # pins, total: from three on the line's discount is rounded half-up to the cent
              2,    1.98€
              3,    2.23€
              4,    2.97€
              5,    3.71€
            """)
    void anOddPriceUnderPercentOffIsRoundedOncePerLine(int pins, String total) {
        assertThat(totalOf(PINS_25_OFF_FROM_3, repeat("PIN", pins))).hasToString(total);
    }

    @Test
    void aDiscountOfExactlyHalfACentRoundsUpInTheCustomersFavour() {
        Receipt receipt = receiptOf(BADGES_25_OFF, List.of("BADGE"));

        assertThat(receipt.savings()).hasToString("0.49€");
        assertThat(receipt.total()).hasToString("1.45€");
    }

    @Test
    void theReceiptHasOneLinePerProductAtFullPriceInTheOrderFirstScanned() {
        Receipt receipt = receiptOf(DEFAULT_PRICES, codes(MIXED_BASKET));

        assertThat(receipt.lines()).extracting(Receipt.Line::code, Receipt.Line::quantity, l -> l.amount().toString())
                .containsExactly(
                        tuple("PEN", 3, "15.00€"),
                        tuple("TSHIRT", 3, "60.00€"),
                        tuple("MUG", 1, "7.50€"));
    }

    @Test
    void theReceiptExplainsEachDiscountUnderItsProduct() {
        Receipt receipt = receiptOf(DEFAULT_PRICES, codes(MIXED_BASKET));

        assertThat(receipt.discounts()).extracting(Receipt.Discount::productCode, d -> d.saved().toString())
                .containsExactly(
                        tuple("PEN", "5.00€"),
                        tuple("TSHIRT", "15.00€"));
    }

    @Test
    void theTotalIsTheSubtotalLessTheSavings() {
        Receipt receipt = receiptOf(DEFAULT_PRICES, codes(MIXED_BASKET));

        assertThat(receipt.subtotal().minus(receipt.savings())).isEqualTo(receipt.total());
    }

    @Test
    void theTotalDoesNotDependOnTheOrderOfScanning() {
        List<String> basket = codes(MIXED_BASKET);
        Set<List<String>> orders = permutations(basket);

        assertThat(orders).hasSize(140); // 7! / (3! · 3! · 1!) distinct orders
        for (List<String> order : orders) {
            assertThat(totalOf(DEFAULT_PRICES, order)).as("total of %s", order).hasToString("62.50€");
        }
    }

    @Test
    void everyKindOfPromotionIsPriced() throws ReflectiveOperationException {
        Class<?>[] kinds = Promotion.class.getPermittedSubclasses();
        Money unitPrice = Money.ofMinor(500);

        assertThat(kinds).isNotEmpty();
        for (Class<?> kind : kinds) {
            Promotion smallest = smallestOfKind(kind);
            for (int quantity = 0; quantity <= 10; quantity++) {
                Money saved = Pricing.saving(smallest, unitPrice, quantity);

                assertThat(saved).as("%s on %d units", smallest, quantity)
                        .isBetween(Money.ZERO, unitPrice.times(quantity));
            }
        }
    }

    /** An instance of a promotion record with every int component 1, the smallest legal value. */
    private static Promotion smallestOfKind(Class<?> kind) throws ReflectiveOperationException {
        assertThat(kind.isRecord()).as("%s is a record", kind).isTrue();
        RecordComponent[] components = kind.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            if (types[i] == String.class) {
                values[i] = "PEN";
            } else if (types[i] == int.class) {
                values[i] = 1;
            } else {
                throw new AssertionError("PricingTest cannot yet build a " + kind.getSimpleName()
                        + ": teach smallestOfKind about " + types[i]);
            }
        }
        Constructor<?> canonical = kind.getDeclaredConstructor(types);
        return (Promotion) canonical.newInstance(values);
    }

    /** Apples by the kilo at 2.99€, 25% off from one kilo, and label scales' price barcodes for them. */
    private static final PriceList APPLES_BY_WEIGHT = PriceList.of(new Catalog(
            List.of(Product.of("APPLES", "Apples", Money.ofMinor(299), VatRate.of(4))),
            List.of(new BulkPercentOff("APPLES", 1, 25)), List.of(),
            List.of(new PriceBarcode("2112345", "APPLES", 5))));
    /** A scale's label for 3.49€ of apples: 2112345, price 00349, check digit 8. */
    private static final String APPLES_AT_3_49 = "2112345003498";

    @Test
    void aPriceLabelsLineIsItsProductAtTheLabelsPriceUnderTheLabelsDigits() {
        Receipt receipt = receiptOf(APPLES_BY_WEIGHT, List.of(APPLES_AT_3_49, APPLES_AT_3_49));

        assertThat(receipt.lines()).extracting(Receipt.Line::code, Receipt.Line::name, Receipt.Line::quantity,
                        Receipt.Line::unitPrice, Receipt.Line::amount)
                .containsExactly(tuple(APPLES_AT_3_49, "Apples", 2, Money.ofMinor(349), Money.ofMinor(698)));
    }

    @Test
    void noPromotionAppliesToAPriceLabelsLine() {
        Receipt receipt = receiptOf(APPLES_BY_WEIGHT, List.of(APPLES_AT_3_49));

        assertThat(receipt.discounts()).isEmpty();
        assertThat(receipt.total()).isEqualTo(Money.ofMinor(349));
    }

    @Test
    void theProductByItsCodeKeepsItsPromotionBesideAPriceLabel() {
        Receipt receipt = receiptOf(APPLES_BY_WEIGHT, List.of(APPLES_AT_3_49, "APPLES"));

        assertThat(receipt.discounts()).extracting(Receipt.Discount::productCode, Receipt.Discount::saved)
                .containsExactly(tuple("APPLES", Money.ofMinor(75)));
        assertThat(receipt.total()).hasToString("5.73€");
    }

    @Test
    void aBasketOfNinetyThousandLinesAtTheHighestPriceAndQuantityIsPricedWithoutOverflow() {
        Money total = Pricing.receipt(hugePrices(90_000), hugeBasket(90_000)).total();

        assertThat(total).isEqualTo(Product.MAX_PRICE.times((long) BasketStore.MAX_LINE_QUANTITY * 90_000));
    }

    @Test
    void aBasketTooLargeToPriceFailsLoudlyInsteadOfWrappingAround() {
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> Pricing.receipt(hugePrices(100_000), hugeBasket(100_000)));
    }

    private static PriceList hugePrices(int products) {
        List<Product> list = new ArrayList<>();
        for (int i = 0; i < products; i++) {
            list.add(Product.of("P" + i, "Product " + i, Product.MAX_PRICE, VatRate.STANDARD));
        }
        return PriceList.of(new Catalog(list, List.of()));
    }

    private static BasketLines hugeBasket(int lines) {
        List<BasketLines.Line> list = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            list.add(new BasketLines.Line("P" + i, BasketStore.MAX_LINE_QUANTITY));
        }
        return new BasketLines(BasketId.random(), 1, list);
    }

    private static Money totalOf(PriceList prices, List<String> codes) {
        return receiptOf(prices, codes).total();
    }

    /** Counts the scanned codes into lines, in the order each product was first scanned, and prices them. */
    private static Receipt receiptOf(PriceList prices, List<String> codes) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        codes.forEach(code -> quantities.merge(code, 1, Integer::sum));
        List<BasketLines.Line> lines = new ArrayList<>();
        quantities.forEach((code, quantity) -> lines.add(new BasketLines.Line(code, quantity)));
        return Pricing.receipt(prices, new BasketLines(BasketId.random(), codes.size(), lines));
    }

    private static List<String> codes(String commaSeparated) {
        return commaSeparated.isBlank() ? List.of() : List.of(commaSeparated.strip().split("\\s*,\\s*"));
    }

    private static List<String> repeat(String code, int times) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            codes.add(code);
        }
        return codes;
    }

    private static Set<List<String>> permutations(List<String> items) {
        Set<List<String>> out = new LinkedHashSet<>();
        permute(new ArrayList<>(items), 0, out);
        return out;
    }

    private static void permute(List<String> items, int from, Set<List<String>> out) {
        if (from == items.size()) {
            out.add(List.copyOf(items));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            Collections.swap(items, from, i);
            permute(items, from + 1, out);
            Collections.swap(items, from, i);
        }
    }
}
