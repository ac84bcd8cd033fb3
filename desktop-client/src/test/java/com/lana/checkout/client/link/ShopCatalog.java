package com.lana.checkout.client.link;

import com.lana.checkout.api.Barcode;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.PriceBarcode;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Promotion;
import com.lana.checkout.api.VatRate;

import java.util.ArrayList;
import java.util.List;

/**
 * A small shop's catalog as a scanner sees it, for the till's tests: 30 products with EAN-13 (and
 * one UPC-A) barcodes, an accented name, a product off sale, a scale's price labels for apples, a
 * promotion on a product that is no favourite, and three favourites.
 */
public final class ShopCatalog {

    public static final String COFFEE = "CAFE";
    public static final String COFFEE_NAME = "Café Molido Natural";
    public static final String COFFEE_BARCODE = "8412345678905";
    /** {@link #COFFEE_BARCODE} with its last digit misread. */
    public static final String COFFEE_MISREAD = "8412345678904";
    public static final String MILK = "LECHE";
    public static final String MILK_BARCODE = "4006381333931";
    public static final String WATER = "AGUA";
    /** A UPC-A code: the till reads it as the EAN-13 code 0036000291452. */
    public static final String WATER_UPC_A = "036000291452";
    public static final String APPLES = "MANZANAS";
    /** The scale's labels for apples: prefix 2112345, then five digits of price in cents, then the check digit. */
    public static final String APPLES_PREFIX = "2112345";
    /** A scale's label for 3.49€ of apples: {@code 2112345 00349 8}. */
    public static final String APPLES_LABEL_3_49 = "2112345003498";
    public static final String NOUGAT = "TURRON";
    public static final String NOUGAT_BARCODE = "5901234123457";
    /** A valid EAN-13 code no product of the catalog has. */
    public static final String UNKNOWN_BARCODE = "4000000000006";
    /** Products numbered 1 to {@value #NUMBERED}, codes {@code P01}…, barcodes {@code 841234000001}… */
    public static final int NUMBERED = 25;
    /** The favourites, in the order the till shows them. */
    public static final List<String> FAVOURITES = List.of(COFFEE, MILK, APPLES);

    private ShopCatalog() {
    }

    public static Catalog catalog() {
        List<Product> products = new ArrayList<>();
        products.add(new Product(COFFEE, COFFEE_NAME, Money.ofMinor(395), VatRate.of(10), List.of(COFFEE_BARCODE), true));
        products.add(new Product(MILK, "Leche Entera", Money.ofMinor(99), VatRate.of(4), List.of(MILK_BARCODE), true));
        products.add(new Product(WATER, "Agua Mineral", Money.ofMinor(45), VatRate.of(10), List.of(WATER_UPC_A), true));
        products.add(new Product(APPLES, "Manzanas Golden", Money.ofMinor(249), VatRate.of(4), List.of(), true));
        products.add(new Product(NOUGAT, "Turrón de Jijona", Money.ofMinor(650), VatRate.STANDARD,
                List.of(NOUGAT_BARCODE), false));
        for (int i = 1; i <= NUMBERED; i++) {
            products.add(new Product(numbered(i), "Product " + i, Money.ofMinor(100L * i), VatRate.STANDARD,
                    List.of(numberedBarcode(i)), true));
        }
        return new Catalog(products, List.of(new Promotion.BuyNGetMFree(numbered(7), 1, 1)), FAVOURITES,
                List.of(new PriceBarcode(APPLES_PREFIX, APPLES, 5)));
    }

    public static String numbered(int i) {
        return String.format("P%02d", i);
    }

    public static String numberedBarcode(int i) {
        String digits = String.format("8412340%05d", i);
        return digits + Barcode.checkDigit(digits);
    }
}
