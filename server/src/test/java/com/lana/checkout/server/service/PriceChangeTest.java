package com.lana.checkout.server.service;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.MisreadBarcodeException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.PriceBarcode;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.UnknownProductException;
import com.lana.checkout.api.VatRate;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.catalog.CatalogUpdate;
import com.lana.checkout.server.store.memory.InMemoryStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a price change does to the baskets a service serves: a basket is priced to its end with the
 * catalog version in force when it was opened, and products are found in the version in force.
 */
class PriceChangeTest {

    private static final String PEN_BARCODE = "8412345678905";
    /** A UPC-A code (036000291452) as its EAN-13. */
    private static final String MUG_BARCODE = "0036000291452";

    private final InMemoryStore store = new InMemoryStore();
    private CatalogVersions catalogs;
    private CheckoutServiceImpl service;

    @BeforeEach
    void openService() throws Exception {
        catalogs = CatalogVersions.open(store.catalogs(), CatalogUpdate.of(withBarcodes(CatalogFile.defaults())),
                CatalogFile.defaults(), "test");
        service = new CheckoutServiceImpl(catalogs, store, Clock.systemDefaultZone());
    }

    @Test
    void aBasketOpenedBeforeAPriceChangeKeepsItsPricesToItsSale() throws Exception {
        BasketId before = service.createBasket();
        service.addProduct(before, "MUG");

        publish(priced("MUG", "9.00"));
        service.addProduct(before, "MUG");

        assertThat(service.total(before)).hasToString("15.00€");
        Sale sale = service.completeSale(before, Money.parse("15.00"), List.of(Payment.cash(Money.parse("20"))),
                OperationId.random());
        assertThat(sale.receipt().lines()).singleElement()
                .satisfies(line -> assertThat(line.unitPrice()).hasToString("7.50€"));
        assertThat(sale.catalogVersion()).isEqualTo(1);
    }

    @Test
    void aBasketOpenedAfterAPriceChangeGetsTheNewPrices() throws Exception {
        publish(priced("MUG", "9.00"));

        BasketId after = service.createBasket();
        service.addProduct(after, "MUG");

        assertThat(service.total(after)).hasToString("9.00€");
        assertThat(service.receipt(after).catalogVersion()).isEqualTo(2);
    }

    @Test
    void aProductAddedToTheCatalogCannotBeAddedToABasketOpenedBeforeIt() throws Exception {
        BasketId before = service.createBasket();
        Catalog current = catalogs.current().catalog();
        List<Product> products = new ArrayList<>(current.products());
        products.add(Product.of("CAP", "Lana Cap", Money.parse("12.00"), VatRate.STANDARD));
        publish(current.withProducts(products));

        assertThatExceptionOfType(UnknownProductException.class).isThrownBy(() -> service.addProduct(before, "CAP"));
        BasketId after = service.createBasket();
        assertThat(service.addProduct(after, "CAP").total()).hasToString("12.00€");
    }

    @Test
    void aBarcodeMovedToAnotherProductStillAddsTheOldOneToABasketOpenedBefore() throws Exception {
        BasketId before = service.createBasket();
        Catalog current = catalogs.current().catalog();
        List<Product> moved = current.products().stream().map(p -> switch (p.code()) {
            case "PEN" -> new Product(p.code(), p.name(), p.price(), p.vat(), List.of(), true);
            case "TSHIRT" -> new Product(p.code(), p.name(), p.price(), p.vat(), List.of(PEN_BARCODE), true);
            default -> p;
        }).toList();
        publish(current.withProducts(moved));

        assertThat(service.addProduct(before, PEN_BARCODE).lines()).extracting(line -> line.code()).containsExactly("PEN");
        BasketId after = service.createBasket();
        assertThat(service.addProduct(after, PEN_BARCODE).lines()).extracting(line -> line.code()).containsExactly("TSHIRT");
    }

    @Test
    void aProductsBarcodeAndItsCodeAddToTheSameLineSoItsPromotionCountsBoth() throws Exception {
        BasketId basket = service.createBasket();
        service.addProduct(basket, "PEN");

        assertThat(service.addProduct(basket, PEN_BARCODE).total()).hasToString("5.00€");
        assertThat(service.receipt(basket).lines()).singleElement()
                .satisfies(line -> assertThat(line.quantity()).isEqualTo(2));
    }

