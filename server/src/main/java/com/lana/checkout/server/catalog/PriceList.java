package com.lana.checkout.server.catalog;

import com.lana.checkout.api.Barcode;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.MisreadBarcodeException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.PriceBarcode;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Promotion;
import com.lana.checkout.api.UnknownProductException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a {@link Catalog}, indexed for the hot path: a product by its code or any of its
 * barcodes in one hash lookup, its promotion by the same position, the price barcode rules by prefix,
 * and the products' names for {@linkplain #search search}. Immutable, so any number of threads share it.
 *
 * <p>What a basket holds per line is a <em>line key</em>: a product's code, or, for an in-store
 * label that carries a price, the label's canonical EAN-13 digits ({@link #item} makes one from what
 * was scanned, {@link #line} reads one back for pricing). Scanning a product's barcode or typing its
 * code adds to the same line, so promotions count every unit; two labels of the same weight and price
 * share a line, any other label is a line of its own.
 */
public final class PriceList {

    private final long version;
    private final Catalog catalog;
    private final Product[] products;
    private final Promotion[] promotions;
    /** Codes and barcodes, each to its product's position. */
    private final Map<String, Integer> index;
    private final Map<String, PriceBarcode> priceBarcodes;
    private final int[] prefixLengths;
    private final ProductSearch search;
    private final Catalog favourites;

    /**
     * @param version the catalog's version in the store, from 1; a basket opened under it is priced with it
     */
    public PriceList(long version, Catalog catalog) {
        this.version = version;
        this.catalog = catalog;
        this.products = catalog.products().toArray(Product[]::new);
        this.promotions = new Promotion[products.length];
        this.index = new HashMap<>(products.length * 3);
        for (int i = 0; i < products.length; i++) {
            index.put(products[i].code(), i);
        }
        for (int i = 0; i < products.length; i++) {
            for (String barcode : products[i].barcodes()) {
                index.putIfAbsent(barcode, i);   // a code that is also its own product's barcode stays as it is
            }
        }
        for (Promotion promotion : catalog.promotions()) {
            promotions[index.get(promotion.productCode())] = promotion;
        }
        this.priceBarcodes = new HashMap<>();
        for (PriceBarcode rule : catalog.priceBarcodes()) {
            priceBarcodes.put(rule.prefix(), rule);
        }
        this.prefixLengths = priceBarcodes.keySet().stream().mapToInt(String::length).distinct().sorted().toArray();
        this.search = new ProductSearch(products);
        this.favourites = favourites(catalog, index, products);
    }

    /** The favourites and the promoted products, with the promotions: what a till keeps at hand. */
    private static Catalog favourites(Catalog catalog, Map<String, Integer> index, Product[] products) {
        java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>(catalog.favourites());
        catalog.promotions().forEach(promotion -> codes.add(promotion.productCode()));
        List<Product> kept = codes.stream().map(code -> products[index.get(code)]).toList();
        return new Catalog(kept, catalog.promotions(), catalog.favourites(), List.of());
    }

    /** A price list of the built-in catalog as version 1, for tests and tools. */
    public static PriceList of(Catalog catalog) {
        return new PriceList(1, catalog);
    }

    public long version() {
        return version;
    }

    public Catalog catalog() {
        return catalog;
    }

    /**
     * What scanning or typing {@code input} adds to a basket: the product with that code, the product
     * with that barcode (a UPC-A read as its EAN-13), or the product of an in-store label at the price
     * it carries.
     *
     * @param input a canonical product code ({@link com.lana.checkout.api.ProductCode#normalize})
     * @throws MisreadBarcodeException when the input is a barcode whose check digit is wrong
     * @throws UnknownProductException when no product has this code or barcode, or a label says 0.00€
     */
    public Item item(String input) throws MisreadBarcodeException, UnknownProductException {
        Integer position = index.get(input);
        if (position != null) {
            return new Item(products[position].code(), products[position], position, products[position].price());
        }
        if (!Barcode.looksLikeBarcode(input)) {
            throw new UnknownProductException(input);
        }
        String barcode = Barcode.parse(input).orElseThrow(() -> new MisreadBarcodeException(input));
        position = index.get(barcode);
        if (position != null) {
            return new Item(products[position].code(), products[position], position, products[position].price());
        }
        PriceBarcode rule = rule(barcode);
        if (rule == null) {
            throw new UnknownProductException(input, "No product has barcode " + input);
        }
        return label(barcode, rule).orElseThrow(() -> new UnknownProductException(input,
                "Price label " + input + " of " + rule.productCode() + " says 0.00€; print it again"));
    }

    /**
     * The item a basket's line key stands for, in this version.
     *
     * @return empty when this version has no such product (a key written under another version)
     */
    public Optional<Item> line(String key) {
        Integer position = index.get(key);
        if (position != null && products[position].code().equals(key)) {
            return Optional.of(new Item(key, products[position], position, products[position].price()));
        }
        PriceBarcode rule = Barcode.looksLikeBarcode(key) ? rule(key) : null;
        return rule == null ? Optional.empty() : label(key, rule);
    }

    /** The price barcode rule {@code ean13} is a label of, or null. */
    private PriceBarcode rule(String ean13) {
        for (int length : prefixLengths) {
            if (length > ean13.length()) {
                break;
            }
            PriceBarcode rule = priceBarcodes.get(ean13.substring(0, length));
            if (rule != null && rule.matches(ean13)) {
                return rule;
            }
        }
        return null;
    }

    /** The item a label of {@code rule} stands for; empty when it says 0.00€. */
    private Optional<Item> label(String ean13, PriceBarcode rule) {
        int position = index.get(rule.productCode());
        return rule.price(ean13).map(printed -> new Item(ean13, products[position], position, printed));
    }

    /**
     * A small catalog of the favourites and of every product a promotion is on, with the promotions:
     * what a till keeps at hand instead of the whole catalog.
     */
    public Catalog favourites() {
        return favourites;
    }

    /** The product at a position of the catalog. */
    public Product product(int position) {
        return products[position];
    }

    /** The promotion on the product at {@code position}, or null when it has none. */
    public Promotion promotion(int position) {
        return promotions[position];
    }

    /** The products whose code, barcode or name match {@code query}, best first; see {@link ProductSearch}. */
    public List<Product> search(String query, int limit) {
        return search.find(query, limit, index);
    }

    /** How many products this version has. */
    public int size() {
        return products.length;
    }

    /**
     * What one scan adds: a line of the basket and the product it is, at a price.
     *
     * @param line the basket's line key: the product's code, or a price label's digits
     * @param position the product's position in the price list
     * @param unitPrice the catalog's price, or the one a price label carries
     */
    public record Item(String line, Product product, int position, Money unitPrice) {

        /** Whether this is an in-store label that carries its own price (no promotion applies to it). */
        public boolean isPriceLabel() {
            return !line.equals(product.code());
        }
    }
}
