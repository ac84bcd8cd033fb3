package com.lana.checkout.client.sale;

import com.lana.checkout.api.Receipt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What changed in a basket between the receipt a till had and a later one the server answered,
 * told the way the clerk reads it: {@code MUG added, 1 PEN removed at another terminal}. A
 * re-read that finds a newer version than this till made is another terminal's doing.
 */
final class BasketChanges {

    private BasketChanges() {
    }

    /**
     * The changes from {@code before} to {@code after}, products in the order of the later receipt
     * (removed ones last); empty when they are receipts of different baskets, {@code after} is not
     * newer, or the units of every product are the same.
     */
    static Optional<String> between(Receipt before, Receipt after) {
        if (before == null || after == null || !before.basket().equals(after.basket())
                || after.version() <= before.version()) {
            return Optional.empty();
        }
        Map<String, Integer> delta = new LinkedHashMap<>();
        after.lines().forEach(line -> delta.merge(line.code(), line.quantity(), Integer::sum));
        before.lines().forEach(line -> delta.merge(line.code(), -line.quantity(), Integer::sum));
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        delta.forEach((code, units) -> {
            if (units > 0) {
                added.add((units == 1 ? "" : units + " ") + code + " added");
            } else if (units < 0) {
                removed.add(-units + " " + code + " removed");
            }
        });
        added.addAll(removed);
        return added.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", added) + " at another terminal");
    }
}
