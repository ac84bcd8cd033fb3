package com.lana.checkout.server.store;

import com.lana.checkout.api.Barcode;
import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.PriceBarcode;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Promotion;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.VatRate;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.pricing.Pricing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How every store keeps the catalog's versions ({@link CatalogStore}) and opens baskets under them:
 * versions numbered from 1 without gaps, each read back as it was published, a publish all or
 * nothing, a basket priced to its end with the version it was opened under, and its sale recording
 * that version. Each store's test class extends this one and says only how to open a fresh, empty
 * store and how to make a publish fail half way.
 */
public abstract class CatalogStoreContract {

    protected static final long NOW = 1_700_000_000_000L;

    /** A catalog with every kind of data a version holds; PEN at 5.00€. */
    protected static final Catalog FIRST = catalog("5.00");
    /** The same with PEN at 6.00€: a price change. */
    protected static final Catalog SECOND = catalog("6.00");

    protected CheckoutStore checkoutStore;
    protected CatalogStore catalogs;
    protected BasketStore baskets;

    /** A new store holding no catalog version, basket or sale; the test closes it. */
    protected abstract CheckoutStore openEmptyStore() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        use(openEmptyStore());
    }

    @AfterEach
    void closeStore() {
        checkoutStore.close();
    }

    /** From now on the test works on {@code opened}, which it closes. */
    protected void use(CheckoutStore opened) {
        checkoutStore = opened;
        catalogs = opened.catalogs();
        baskets = opened.baskets();
    }

    @Test
    void aStoreWithoutACatalogIsAtVersionZero() throws Exception {
        assertThat(catalogs.currentVersion()).isZero();
    }

    @Test
    void versionsAreNumberedFromOneWithoutGaps() throws Exception {
        assertThat(catalogs.publish(FIRST, "first.json")).isEqualTo(1);
        assertThat(catalogs.publish(SECOND, "second.json")).isEqualTo(2);
        assertThat(catalogs.publish(FIRST, "first.json")).isEqualTo(3);

        assertThat(catalogs.currentVersion()).isEqualTo(3);
    }

    /** Barcodes in their order, EAN-8 and UPC-A, VAT 5.5%, off sale, an accent, favourites, price barcodes, promotions. */
    @Test
    void aVersionReadsBackAsItWasPublished() throws Exception {
        long version = catalogs.publish(FIRST, "first.json");

        Catalog read = catalogs.catalog(version);

        assertThat(read).isEqualTo(FIRST);
        assertThat(read.products().get(0).barcodes()).containsExactlyElementsOf(FIRST.products().get(0).barcodes());
        assertThat(read.favourites()).containsExactly("MUG", "PEN", "BOOK");
    }

    @Test
    void anEarlierVersionStaysAsItWasPublished() throws Exception {
        catalogs.publish(FIRST, "first.json");
        catalogs.publish(SECOND, "second.json");

        assertThat(catalogs.catalog(1)).isEqualTo(FIRST);
        assertThat(catalogs.catalog(2)).isEqualTo(SECOND);
    }

    @Test
    void aVersionNeverPublishedIsRefusedNamingIt() throws Exception {
        catalogs.publish(FIRST, "first.json");

        assertThatIllegalArgumentException().isThrownBy(() -> catalogs.catalog(2)).withMessageContaining("2");
        assertThatIllegalArgumentException().isThrownBy(() -> catalogs.catalog(0)).withMessageContaining("0");
    }

    @Test
    void aBasketOpenedBeforeAnyPublishIsOnVersionOne() throws Exception {
        BasketId basket = baskets.create(NOW);

        assertThat(baskets.read(basket, NOW).catalogVersion()).isEqualTo(1);
    }

    @Test
    void aBasketKeepsTheVersionItWasOpenedUnderAndANewOneGetsTheNewVersion() throws Exception {
        catalogs.publish(FIRST, "first.json");
        BasketId before = baskets.create(NOW);
        baskets.change(before, "PEN", 1, null, 1, NOW);

        catalogs.publish(SECOND, "second.json");
        BasketId after = baskets.create(NOW);

        assertThat(baskets.change(before, "PEN", 1, null, NOW).catalogVersion()).isEqualTo(1);
        assertThat(baskets.read(before, NOW).catalogVersion()).isEqualTo(1);
        assertThat(baskets.read(after, NOW).catalogVersion()).isEqualTo(2);
        assertThat(baskets.change(after, "MUG", 1, null, 2, NOW).catalogVersion()).isEqualTo(2);
        assertThat(baskets.remove(before).catalogVersion()).isEqualTo(1);
    }

    @Test
    void aChangeWorkedOutInAnotherVersionIsRefusedNamingTheBasketsAndChangesNothing() throws Exception {
        catalogs.publish(FIRST, "first.json");
        BasketId basket = baskets.create(NOW);
        baskets.change(basket, "PEN", 2, OperationId.random(), 1, NOW);
        catalogs.publish(SECOND, "second.json");
        BasketLines before = baskets.read(basket, NOW);
        OperationId operation = OperationId.random();

        assertThatExceptionOfType(StaleCatalogException.class)
                .isThrownBy(() -> baskets.change(basket, "MUG", 1, operation, 2, NOW))
                .satisfies(e -> assertThat(e.basketCatalogVersion()).isEqualTo(1));

        assertThat(baskets.read(basket, NOW)).isEqualTo(before);
        BasketLines retried = baskets.change(basket, "MUG", 1, operation, 1, NOW);
        assertThat(retried.lines()).containsExactly(new BasketLines.Line("PEN", 2), new BasketLines.Line("MUG", 1));
        assertThat(retried.version()).isEqualTo(before.version() + 1);
    }

    @Test
    void aSaleRecordsTheVersionItsBasketWasPricedWith() throws Exception {
        catalogs.publish(FIRST, "first.json");
        BasketId before = baskets.create(NOW);
        baskets.change(before, "PEN", 1, null, 1, NOW);
        catalogs.publish(SECOND, "second.json");
        BasketId after = baskets.create(NOW);
        baskets.change(after, "PEN", 1, null, 2, NOW);
        Map<Long, PriceList> prices = Map.of(1L, new PriceList(1, FIRST), 2L, new PriceList(2, SECOND));

        Sale old = baskets.completeSale(before, OperationId.random(), sell(prices), NOW);
        Sale current = baskets.completeSale(after, OperationId.random(), sell(prices), NOW);

        assertThat(old.catalogVersion()).isEqualTo(1);
        assertThat(old.total()).isEqualTo(Money.parse("5.00€"));
        assertThat(current.catalogVersion()).isEqualTo(2);
        assertThat(current.total()).isEqualTo(Money.parse("6.00€"));
        assertThat(checkoutStore.sales().sale(old.number())).isEqualTo(old);
        assertThat(checkoutStore.sales().sale(current.number())).isEqualTo(current);
        assertThat(checkoutStore.sales().sales(SaleStoreContract.DAY)).extracting(Sale::catalogVersion)
                .containsExactly(1L, 2L);
    }

    /** Sells the lines at the prices of their basket's own version, paid in cash, exactly. */
    public static BasketStore.SaleMaker sell(Map<Long, PriceList> prices) {
        return (lines, number) -> {
            Receipt receipt = Pricing.receipt(prices.get(lines.catalogVersion()), lines);
            return new Sale(number, SaleStoreContract.NOON, receipt, List.of(Payment.cash(receipt.total())), Money.ZERO);
        };
    }

    /**
     * PEN at {@code penPrice} with three barcodes (EAN-13, UPC-A, EAN-8, listed out of their sorted
     * order), TSHIRT with one, MUG with none, a book at VAT 5.5%, an accented name, a product off
     * sale, weighed apples on a price barcode; both kinds of promotion; favourites of its own.
     */
    protected static Catalog catalog(String penPrice) {
        Product pen = new Product("PEN", "Lana Pen", Money.parse(penPrice), VatRate.STANDARD,
                List.of(ean("841234567890"), ean("03600029145"), ean("9638507")), true);
        Product tshirt = new Product("TSHIRT", "Lana T-Shirt", Money.parse("20.00"), VatRate.STANDARD,
                List.of(ean("400638133393")), true);
        Product mug = product("MUG", "7.50");
        Product book = new Product("BOOK", "Livre de cuisine", Money.parse("12.90"), VatRate.parse("5.5"),
                List.of(ean("978014300723")), true);
        Product coffee = new Product("COFFEE", "Café molido 250 g", Money.parse("3.20"), VatRate.of(10),
                List.of(), true);
        Product old = new Product("OLDMUG", "Lana Mug 2019", Money.parse("4.00"), VatRate.STANDARD,
                List.of(ean("501234567890")), false);
        Product apples = new Product("APPLES", "Apples per kg", Money.parse("2.49"), VatRate.of(4), List.of(), true);
        return new Catalog(List.of(pen, tshirt, mug, book, coffee, old, apples),
                List.of(new Promotion.BuyNGetMFree("PEN", 1, 1), new Promotion.BulkPercentOff("TSHIRT", 3, 25)),
                List.of("MUG", "PEN", "BOOK"), List.of(new PriceBarcode("2112345", "APPLES", 5)));
    }

    /** A product on sale at 21% without barcodes. */
    protected static Product product(String code, String price) {
        return Product.of(code, "Product " + code, Money.parse(price), VatRate.STANDARD);
    }

    /** The barcode of these digits with its check digit: EAN-13 of 12, UPC-A of 11, EAN-8 of 7. */
    protected static String ean(String digits) {
        return digits + Barcode.checkDigit(digits);
    }
}
