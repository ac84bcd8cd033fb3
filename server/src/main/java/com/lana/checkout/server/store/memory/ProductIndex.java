package com.lana.checkout.server.store.memory;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small int indexes for product codes, so that an in-memory {@link Basket} packs each line into two
 * ints. Codes get indexes in the order they are first seen and keep them; there are only as many as
 * the catalog sells. Thread-safe: reading an index takes no lock.
 */
final class ProductIndex {

    private final ConcurrentHashMap<String, Integer> indexes = new ConcurrentHashMap<>();
    private volatile String[] codes = new String[0];

    int indexOf(String code) {
        Integer index = indexes.get(code);
        return index != null ? index : register(code);
    }

    String code(int index) {
        return codes[index];
    }

    private synchronized int register(String code) {
        Integer index = indexes.get(code);
        if (index != null) {
            return index;
        }
        String[] grown = Arrays.copyOf(codes, codes.length + 1);
        grown[codes.length] = code;
        // Published before the index, so a reader that finds the index finds its code.
        codes = grown;
        indexes.put(code, codes.length - 1);
        return codes.length - 1;
    }
}
