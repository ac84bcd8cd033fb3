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
    /** Codes and barcodes, each to its product's item (whose line key is the code); one lookup a scan. */
    private final Map<String, Item> index;
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
            index.put(products[i].code(), new Item(products[i].code(), products[i], i, products[i].price()));
        }
        for (Product product : products) {
            Item item = index.get(product.code());
            for (String barcode : product.barcodes()) {
                index.putIfAbsent(barcode, item);   // a code that is also its own product's barcode stays as it is
            }
        }
        for (Promotion promotion : catalog.promotions()) {
            promotions[index.get(promotion.productCode()).position()] = promotion;
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
    private static Catalog favourites(Catalog catalog, Map<String, Item> index, Product[] products) {
        java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>(catalog.favourites());
        catalog.promotions().forEach(promotion -> codes.add(promotion.productCode()));
        List<Product> kept = codes.stream().map(code -> index.get(code).product()).toList();
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
        Item found = index.get(input);
        if (found != null) {
            return found;
        }
        if (!Barcode.looksLikeBarcode(input)) {
            throw new UnknownProductException(input);
        }
        String barcode = Barcode.parse(input).orElseThrow(() -> new MisreadBarcodeException(input));
        found = index.get(barcode);
        if (found != null) {
            return found;
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
        Item found = index.get(key);
        if (found != null && found.line().equals(key)) {
            return Optional.of(found);
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
        int position = index.get(rule.productCode()).position();
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
        return search.find(query, limit, code -> {
            Item item = index.get(code);
            return item == null ? null : item.position();
        });
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
