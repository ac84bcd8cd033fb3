package com.lana.checkout.server.catalog;

import com.lana.checkout.api.Barcode;
import com.lana.checkout.api.Product;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds products for what a clerk types, over one catalog version, without scanning it: the words
 * of every name, folded (lower case, accents off: {@code Café} is {@code cafe}), are kept sorted
 * with their product, so the products with a word starting with the query's word are one binary
 * search away, and text inside a word is looked for in the distinct words, a few thousand even in a
 * catalog of 100,000 products, not in every name. Immutable; equal words share one string.
 *
 * <p>Results come in tiers, each ordered by name: the product whose code or barcode the query is;
 * products whose code starts with it; products each of whose query words starts a word of their name
 * (names starting with the query first); and, while there is room, products with a word holding the
 * query (one word) anywhere. Products are ranked by their position in name order, a number worked out
 * once, so ranking compares ints, not names.
 */
final class ProductSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private final Product[] products;
    /** Each product's name, folded. */
    private final String[] names;
    /** Each product's place in the order of folded names, then codes, and the product at each place. */
    private final int[] nameRank;
    private final int[] productAtRank;
    /** Every word of every name, sorted, with the product it is from at the same position. */
    private final String[] words;
    private final int[] wordProducts;
    /** The distinct words, sorted, and where each one's run starts in {@link #words} (one more entry: the end). */
    private final String[] distinct;
    private final int[] distinctStart;
    /** Codes sorted, with their product, for code prefixes. */
    private final String[] codes;
    private final int[] codeProducts;

    ProductSearch(Product[] products) {
        this.products = products;
        this.names = new String[products.length];
        Map<String, String> shared = new HashMap<>();
        List<Entry> entries = new ArrayList<>(products.length * 4);
        for (int i = 0; i < products.length; i++) {
            names[i] = fold(products[i].name());
            for (String word : NOT_WORD.split(names[i])) {
                if (!word.isEmpty()) {
                    entries.add(new Entry(shared.computeIfAbsent(word, w -> w), i));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::text).thenComparingInt(Entry::product));
        this.words = new String[entries.size()];
        this.wordProducts = new int[entries.size()];
        List<String> distinctWords = new ArrayList<>(shared.size());
        int[] starts = new int[shared.size() + 1];
        for (int i = 0; i < entries.size(); i++) {
            words[i] = entries.get(i).text();
            wordProducts[i] = entries.get(i).product();
            if (i == 0 || !words[i].equals(words[i - 1])) {
                starts[distinctWords.size()] = i;
                distinctWords.add(words[i]);
            }
        }
        starts[distinctWords.size()] = words.length;
        this.distinct = distinctWords.toArray(String[]::new);
        this.distinctStart = Arrays.copyOf(starts, distinct.length + 1);
        Integer[] byName = new Integer[products.length];
        Arrays.setAll(byName, i -> i);
        Arrays.sort(byName, Comparator.<Integer, String>comparing(p -> names[p]).thenComparing(p -> products[p].code()));
        this.nameRank = new int[products.length];
        this.productAtRank = new int[products.length];
        for (int rank = 0; rank < byName.length; rank++) {
            nameRank[byName[rank]] = rank;
            productAtRank[rank] = byName[rank];
        }
        Integer[] byCode = new Integer[products.length];
        Arrays.setAll(byCode, i -> i);
        Arrays.sort(byCode, Comparator.comparing(p -> products[p].code()));
        this.codes = new String[products.length];
        this.codeProducts = new int[products.length];
        for (int i = 0; i < byCode.length; i++) {
            codes[i] = products[byCode[i]].code();
            codeProducts[i] = byCode[i];
        }
    }

    private record Entry(String text, int product) {
    }

    /** Lower case without accents or other combining marks: what search compares. */
    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * @param exact the position of the product with a code or barcode, or null: the first tier
     */
    List<Product> find(String query, int limit, Function<String, Integer> exact) {
        String text = query.strip();
        if (text.isEmpty() || limit < 1) {
            return List.of();
        }
        Found found = new Found(limit);
        String upper = text.toUpperCase(Locale.ROOT);
        Integer hit = exact.apply(upper);
        if (hit == null && Barcode.looksLikeBarcode(upper)) {
            hit = Barcode.parse(upper).map(exact).orElse(null);
        }
        if (hit != null) {
            found.take(hit);
        }
        Tier codePrefixed = found.tier();
        for (int i = lowerBound(codes, upper); i < codes.length && codes[i].startsWith(upper); i++) {
            codePrefixed.offer(codeProducts[i], 0);
        }
        codePrefixed.close();
        String folded = fold(text);
        String[] queryWords = Arrays.stream(NOT_WORD.split(folded)).filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (queryWords.length > 0 && found.hasRoom()) {
            wordMatches(queryWords, folded, found.tier());
        }
        if (queryWords.length == 1 && found.hasRoom()) {
            insideWords(queryWords[0], found.tier());
        }
        return found.products();
    }

    /** Products each query word starts a word of, drawn from the rarest query word's run of words. */
    private void wordMatches(String[] queryWords, String folded, Tier tier) {
        int from = 0;
        int to = Integer.MAX_VALUE;
        for (String word : queryWords) {
            int start = lowerBound(words, word);
            int end = start;
            while (end < words.length && words[end].startsWith(word)) {
                end++;
            }
            if (end - start < to - from) {
                from = start;
                to = end;
            }
        }
        for (int i = from; i < to; i++) {
            int product = wordProducts[i];
            if (queryWords.length == 1 || everyWordStartsAWord(queryWords, names[product])) {
                tier.offer(product, names[product].startsWith(folded) ? 0 : 1);
            }
        }
        tier.close();
    }

    /** Products with a word holding {@code word} after its start (a word starting with it is the tier before). */
    private void insideWords(String word, Tier tier) {
        for (int d = 0; d < distinct.length; d++) {
            if (distinct[d].indexOf(word, 1) > 0) {
                for (int i = distinctStart[d]; i < distinctStart[d + 1]; i++) {
                    tier.offer(wordProducts[i], 0);
                }
            }
        }
        tier.close();
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

    /** The results so far, each product once, and room for at most {@code limit}. */
    private final class Found {
        private final int limit;
        private final List<Product> list;
        private final BitSet taken = new BitSet(products.length);

        Found(int limit) {
            this.limit = limit;
            this.list = new ArrayList<>(Math.min(limit, 64));
        }

        boolean hasRoom() {
            return list.size() < limit;
        }

        void take(int product) {
            if (!taken.get(product) && hasRoom()) {
                taken.set(product);
                list.add(products[product]);
            }
        }

        Tier tier() {
            return new Tier(this);
        }

        List<Product> products() {
            return List.copyOf(list);
        }
    }

    /**
     * One tier's candidates, each kept once as a number that sorts as the tier ranks them (its rank
     * within the tier, then its place in name order); closing it adds the best that fit to the results.
     */
    private final class Tier {
        private final Found found;
        private final BitSet offered = new BitSet(products.length);
        private long[] keys = new long[16];
        private int size;

        Tier(Found found) {
            this.found = found;
        }

        void offer(int product, int rank) {
            if (found.taken.get(product) || offered.get(product)) {
                return;
            }
            offered.set(product);
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = ((long) rank << 32) | nameRank[product];
        }

        void close() {
            Arrays.sort(keys, 0, size);
            for (int i = 0; i < size && found.hasRoom(); i++) {
                found.take(productAtRank[(int) keys[i]]);
            }
        }
    }
}
