package com.lana.checkout.bench;

import com.lana.checkout.api.Barcode;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Product;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * {@code find-products}: each thread calls {@code findProducts} with queries a clerk types, taken at
 * random from a mix made of the catalog's own products, one fifth of each {@link Kind}. Every answer
 * must be non-empty and match its query: each product found has a code starting with it, the
 * barcode it is, or every word of it in its name once lower-cased and without accents; a barcode's
 * product comes first. No state is left on the server.
 */
final class SearchScenario extends Scenario {

    /** What a clerk types. */
    enum Kind {
        /** A word of a name as written, {@code chocolate} or {@code crème}. */
        WORD,
        /** Two neighbouring words of a name, {@code dark chocolate}. */
        TWO_WORDS,
        /** The first three letters of a word, {@code cho}: type-ahead. */
        PREFIX,
        /** A product's EAN-13 barcode, as typed from a torn label. */
        BARCODE,
        /** A word of a name that has accents, typed without them: {@code creme} for {@code Crème}. */
        ACCENT_FOLDED
    }

    /** One query of the mix. */
    record Query(Kind kind, String text) {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private final List<Query> queries;

    SearchScenario(String name, Connector connector, List<Query> queries) {
        super(name, connector);
        if (queries.isEmpty()) {
            throw new IllegalArgumentException(name + " needs queries");
        }
        this.queries = List.copyOf(queries);
    }

    /**
     * {@code perKind} queries of each kind, from products of {@code catalog} picked at random with
     * {@code seed}; fewer of a kind the catalog has no material for (no accented name, no barcode).
     */
    static List<Query> queriesOf(Catalog catalog, int perKind, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Product> products = catalog.products();
        List<Query> queries = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            int made = 0;
            for (int tries = 0; made < perKind && tries < perKind * 50; tries++) {
                Optional<String> text = query(kind, products.get(random.nextInt(products.size())), random);
                if (text.isPresent()) {
                    queries.add(new Query(kind, text.get()));
                    made++;
                }
            }
        }
        return queries;
    }

    private static Optional<String> query(Kind kind, Product product, SplittableRandom random) {
        List<String> words = Arrays.stream(NOT_WORD.split(product.name().toLowerCase(Locale.ROOT)))
                .filter(w -> w.length() >= 3 && w.chars().anyMatch(Character::isLetter)).toList();
        if (words.isEmpty() && kind != Kind.BARCODE) {
            return Optional.empty();
        }
        return switch (kind) {
            case WORD -> Optional.of(words.get(random.nextInt(words.size())));
            case TWO_WORDS -> {
                if (words.size() < 2) {
                    yield Optional.empty();
                }
                int first = random.nextInt(words.size() - 1);
                yield Optional.of(words.get(first) + " " + words.get(first + 1));
            }
            case PREFIX -> Optional.of(fold(words.get(random.nextInt(words.size()))).substring(0, 3));
            case BARCODE -> product.barcodes().isEmpty() ? Optional.empty() : Optional.of(product.barcodes().get(0));
            case ACCENT_FOLDED -> {
                List<String> accented = words.stream().filter(w -> !fold(w).equals(w)).toList();
                yield accented.isEmpty() ? Optional.empty()
                        : Optional.of(fold(accented.get(random.nextInt(accented.size()))));
            }
        };
    }

    /** Lower case without accents: what search compares. */
    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    @Override
    public Run prepare(CheckoutService admin, Oracle oracle, int threads) {
        return new Run() {
            @Override
            public Worker worker(CheckoutService client, int thread) {
                SplittableRandom random = new SplittableRandom(101L * thread + 3);
                return () -> {
                    Query query = queries.get(random.nextInt(queries.size()));
                    check(query, client.findProducts(query.text()));
                };
            }

            @Override
            public void verify(CheckoutService admin) throws Exception {
                for (Query query : queries.subList(0, Math.min(queries.size(), 20))) {
                    check(query, admin.findProducts(query.text()));
                }
            }
        };
    }

    /** @throws VerificationException when {@code found} is empty or holds a product that does not match */
    void check(Query query, List<Product> found) throws VerificationException {
        if (found.isEmpty()) {
            throw new VerificationException(name() + ": nothing found for " + query);
        }
        String upper = query.text().strip().toUpperCase(Locale.ROOT);
        Optional<String> barcode = Barcode.parse(upper);
        if (query.kind() == Kind.BARCODE && !found.get(0).barcodes().contains(barcode.orElse(upper))) {
            throw new VerificationException(name() + ": " + query + " found " + found.get(0) + " first");
        }
        String[] words = Arrays.stream(NOT_WORD.split(fold(query.text()))).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
        for (Product product : found) {
            String name = fold(product.name());
            boolean matches = product.code().startsWith(upper)
                    || barcode.map(product.barcodes()::contains).orElse(false)
                    || (words.length > 0 && Arrays.stream(words).allMatch(name::contains));
            if (!matches) {
                throw new VerificationException(name() + ": " + query + " found " + product + ", which does not match");
            }
        }
    }
}