    @Test
    void aUpcACodeFindsTheProductOfItsEan13() throws Exception {
        BasketId basket = service.createBasket();

        assertThat(service.addProduct(basket, "036000291452").lines()).extracting(line -> line.code())
                .containsExactly("MUG");
    }

    @Test
    void aBarcodeWithAWrongCheckDigitIsAMisreadNotAnUnknownProduct() throws Exception {
        BasketId basket = service.createBasket();

        assertThatExceptionOfType(MisreadBarcodeException.class)
                .isThrownBy(() -> service.addProduct(basket, "8412345678904"))
                .withMessage("Misread barcode 8412345678904, scan again");
        assertThat(service.receipt(basket).lines()).isEmpty();
    }

    @Test
    void aWellReadBarcodeNoProductHasIsAnUnknownProduct() throws Exception {
        BasketId basket = service.createBasket();

        assertThatExceptionOfType(UnknownProductException.class)
                .isThrownBy(() -> service.addProduct(basket, "5901234123457"))
                .withMessage("No product has barcode 5901234123457")
                .satisfies(e -> assertThat(e.isOffSale()).as("unknown, not off sale").isFalse());
    }

    @Test
    void aProductOffSaleCannotBeAdded() throws Exception {
        publish(onSale("MUG", false));
        BasketId basket = service.createBasket();

        assertThatExceptionOfType(UnknownProductException.class)
                .isThrownBy(() -> service.addProduct(basket, "MUG"))
                .withMessage("MUG Lana Coffee Mug is not on sale")
                .satisfies(e -> assertThat(e.isOffSale()).as("off sale, not unknown").isTrue());
    }

    @Test
    void aPriceLabelAddsItsProductAtThePricePrintedOnIt() throws Exception {
        Catalog current = catalogs.current().catalog();
        publish(new Catalog(current.products(), current.promotions(), current.favourites(),
                List.of(new PriceBarcode("2112345", "MUG", 5))));
        BasketId basket = service.createBasket();
        String label = "211234500349" + com.lana.checkout.api.Barcode.checkDigit("211234500349");

        var receipt = service.addProduct(basket, label);

        assertThat(receipt.lines()).singleElement().satisfies(line -> {
            assertThat(line.code()).isEqualTo(label);
            assertThat(line.name()).isEqualTo("Lana Coffee Mug");
            assertThat(line.unitPrice()).hasToString("3.49€");
        });
        assertThat(service.removeProduct(basket, label).lines()).isEmpty();
    }

    @Test
    void productFindsByCodeOrBarcodeInTheVersionInForce() throws Exception {
        assertThat(service.product(" pen ").price()).hasToString("5.00€");
        assertThat(service.product(PEN_BARCODE).code()).isEqualTo("PEN");

        publish(priced("PEN", "6.00"));

        assertThat(service.product("PEN").price()).hasToString("6.00€");
    }

    @Test
    void aSearchOfOverEightyCharactersIsRefused() {
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> service.findProducts("x".repeat(81)))
                .withMessageContaining("at most 80 characters");
        assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> service.findProducts(null));
    }

    @Test
    void theFavouritesHoldTheFavouriteAndPromotedProductsWithTheirPromotions() throws Exception {
        Catalog favourites = service.favourites();

        assertThat(favourites.favourites()).containsExactly("PEN", "TSHIRT", "MUG");
        assertThat(favourites.promotions()).hasSize(2);
    }

    private void publish(Catalog catalog) throws Exception {
        store.catalogs().publish(catalog, "test");
        catalogs.refresh();
    }

    private Catalog priced(String code, String price) {
        Catalog current = catalogs.current().catalog();
        return current.withProducts(current.products().stream()
                .map(p -> p.code().equals(code) ? p.withPrice(Money.parse(price)) : p).toList());
    }

    private Catalog onSale(String code, boolean onSale) {
        Catalog current = catalogs.current().catalog();
        return current.withProducts(current.products().stream()
                .map(p -> p.code().equals(code) ? new Product(p.code(), p.name(), p.price(), p.vat(), p.barcodes(), onSale) : p)
                .toList());
    }

    private static Catalog withBarcodes(Catalog catalog) {
        return catalog.withProducts(catalog.products().stream().map(p -> switch (p.code()) {
            case "PEN" -> new Product(p.code(), p.name(), p.price(), p.vat(), List.of(PEN_BARCODE), true);
            case "MUG" -> new Product(p.code(), p.name(), p.price(), p.vat(), List.of(MUG_BARCODE), true);
            default -> p;
        }).toList());
    }
}
