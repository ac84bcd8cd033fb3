package com.lana.checkout.server.store.memory;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small int indexes for product codes, so that an in-memory {@link Basket} packs each line into two
 * ints. Line keys (product codes, and the digits of price labels scanned) get indexes in the order
 * they are first seen and keep them for the store's life: as many as the products sold and the
 * distinct labels scanned. Thread-safe: reading an index takes no lock.
 */
final class ProductIndex {

    private final ConcurrentHashMap<String, Integer> indexes = new ConcurrentHashMap<>();
    private volatile String[] codes = new String[16];
    private int size;

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
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size * 2);   // doubling: registering n codes copies O(n) in all
        }
        codes[size] = code;
        // Written before the map publishes the index: a reader that finds the index in the map
        // (a happens-before edge) finds the array and the code in it.
        indexes.put(code, size);
        return size++;
    }
}
