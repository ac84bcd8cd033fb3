package com.lana.checkout.bench.chainday;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.SaleNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One customer's basket as its till knows it: only what the server acknowledged. Written by one
 * till at a time (its actions never overlap) and read by the checks once every till has stopped.
 */
final class TillSale {

    private final int till;
    private final BasketId basket;
    private final int itemsToPay;
    private final Map<String, Integer> acknowledged = new TreeMap<>();
    private int items;
    private SaleNumber number;
    private Money total;

    TillSale(int till, BasketId basket, int itemsToPay) {
        this.till = till;
        this.basket = basket;
        this.itemsToPay = itemsToPay;
    }

    int till() {
        return till;
    }

    BasketId basket() {
        return basket;
    }

    /** The scans after which the clerk takes the payment. */
    boolean readyToPay() {
        return items >= itemsToPay;
    }

    int items() {
        return items;
    }

    void scanned(String code) {
        acknowledged.merge(code, 1, Integer::sum);
        items++;
    }

    void voided(String code) {
        acknowledged.computeIfPresent(code, (c, units) -> units == 1 ? null : units - 1);
        items--;
    }

    /** A code with at least one acknowledged unit, picked by {@code random} (0 to 1). */
    String anyCode(double random) {
        List<String> codes = new ArrayList<>(acknowledged.keySet());
        return codes.get((int) (random * codes.size()));
    }

    void paid(SaleNumber number, Money total) {
        this.number = number;
        this.total = total;
    }

    /** Product code to units, as acknowledged to the till. */
    Map<String, Integer> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    /** The sale number the server answered, or null while the basket is open. */
    SaleNumber number() {
        return number;
    }

    Money total() {
        return total;
    }

    @Override
    public String toString() {
        return "till " + till + "'s basket " + basket.shortCode() + (number == null ? "" : " (sale " + number + ")");
    }
}
