package com.lana.checkout.bench.chainday;

import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNotFoundException;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.bench.VerificationException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The checks after a step, through the API only: every scan a till was told of is in its basket (or
 * its sale) exactly once, every sale a till was told of is recorded once, with those items and that
 * total, and the sale numbers from the step's first to its last have no gap and none that no till
 * was told of. Assumes the tills were the only ones selling during the step.
 */
final class LedgerCheck {

    /** The most problems one failure names; the count says how many more there were. */
    private static final int NAMED = 10;

    private LedgerCheck() {
    }

    /**
     * @throws VerificationException naming what was lost or doubled
     */
    static void verify(CheckoutService admin, Collection<TillSale> ledger) throws Exception {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Map<SaleNumber, TillSale> byNumber = new HashMap<>();
        List<TillSale> toRead = new ArrayList<>();
        for (TillSale sale : ledger) {
            TillSale other = sale.number() == null ? null : byNumber.putIfAbsent(sale.number(), sale);
            if (other != null) {
                problems.add("DOUBLED sale number " + sale.number() + ": told to " + other + " and to " + sale);
            } else {
                toRead.add(sale);
            }
        }
        BoundedCalls.forEach(toRead, sale -> check(admin, sale, problems));
        if (!byNumber.isEmpty()) {
            TreeSet<SaleNumber> numbers = new TreeSet<>(byNumber.keySet());
            for (long n = numbers.first().value() + 1; n <= numbers.last().value() + 1; n++) {
                SaleNumber number = new SaleNumber(n);
                if (numbers.contains(number)) {
                    continue;
                }
                try {
                    Sale extra = admin.sale(number);
                    problems.add("DOUBLED or unacknowledged sale " + extra.number() + " (" + extra.total()
                            + "): recorded, but no till was told of it");
                } catch (SaleNotFoundException e) {
                    if (n <= numbers.last().value()) {
                        problems.add("GAP in sale numbers: no sale " + number + " between " + numbers.first()
                                + " and " + numbers.last());
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            Collections.sort(problems);
            String more = problems.size() > NAMED ? "; and " + (problems.size() - NAMED) + " more" : "";
            throw new VerificationException("chain-day check failed: "
                    + String.join("; ", problems.subList(0, Math.min(NAMED, problems.size()))) + more);
        }
    }

    /** Compares one basket, or the sale it was paid as, with what its till was told. */
    private static void check(CheckoutService admin, TillSale sale, List<String> problems) throws Exception {
        if (sale.number() == null) {
            compare(sale, lines(admin.receipt(sale.basket()).lines()), problems);
            return;
        }
        Sale recorded;
        try {
            recorded = admin.sale(sale.number());
        } catch (SaleNotFoundException e) {
            problems.add("LOST sale " + sale.number() + ": " + sale + " was told it was recorded, the server has no such sale");
            return;
        }
        compare(sale, lines(recorded.receipt().lines()), problems);
        if (!recorded.total().equals(sale.total())) {
            problems.add("Sale " + sale.number() + " of " + sale + " is recorded for " + recorded.total()
                    + ", the till was told " + sale.total());
        }
    }

    private static Map<String, Integer> lines(List<Receipt.Line> lines) {
        Map<String, Integer> units = new TreeMap<>();
        for (Receipt.Line line : lines) {
            units.merge(line.code(), line.quantity(), Integer::sum);
        }
        return units;
    }

    private static void compare(TillSale sale, Map<String, Integer> stored, List<String> problems) {
        Map<String, Integer> told = new TreeMap<>(sale.acknowledged());
        TreeSet<String> codes = new TreeSet<>(told.keySet());
        codes.addAll(stored.keySet());
        for (String code : codes) {
            int expected = told.getOrDefault(code, 0);
            int found = stored.getOrDefault(code, 0);
            if (found < expected) {
                problems.add("LOST " + (expected - found) + " x " + code + " in " + sale + ": the till was told of "
                        + expected + ", the server has " + found);
            } else if (found > expected) {
                problems.add("DOUBLED " + (found - expected) + " x " + code + " in " + sale + ": the till was told of "
                        + expected + ", the server has " + found);
            }
        }
    }
}
