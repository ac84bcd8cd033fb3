package com.lana.checkout.api;

import java.io.Externalizable;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The products on sale, the promotions in force, the favourites a till shows as buttons and the
 * rules of in-store price barcodes. Immutable.
 *
 * <p>Every promotion names a product of the catalog and a product has at most one promotion, so
 * what a basket costs never depends on the order rules are applied in. A barcode belongs to one
 * product, and no product's barcode is another's code or starts with a price barcode's prefix, so a
 * scan never has two meanings.
 *
 * @param favourites codes of the products a till shows as buttons, at most {@value #MAX_FAVOURITES}
 * @param priceBarcodes the in-store barcodes that carry a price; no prefix starts another
 */
public record Catalog(List<Product> products, List<Promotion> promotions, List<String> favourites,
                      List<PriceBarcode> priceBarcodes) implements Serializable {

    public static final int MAX_PRODUCTS = 1_000_000;

    /** The most favourites a catalog names: the buttons one till screen holds. */
    public static final int MAX_FAVOURITES = 24;

    /** How many products a catalog without a favourites list shows as buttons: its first ones. */
    public static final int DEFAULT_FAVOURITES = 9;

    public Catalog {
        products = List.copyOf(products);
        promotions = List.copyOf(promotions);
        favourites = List.copyOf(favourites);
        priceBarcodes = List.copyOf(priceBarcodes);
        if (products.isEmpty() || products.size() > MAX_PRODUCTS) {
            throw new IllegalArgumentException("A catalog needs 1-" + MAX_PRODUCTS + " products, had " + products.size());
        }
        Set<String> codes = new HashSet<>(products.size() * 2);
        for (Product product : products) {
            if (!codes.add(product.code())) {
                throw new IllegalArgumentException("Product " + product.code() + " is listed twice");
            }
        }
        checkBarcodes(products, codes, priceBarcodes);
        Set<String> promoted = new HashSet<>();
        for (Promotion promotion : promotions) {
            if (!codes.contains(promotion.productCode())) {
                throw new IllegalArgumentException(
                        "Promotion '" + promotion.description() + "' names unknown product " + promotion.productCode());
            }
            if (!promoted.add(promotion.productCode())) {
                throw new IllegalArgumentException("Product " + promotion.productCode()
                        + " has more than one promotion; at most one per product");
            }
        }
        if (favourites.size() > MAX_FAVOURITES) {
            throw new IllegalArgumentException("A catalog names at most " + MAX_FAVOURITES + " favourites, had "
                    + favourites.size());
        }
        if (new HashSet<>(favourites).size() != favourites.size()) {
            throw new IllegalArgumentException("Favourites " + favourites + " name a product twice");
        }
        for (String favourite : favourites) {
            if (!codes.contains(favourite)) {
                throw new IllegalArgumentException("Favourite " + Texts.abbreviate(favourite) + " is not a product of the catalog");
            }
        }
        for (PriceBarcode rule : priceBarcodes) {
            if (!codes.contains(rule.productCode())) {
                throw new IllegalArgumentException("Price barcode " + rule.prefix() + " names unknown product "
                        + rule.productCode());
            }
        }
    }

    /** A catalog of products and promotions whose favourites are its first {@value #DEFAULT_FAVOURITES} products. */
    public Catalog(List<Product> products, List<Promotion> promotions) {
        this(products, promotions, firstCodes(products), List.of());
    }

    private static List<String> firstCodes(List<Product> products) {
        return products.stream().limit(DEFAULT_FAVOURITES).map(Product::code).toList();
    }

    private static void checkBarcodes(List<Product> products, Set<String> codes, List<PriceBarcode> rules) {
        for (int i = 0; i < rules.size(); i++) {
            for (int j = 0; j < rules.size(); j++) {
                if (i != j && rules.get(j).prefix().startsWith(rules.get(i).prefix())) {
                    throw new IllegalArgumentException("Price barcode prefixes " + rules.get(i).prefix() + " and "
                            + rules.get(j).prefix() + " overlap: a label would match both");
                }
            }
        }
        Map<String, String> owners = new HashMap<>();
        for (Product product : products) {
            for (String barcode : product.barcodes()) {
                String owner = owners.putIfAbsent(barcode, product.code());
                if (owner != null) {
                    throw new IllegalArgumentException("Barcode " + barcode + " belongs to both " + owner + " and "
                            + product.code());
                }
                if (codes.contains(barcode) && !barcode.equals(product.code())) {
                    throw new IllegalArgumentException("Barcode " + barcode + " of " + product.code()
                            + " is the code of another product");
                }
                for (PriceBarcode rule : rules) {
                    if (rule.matches(barcode)) {
                        throw new IllegalArgumentException("Barcode " + barcode + " of " + product.code()
                                + " starts with price barcode prefix " + rule.prefix());
                    }
                }
            }
        }
    }

    /** The product with this code; a linear search, for small catalogs and JShell. */
    public Optional<Product> product(String code) {
        return products.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Optional<Promotion> promotionFor(String code) {
        return promotions.stream().filter(p -> p.productCode().equals(code)).findFirst();
    }

    /** The favourite products, in the catalog's order of favourites. */
    public List<Product> favouriteProducts() {
        return favourites.stream().map(code -> product(code).orElseThrow()).toList();
    }

    /** The same catalog with other products, keeping its promotions, favourites and price barcodes. */
    public Catalog withProducts(List<Product> newProducts) {
        return new Catalog(newProducts, promotions, favourites, priceBarcodes);
    }

    /** A short table, handy in JShell. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Product product : products) {
            out.append(String.format("%-14s %-32s %10s %6s%s%n", product.code(), product.name(), product.price(),
                    product.vat(), product.onSale() ? "" : " not on sale"));
        }
        for (Promotion promotion : promotions) {
            out.append("promotion: ").append(promotion.description()).append(System.lineSeparator());
        }
        return out.toString();
    }

    @Serial
    private Object writeReplace() {
        return new Wire(this);
    }

    /**
     * The serial form of a {@link Catalog}: products written field by field as primitives and UTF
     * strings, a few bytes each and no object per field, so a catalog of 100,000 products crosses the
     * wire well inside the clients' deserialization limits. Read back through the records'
     * constructors, so a catalog off the wire is validated like any other.
     */
    static final class Wire implements Externalizable {
        @Serial
        private static final long serialVersionUID = 1L;

        private Catalog catalog;

        /** For deserialization only. */
        public Wire() {
        }

        Wire(Catalog catalog) {
            this.catalog = catalog;
        }

        @Override
        public void writeExternal(ObjectOutput out) throws IOException {
            out.writeInt(catalog.products.size());
            for (Product product : catalog.products) {
                out.writeUTF(product.code());
                out.writeUTF(product.name());
                out.writeLong(product.price().cents());
                out.writeShort(product.vat().hundredths());
                out.writeBoolean(product.onSale());
                out.writeByte(product.barcodes().size());
                for (String barcode : product.barcodes()) {
                    out.writeUTF(barcode);
                }
            }
            out.writeObject(new ArrayList<>(catalog.promotions));
            out.writeObject(new ArrayList<>(catalog.favourites));
            out.writeObject(new ArrayList<>(catalog.priceBarcodes));
        }

        @Override
        @SuppressWarnings("unchecked")
        public void readExternal(ObjectInput in) throws IOException, ClassNotFoundException {
            int count = in.readInt();
            if (count < 1 || count > MAX_PRODUCTS) {
                throw new InvalidObjectException("A catalog has 1-" + MAX_PRODUCTS + " products, not " + count);
            }
            List<Product> products = new ArrayList<>(Math.min(count, 10_000));
            try {
                for (int i = 0; i < count; i++) {
                    String code = in.readUTF();
                    String name = in.readUTF();
                    Money price = Money.ofMinor(in.readLong());
                    VatRate vat = new VatRate(in.readShort());
                    boolean onSale = in.readBoolean();
                    int barcodeCount = in.readByte();
                    List<String> barcodes = new ArrayList<>(Math.max(0, barcodeCount));
                    for (int b = 0; b < barcodeCount; b++) {
                        barcodes.add(in.readUTF());
                    }
                    products.add(new Product(code, name, price, vat, barcodes, onSale));
                }
                catalog = new Catalog(products, (List<Promotion>) in.readObject(), (List<String>) in.readObject(),
                        (List<PriceBarcode>) in.readObject());
            } catch (IllegalArgumentException | ClassCastException e) {
                InvalidObjectException invalid = new InvalidObjectException("Invalid catalog: " + e.getMessage());
                invalid.initCause(e);
                throw invalid;
            }
        }

        @Serial
        private Object readResolve() {
            return catalog;
        }
    }
}
