package com.lana.checkout.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Something the shop sells. Immutable.
 *
 * @param code canonical product code, e.g. {@code PEN}; a code of 8, 12 or 13 digits must be a valid
 *     barcode (the till reads such input as one)
 * @param name what the customer reads on the receipt, e.g. {@code Lana Pen}
 * @param price the price of one unit, VAT included, from 0.01€ to {@link #MAX_PRICE}
 * @param vat the VAT rate the price includes
 * @param barcodes the product's barcodes in {@linkplain Barcode#canonical canonical} form, none or several
 * @param onSale whether it may be added to a basket now; a product off sale stays in the catalog
 */
public record Product(String code, String name, Money price, VatRate vat, List<String> barcodes, boolean onSale)
        implements Serializable {

    public static final int MAX_NAME_LENGTH = 80;

    /** The most barcodes one product may have. */
    public static final int MAX_BARCODES = 20;

    /** The highest unit price a catalog may set; with the basket's quantity limit, totals cannot overflow. */
    public static final Money MAX_PRICE = Money.ofMajor(1_000_000);

    public Product {
        ProductCode.requireCanonical(code);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(vat, "vat");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Product " + code + ": name must be 1-" + MAX_NAME_LENGTH
                    + " characters, was '" + Texts.abbreviate(name) + "'");
        }
        if (price.cents() <= 0 || price.compareTo(MAX_PRICE) > 0) {
            throw new IllegalArgumentException(
                    "Product " + code + ": price must be 0.01€-" + MAX_PRICE + ", was " + price);
        }
        if (Barcode.looksLikeBarcode(code) && Barcode.isMisread(code)) {
            throw new IllegalArgumentException("Product code " + code
                    + " has a barcode's length but a wrong check digit; the till would read it as a misread barcode");
        }
        barcodes = List.copyOf(barcodes);
        if (barcodes.size() > MAX_BARCODES) {
            throw new IllegalArgumentException("Product " + code + " has " + barcodes.size()
                    + " barcodes, at most " + MAX_BARCODES);
        }
        List<String> canonical = new ArrayList<>(barcodes.size());
        for (String barcode : barcodes) {
            String form = Barcode.canonical(barcode);
            if (canonical.contains(form)) {
                throw new IllegalArgumentException("Product " + code + " lists barcode " + barcode + " twice");
            }
            canonical.add(form);
        }
        barcodes = List.copyOf(canonical);
    }

    /** A product on sale without barcodes. */
    public static Product of(String code, String name, Money price, VatRate vat) {
        return new Product(code, name, price, vat, List.of(), true);
    }

    /** The same product at another price. */
    public Product withPrice(Money newPrice) {
        return new Product(code, name, newPrice, vat, barcodes, onSale);
    }

    @Override
    public String toString() {
        return code + " " + name + " " + price + (onSale ? "" : " (not on sale)");
    }
}
