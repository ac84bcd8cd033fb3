package com.lana.checkout.server.catalog;

import com.lana.checkout.api.Barcode;
import com.lana.checkout.api.Product;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.regex.Pattern;

/**
 * Finds products for what a clerk types, over one catalog version, without scanning it for the usual
 * query: the words of every name, folded (lower case, accents off: {@code Café} is {@code cafe}),
 * are kept sorted with their product, so the products with a word starting with the query's word
 * are one binary search away. Immutable.
 *
 * <p>Results come in tiers, each ordered by name: the product whose code or barcode the query is;
 * products whose code starts with it; products each of whose query words starts a word of their name
 * (names starting with the query first); and, only while there is room, products whose name holds the
 * query anywhere. Only the best {@code limit} are kept while ranking, so a one-letter query over
 * 100,000 products costs a pass over its matches, not a sort of them.
 */
final class ProductSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private final Product[] products;
    /** Each product's name, folded. */
    private final String[] names;
    /** Every word of every name, folded and sorted, with the product it is from at the same position. */
    private final String[] words;
    private final int[] wordProducts;
    /** Product positions by code, for code prefixes. */
    private final String[] codes;
    private final int[] codeProducts;

    ProductSearch(Product[] products) {
        this.products = products;
        this.names = new String[products.length];
        List<Entry> entries = new ArrayList<>(products.length * 3);
        for (int i = 0; i < products.length; i++) {
            names[i] = fold(products[i].name());
            for (String word : NOT_WORD.split(names[i])) {
                if (!word.isEmpty()) {
                    entries.add(new Entry(word, i));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::text).thenComparingInt(Entry::product));
        this.words = entries.stream().map(Entry::text).toArray(String[]::new);
        this.wordProducts = entries.stream().mapToInt(Entry::product).toArray();
        List<Entry> byCode = new ArrayList<>(products.length);
        for (int i = 0; i < products.length; i++) {
            byCode.add(new Entry(products[i].code(), i));
        }
        byCode.sort(Comparator.comparing(Entry::text));
        this.codes = byCode.stream().map(Entry::text).toArray(String[]::new);
        this.codeProducts = byCode.stream().mapToInt(Entry::product).toArray();
    }

    private record Entry(String text, int product) {
    }

    /** Lower case without accents or other combining marks: what search compares. */
    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * @param exact the price list's index of codes and barcodes, for the first tier
     */
    List<Product> find(String query, int limit, Map<String, Integer> exact) {
        String text = query.strip();
        if (text.isEmpty() || limit < 1) {
            return List.of();
        }
        List<Product> found = new ArrayList<>(limit);
        BitSet taken = new BitSet(products.length);
        String upper = text.toUpperCase(Locale.ROOT);
        Integer hit = exact.get(upper);
        if (hit == null && Barcode.looksLikeBarcode(upper)) {
            hit = Barcode.parse(upper).map(exact::get).orElse(null);
        }
        if (hit != null) {
            take(hit, found, taken);
        }
        addBest(codePrefixed(upper), found, taken, limit);
        String folded = fold(text);
        String[] queryWords = Arrays.stream(NOT_WORD.split(folded)).filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (queryWords.length > 0 && found.size() < limit) {
            addBest(wordMatches(queryWords, folded), found, taken, limit);
        }
        if (found.size() < limit && !folded.isBlank()) {
            addBest(nameContains(folded, taken), found, taken, limit);
        }
        return List.copyOf(found);
    }

    private void take(int product, List<Product> found, BitSet taken) {
        if (!taken.get(product)) {
            taken.set(product);
            found.add(products[product]);
        }
    }

    /** Adds a tier's candidates, best {@code limit - found} of them, ordered by their rank then by name. */
    private void addBest(Candidates tier, List<Product> found, BitSet taken, int limit) {
        int room = limit - found.size();
        if (room <= 0) {
            return;
        }
        Comparator<Integer> better = Comparator.<Integer>comparingInt(tier::rank)
                .thenComparing(p -> names[p]).thenComparing(p -> products[p].code());
        PriorityQueue<Integer> best = new PriorityQueue<>(room + 1, better.reversed());
        BitSet queued = new BitSet(products.length);   // a product is a candidate once per word of its name
        tier.forEach(product -> {
            if (!taken.get(product) && !queued.get(product)) {
                queued.set(product);
                best.add(product);
                if (best.size() > room) {
                    best.poll();
                }
            }
        });
        List<Integer> ordered = new ArrayList<>(best);
        ordered.sort(better);
        ordered.forEach(product -> take(product, found, taken));
    }

    /** A tier's products, each with a rank (lower is better), possibly repeated. */
    private interface Candidates {
        void forEach(java.util.function.IntConsumer action);

        int rank(int product);
    }

    private Candidates codePrefixed(String prefix) {
        int from = lowerBound(codes, prefix);
        return new Candidates() {
            @Override
            public void forEach(java.util.function.IntConsumer action) {
                for (int i = from; i < codes.length && codes[i].startsWith(prefix); i++) {
                    action.accept(codeProducts[i]);
                }
            }

            @Override
            public int rank(int product) {
                return 0;
            }
        };
    }

    /** Products each query word starts a word of, drawn from the rarest query word's matches. */
    private Candidates wordMatches(String[] queryWords, String folded) {
        String rarest = null;
        int rarestFrom = 0;
        int rarestTo = 0;
        for (String word : queryWords) {
            int from = lowerBound(words, word);
            int to = from;
            while (to < words.length && words[to].startsWith(word)) {
                to++;
            }
            if (rarest == null || to - from < rarestTo - rarestFrom) {
                rarest = word;
                rarestFrom = from;
                rarestTo = to;
            }
        }
        int from = rarestFrom;
        int to = rarestTo;
        return new Candidates() {
            @Override
            public void forEach(java.util.function.IntConsumer action) {
                for (int i = from; i < to; i++) {
                    int product = wordProducts[i];
                    if (everyWordStartsAWord(queryWords, names[product])) {
                        action.accept(product);
                    }
                }
            }

            @Override
            public int rank(int product) {
                return names[product].startsWith(folded) ? 0 : 1;
            }
        };
    }

    private static boolean everyWordStartsAWord(String[] queryWords, String name) {
        for (String word : queryWords) {
            int at = name.indexOf(word);
            boolean found = false;
            while (at >= 0 && !found) {
                found = at == 0 || !Character.isLetterOrDigit(name.charAt(at - 1));
                at = found ? at : name.indexOf(word, at + 1);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private Candidates nameContains(String folded, BitSet taken) {
        return new Candidates() {
            @Override
            public void forEach(java.util.function.IntConsumer action) {
                for (int product = 0; product < names.length; product++) {
                    if (!taken.get(product) && names[product].contains(folded)) {
                        action.accept(product);
                    }
                }
            }

            @Override
            public int rank(int product) {
                return 0;
            }
        };
    }

    /** The first position in sorted {@code values} whose value is not less than {@code key}. */
    private static int lowerBound(String[] values, String key) {
        int low = 0;
        int high = values.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (values[middle].compareTo(key) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
