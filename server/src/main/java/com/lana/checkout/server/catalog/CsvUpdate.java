package com.lana.checkout.server.catalog;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.PriceBarcode;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Promotion;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * What a CSV file puts in force: its products, with the promotions, favourites and price barcodes
 * of the catalog in force. Immutable.
 */
final class CsvUpdate implements CatalogUpdate {

    private final String source;
    private final List<Product> products;
    private final Set<String> codes;
    private final int[] lines;
    private final String barcodesColumn;

    /**
     * @param source the file, as messages name it
     * @param products the file's products, checked one by one and against each other
     * @param codes their codes
     * @param lines the line each product was read from
     * @param barcodesColumn where the file's barcodes are, for messages: {@code ", column 5 (barcodes)"}
     */
    CsvUpdate(String source, List<Product> products, Set<String> codes, int[] lines, String barcodesColumn) {
        this.source = source;
        this.products = List.copyOf(products);
        this.codes = Collections.unmodifiableSet(codes);   // the reader's, which it no longer changes
        this.lines = lines.clone();
        this.barcodesColumn = barcodesColumn;
    }

    /**
     * @throws IllegalArgumentException naming the file when a promotion, favourite or price
     *     barcode of {@code inForce} names a product the file does not have, or a barcode of the
     *     file starts with a price barcode prefix of {@code inForce}
     */
    @Override
    public Catalog over(Catalog inForce) {
        for (Promotion promotion : inForce.promotions()) {
            require("Promotion '" + promotion.description() + "'", promotion.productCode());
        }
        for (String favourite : inForce.favourites()) {
            require("The favourites list", favourite);
        }
        for (PriceBarcode rule : inForce.priceBarcodes()) {
            require("Price barcode " + rule.prefix(), rule.productCode());
        }
        if (!inForce.priceBarcodes().isEmpty()) {
            for (int i = 0; i < products.size(); i++) {
                for (String barcode : products.get(i).barcodes()) {
                    for (PriceBarcode rule : inForce.priceBarcodes()) {
                        if (rule.matches(barcode)) {
                            throw new IllegalArgumentException("Catalog file " + source + ", line " + lines[i]
                                    + barcodesColumn + ": barcode " + barcode + " of " + products.get(i).code()
                                    + " starts with price barcode prefix " + rule.prefix()
                                    + " of the catalog in force, which is for in-store labels of "
                                    + rule.productCode());
                        }
                    }
                }
            }
        }
        try {
            return inForce.withProducts(products);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Catalog file " + source + ": " + e.getMessage(), e);
        }
    }

    private void require(String rule, String code) {
        if (!codes.contains(code)) {
            throw new IllegalArgumentException("Catalog file " + source + ": " + rule
                    + " of the catalog in force names product " + code + ", which " + source + " does not have");
        }
    }
}
