package com.lana.checkout.api;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A catalog crosses RMI in its compact serial form: a shop's 100,000 products must arrive whole
 * through the limits a client puts on what it deserializes (at most 100,000 object references and
 * 16 MB), which a catalog of records field by field would exceed.
 */
class CatalogWireTest {

    private static final int SHOP_SIZE = 100_000;
    /** The client filter's byte limit, as {@link ClientFilter} sets it. */
    private static final int MAX_BYTES = 16 * 1024 * 1024;

    @Test
    void aCatalogOfAHundredThousandProductsCrossesTheClientsFilterUnchanged() throws Exception {
        Catalog shop = shop(SHOP_SIZE, "Café con leche, 250 g", 1);

        assertThat(throughTheClientFilter(serialized(shop))).isEqualTo(shop);
    }

    @Test
    void aHundredThousandProductsWithTheLongestNamesAndTwoBarcodesFitTheClientsByteLimit() throws Exception {
        Catalog shop = shop(SHOP_SIZE, "N".repeat(Product.MAX_NAME_LENGTH - 7), 2);

        byte[] bytes = serialized(shop);

        assertThat(bytes.length).isLessThan(MAX_BYTES);
        assertThat(throughTheClientFilter(bytes).products()).hasSize(SHOP_SIZE);
    }

    @Test
    void aCatalogOffTheWireKeepsItsPromotionsFavouritesAndPriceBarcodes() throws Exception {
        Catalog small = new Catalog(List.of(
                new Product("PEN", "Lana Pen", Money.ofMinor(500), VatRate.STANDARD, List.of("8412345678905"), true),
                new Product("APPLES", "Apples", Money.ofMinor(299), VatRate.parse("5.5"), List.of(), false)),
                List.of(new Promotion.BuyNGetMFree("PEN", 1, 1)), List.of("APPLES"),
                List.of(new PriceBarcode("2112345", "APPLES", 5)));

        assertThat(throughTheClientFilter(serialized(small))).isEqualTo(small);
    }

    /** {@code count} products named {@code name} and their number, each with {@code barcodes} valid EAN-13 codes. */
    private static Catalog shop(int count, String name, int barcodes) {
        List<Product> products = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<String> codes = new ArrayList<>(barcodes);
            for (int b = 0; b < barcodes; b++) {
                String digits = String.format("84%d%09d", b, i);
                codes.add(digits + Barcode.checkDigit(digits));
            }
            products.add(new Product(String.format("P%06d", i), name + " " + String.format("%06d", i),
                    Money.ofMinor(100 + i % 10_000), i % 3 == 0 ? VatRate.of(10) : VatRate.STANDARD, codes, i % 7 != 0));
        }
        return new Catalog(products, List.of(new Promotion.BulkPercentOff("P000001", 3, 25)));
    }

    private static byte[] serialized(Catalog catalog) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(catalog);
        }
        return bytes.toByteArray();
    }

    private static Catalog throughTheClientFilter(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ClientFilter.ALLOWED);
            return (Catalog) in.readObject();
        }
    }
}
