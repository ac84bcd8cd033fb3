package com.lana.checkout.client.sale;

import com.lana.checkout.api.Barcode;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Promotion;
import com.lana.checkout.api.Receipt;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The products the till knows without asking the server; never the whole catalog. At hand: the
 * favourites catalog the server sends on every probe (the favourites, every promoted product and
 * the promotions, so any product it does not hold has no promotion). Learned since, in a cache of
 * at most {@value #CAPACITY} codes and barcodes where the least recently used go first: the
 * products of searches, the lines of receipts, and which line a scanned barcode went to. A code it
 * does not know is sent to the server as typed, and the server decides. Use on the UI thread.
 */
final class KnownProducts {

    /** The most codes and barcodes learned that are kept. */
    static final int CAPACITY = 2_000;

    private Catalog favourites;
    private Map<String, KnownProduct> atHand = Map.of();
    private final Map<String, KnownProduct> learned = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KnownProduct> eldest) {
            return size() > CAPACITY;
        }
    };
    /** The newest catalog version a receipt was priced with: older receipts teach nothing. */
    private long catalogVersion;

    /** The favourites catalog the server sent; it replaces the one at hand. */
    void use(Catalog newFavourites) {
        if (newFavourites.equals(favourites)) {
            return;
        }
        favourites = newFavourites;
        Map<String, KnownProduct> keys = new HashMap<>();
        newFavourites.products().forEach(product -> put(keys, product));
        atHand = Map.copyOf(keys);
    }

    /** The favourites catalog, or null before the server first answered. */
    Catalog favourites() {
        return favourites;
    }

    /** Learns products the server answered with, under their codes and barcodes. */
    void learn(List<Product> products) {
        products.forEach(product -> put(learned, product));
    }

    /**
     * Learns the lines of a receipt. A receipt of a newer catalog version than any before first
     * forgets what was learned (prices may have changed); one of an older version teaches nothing.
     */
    void learn(Receipt receipt) {
        if (receipt.catalogVersion() < catalogVersion) {
            return;
        }
        if (receipt.catalogVersion() > catalogVersion && catalogVersion > 0) {
            learned.clear();
        }
        catalogVersion = receipt.catalogVersion();
        receipt.lines().forEach(line -> learned.put(line.code(), KnownProduct.of(line)));
    }

    /** What a scan of {@code typed} (a code, a barcode, a price label) adds, if the till knows. */
    Optional<KnownProduct> get(String typed) {
        KnownProduct known = lookUp(typed);
        if (known == null && Barcode.looksLikeBarcode(typed)) {
            known = Barcode.parse(typed).map(this::lookUp).orElse(null);   // a UPC-A known by its EAN-13
        }
        return Optional.ofNullable(known);
    }

    /** The basket line a scan of {@code typed} goes to, as far as the till knows; else what was typed. */
    String lineOf(String typed) {
        return get(typed).map(KnownProduct::line).orElse(typed);
    }

    /** The promotion on a basket line; none for a product the favourites catalog does not hold. */
    Optional<Promotion> promotionFor(String line) {
        return favourites == null ? Optional.empty() : favourites.promotionFor(line);
    }

    /** The name of what {@code typed} adds: the receipt's line, else as known, else what was typed. */
    String nameOf(String typed, Receipt receipt) {
        String line = lineOf(typed);
        if (receipt != null) {
            for (Receipt.Line each : receipt.lines()) {
                if (each.code().equals(line)) {
                    return each.name();
                }
            }
        }
        return get(typed).map(KnownProduct::name).orElse(typed);
    }

    /**
     * Which line of {@code after} a confirmed scan went to, learning it when it was not known (a
     * barcode the till had not seen): the line of the code typed or known, the line of the barcode's
     * canonical form (a price label), or else, when {@code after} is the only change since {@code
     * before}, the line that grew by the scan's quantity. Answers what was typed when none tells.
     *
     * @param before the sale's receipt before the answer, or null when it had none
     */
    String landed(PendingScan scan, Receipt before, Receipt after) {
        String line = lineOf(scan.code());
        if (hasLine(after, line)) {
            return line;
        }
        Optional<Receipt.Line> found = Barcode.parse(scan.code()).flatMap(canonical -> lineOf(after, canonical))
                .or(() -> grownBy(scan.quantity(), before, after));
        found.ifPresent(landed -> learned.put(scan.code(), KnownProduct.of(landed)));
        return found.map(Receipt.Line::code).orElse(scan.code());
    }

    private KnownProduct lookUp(String key) {
        KnownProduct known = atHand.get(key);
        return known != null ? known : learned.get(key);
    }

    private static void put(Map<String, KnownProduct> keys, Product product) {
        KnownProduct known = KnownProduct.of(product);
        keys.put(product.code(), known);
        product.barcodes().forEach(barcode -> keys.put(barcode, known));
    }

    private static boolean hasLine(Receipt receipt, String code) {
        return lineOf(receipt, code).isPresent();
    }

    private static Optional<Receipt.Line> lineOf(Receipt receipt, String code) {
        return receipt.lines().stream().filter(line -> line.code().equals(code)).findFirst();
    }

    /** The one line that grew by {@code quantity}, when {@code after} is the version right after {@code before}. */
    private static Optional<Receipt.Line> grownBy(int quantity, Receipt before, Receipt after) {
        boolean sameBasket = before != null && before.basket().equals(after.basket());
        if (after.version() != (sameBasket ? before.version() : 0) + 1) {
            return Optional.empty();   // other changes came in between: which one was this scan cannot be told
        }
        List<Receipt.Line> grown = after.lines().stream().filter(line -> line.quantity()
                - (sameBasket ? lineOf(before, line.code()).map(Receipt.Line::quantity).orElse(0) : 0) == quantity)
                .toList();
        return grown.size() == 1 ? Optional.of(grown.get(0)) : Optional.empty();
    }
}
