package com.lana.checkout.bench;

import com.lana.checkout.api.Barcode;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.VatRate;
import com.lana.checkout.server.catalog.CatalogFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A shop's catalog of any size, the same for the same size and seed: the built-in catalog's three
 * reference products first, at their reference prices and with their promotions and favourites,
 * each given an EAN-13 barcode, then generated products. A generated product has a code
 * {@code P0000001}..., a name of a few words (a brand, a product, a variant and a size, some accented:
 * {@code Le Moulin Crème Fraîche Entière 200 ml}), a price from 0.49€ to 89.99€, one of the VAT rates
 * 21, 10, 4, 5.5 and 0, an EAN-13 barcode and, one in ten, a UPC-A barcode as well; one in a hundred
 * is off sale. Every check digit is {@link Barcode#checkDigit}'s, and codes, barcodes and (up to
 * {@link #DISTINCT_NAMES} products) names are unique by construction, not by retrying.
 */
public final class CatalogGenerator {

    /** The size of the catalog. */
    public static final int DEFAULT_SIZE = 100_000;

    /** The seed of {@link #generate(int)}: every run measures the same catalog. */
    public static final long DEFAULT_SEED = 17;

    /** Where the reference products' barcodes start: {@code 8412345} (Spain, then a company's number). */
    static final String REFERENCE_PREFIX = "8412345";

    private static final List<String> BRANDS = List.of("Lana", "Casa Verde", "Maison Dubois", "Bio Sol", "Norte",
            "Alpina", "La Huerta", "Le Moulin", "Montaña", "Rivière", "Nordkap", "Sierra Alta", "Villa Rosa", "El Faro",
            "Bonne Terre", "Gaia", "Costa Brava", "Fjord", "Campo Real", "Le Petit Jardin", "Mar Azul", "Les Prés",
            "Åland", "Zürcher", "Terra Nova", "Doña Flor", "Belle Île", "Olivar", "Hacienda", "Urban Basics");
    private static final List<String> PRODUCTS = List.of("Café Moulu", "Café en Grains", "Crème Fraîche",
            "Crème Brûlée", "Pâté de Campagne", "Gruyère", "Emmental", "Comté", "Brie", "Camembert", "Chorizo",
            "Jamón Serrano", "Salchichón", "Olive Oil", "Sunflower Oil", "Red Wine Vinegar", "Dark Chocolate",
            "Milk Chocolate", "Chocolate Biscuits", "Butter Cookies", "Crêpes", "Croissants", "Pain de Mie",
            "Baguette", "Muesli", "Müsli", "Granola", "Corn Flakes", "Porridge Oats", "Basmati Rice", "Paella Rice",
            "Spaghetti", "Penne", "Fusilli", "Lasagne", "Tomato Sauce", "Pesto", "Purée de Tomates", "Gazpacho",
            "Lentils", "Chickpeas", "White Beans", "Tuna in Olive Oil", "Sardines", "Anchovies", "Smoked Salmon",
            "Yogurt", "Greek Yogurt", "Whole Milk", "Oat Drink", "Almond Drink", "Orange Juice", "Apple Juice",
            "Limonade", "Sparkling Water", "Mineral Water", "Thé Vert", "Earl Grey Tea", "Rooibos", "Honey",
            "Confiture de Fraises", "Marmalade", "Peanut Butter", "Piña Colada Mix", "Jalapeño Salsa", "Tortilla Chips",
            "Potato Crisps", "Salted Almonds", "Pistachios", "Glacé Cherries", "Ice Cream", "Sorbet", "Rosé Wine",
            "Cava", "Cidre", "Beer", "Dish Soap", "Laundry Detergent", "Shampoo", "Toothpaste", "Paper Towels",
            "Notebook", "Ballpoint Pens", "Coffee Mug", "T-Shirt", "Socks", "Candles", "Batteries");
    private static final List<String> VARIANTS = List.of("Classic", "Bio", "Entière", "Allégée", "Sans Sucre",
            "Épicé", "Doux", "Extra", "Original", "Intense", "Nature", "Fumé", "Family Pack", "Premium", "Light",
            "Traditionnel");
    private static final List<String> SIZES = List.of("100 g", "200 g", "250 g", "400 g", "500 g", "1 kg", "330 ml",
            "500 ml", "750 ml", "1 L", "6 x 1 L", "12 pcs");

    /** How many distinct names the word lists make: up to this many products, no two share a name. */
    static final int DISTINCT_NAMES = BRANDS.size() * PRODUCTS.size() * VARIANTS.size() * SIZES.size();

    /** The prefixes of generated EAN-13 barcodes: GS1 countries, none a shop's own (20-29) nor the references'. */
    private static final List<String> EAN_PREFIXES = List.of("840", "843", "844", "300", "330", "350", "400", "410",
            "420", "500", "540", "560", "590", "730", "760", "800", "805", "870");

    /** Multipliers that are prime to 10 and to {@link #DISTINCT_NAMES}: index to value is one to one. */
    private static final long EAN_STEP = 7_654_321;
    private static final long UPC_STEP = 3_141_593;
    private static final long NAME_STEP = 1_000_003;

    private static final VatRate[] VAT_RATES = {VatRate.of(21), VatRate.of(10), VatRate.of(4), VatRate.parse("5.5"),
        VatRate.of(0)};
    /** Out of 100 generated products, how many have each of {@link #VAT_RATES}. */
    private static final int[] VAT_SHARES = {55, 25, 10, 5, 5};

    private CatalogGenerator() {
    }

    /** {@link #generate(int, long)} with {@link #DEFAULT_SEED}. */
    public static Catalog generate(int size) {
        return generate(size, DEFAULT_SEED);
    }

    /**
     * A catalog of {@code size} products: the three reference ones, then {@code size - 3} generated.
     *
     * @throws IllegalArgumentException when {@code size} is under 3 or over {@link Catalog#MAX_PRODUCTS}
     */
    public static Catalog generate(int size, long seed) {
        Catalog reference = reference();
        int referenceCount = reference.products().size();
        if (size < referenceCount || size > Catalog.MAX_PRODUCTS) {
            throw new IllegalArgumentException("A generated catalog has " + referenceCount + "-" + Catalog.MAX_PRODUCTS
                    + " products, not " + size);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Product> products = new ArrayList<>(size);
        products.addAll(reference.products());
        for (int i = 0; i < size - referenceCount; i++) {
            products.add(product(i, random));
        }
        return reference.withProducts(products);
    }

    /**
     * The built-in catalog (three products, their promotions and favourites) with an EAN-13 barcode
     * for each product, so that it is scanned like the generated ones.
     */
    public static Catalog reference() {
        Catalog builtIn = CatalogFile.defaults();
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < builtIn.products().size(); i++) {
            Product p = builtIn.products().get(i);
            products.add(new Product(p.code(), p.name(), p.price(), p.vat(),
                    List.of(ean13(REFERENCE_PREFIX + String.format(Locale.ROOT, "%05d", i + 1))), p.onSale()));
        }
        return builtIn.withProducts(products);
    }

    private static Product product(int index, SplittableRandom random) {
        String code = String.format(Locale.ROOT, "P%07d", index + 1);
        List<String> barcodes = new ArrayList<>(2);
        String prefix = EAN_PREFIXES.get(index % EAN_PREFIXES.size());
        barcodes.add(ean13(prefix + String.format(Locale.ROOT, "%09d", Math.floorMod(index * EAN_STEP, 1_000_000_000L))));
        if (random.nextInt(10) == 0) {
            String upc = "7" + String.format(Locale.ROOT, "%010d", Math.floorMod(index * UPC_STEP, 10_000_000_000L));
            barcodes.add(upc + Barcode.checkDigit(upc));   // UPC-A: 12 digits, kept as EAN-13 with a leading 0
        }
        long cents = Math.round(Math.exp(Math.log(49) + random.nextDouble() * (Math.log(8_999) - Math.log(49))));
        cents = Math.max(49, cents - cents % 10 + (random.nextBoolean() ? 9 : 5));
        return new Product(code, name(index), Money.ofMinor(cents), vat(random.nextInt(100)), barcodes,
                random.nextInt(100) != 0);
    }

    /** Brand, product, variant and size, a different combination for each index below {@link #DISTINCT_NAMES}. */
    private static String name(int index) {
        long n = Math.floorMod(index * NAME_STEP, (long) DISTINCT_NAMES);
        String size = SIZES.get((int) (n % SIZES.size()));
        n /= SIZES.size();
        String variant = VARIANTS.get((int) (n % VARIANTS.size()));
        n /= VARIANTS.size();
        String product = PRODUCTS.get((int) (n % PRODUCTS.size()));
        n /= PRODUCTS.size();
        return BRANDS.get((int) n) + " " + product + " " + variant + " " + size;
    }

    private static VatRate vat(int percentile) {
        int bound = 0;
        for (int i = 0; i < VAT_SHARES.length; i++) {
            bound += VAT_SHARES[i];
            if (percentile < bound) {
                return VAT_RATES[i];
            }
        }
        throw new IllegalArgumentException("percentile " + percentile + " is not 0-99");
    }

    /** Twelve digits and their check digit. */
    private static String ean13(String twelveDigits) {
        return twelveDigits + Barcode.checkDigit(twelveDigits);
    }
}
