package com.lana.checkout.server.store;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNotFoundException;
import com.lana.checkout.api.SaleNumber;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Baskets in a {@link ConcurrentHashMap} of this JVM, the default store and the fastest: lookups
 * take no lock, and each {@link Basket} brings its own monitor, so the only thing terminals share is
 * the map itself. Lost when the server stops, sales included.
 *
 * <p>Ids of baskets that expired are remembered (the newest {@value #REMEMBERED_EXPIRED}) so that
 * a clerk coming back to one is told it expired rather than that it never existed; likewise ids of
 * paid baskets (the newest {@value #REMEMBERED_PAID}), with their sale and completing operation, so
 * that a retried completion answers its sale.
 *
 * <p>Sales are kept for as long as the store lives, numbered from {@code S-000001} without gaps.
 * Completing a sale takes the basket's monitor and then one store-wide sale lock; adds never take
 * the sale lock.
 */
public final class InMemoryBasketStore implements BasketStore {

    static final int REMEMBERED_EXPIRED = 100_000;
    static final int REMEMBERED_PAID = 100_000;

    private final ConcurrentHashMap<BasketId, Basket> baskets = new ConcurrentHashMap<>();
    private final ProductIndex products = new ProductIndex();
    /** Recently expired ids, oldest first; touched only when baskets expire or are not found. */
    private final Set<BasketId> expired = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<BasketId, Boolean> eldest) {
                    return size() > REMEMBERED_EXPIRED;
                }
            }));
    /** Recently paid baskets, oldest first; written under the sale lock, read when a basket is not found. */
    private final Map<BasketId, Paid> paid = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<BasketId, Paid> eldest) {
                    return size() > REMEMBERED_PAID;
                }
            });

    /**
     * Held while a sale takes its number, is made and is recorded: see {@link #record}. Guards
     * {@link #lastSale} and {@link #salesByDay}.
     */
    private final Object saleLock = new Object();
    private long lastSale;
    private final Map<SaleNumber, Sale> salesByNumber = new ConcurrentHashMap<>();
    /** Each day's sales in number order, since numbers are taken and sales appended under one lock. */
    private final Map<LocalDate, List<Sale>> salesByDay = new HashMap<>();

    @Override
    public BasketId create(long nowMillis) {
        while (true) {
            Basket basket = new Basket(BasketId.random(), nowMillis);
            // 128 random bits never collide in practice; the loop makes "never" exact.
            if (baskets.putIfAbsent(basket.id(), basket) == null) {
                return basket.id();
            }
        }
    }

    @Override
    public BasketLines change(BasketId id, String product, int delta, OperationId operation, long nowMillis)
            throws BasketNotFoundException, InvalidRequestException {
        return lines(find(id).change(products.indexOf(product), delta, product, operation, nowMillis));
    }

    @Override
    public BasketLines read(BasketId id, long nowMillis) throws BasketNotFoundException {
        return lines(find(id).read(nowMillis));
    }

    @Override
    public BasketLines remove(BasketId id) throws BasketNotFoundException {
        Basket basket = baskets.remove(id);
        Basket.Snapshot last = basket == null ? null : basket.close();
        if (last == null) {
            throw notFound(id);
        }
        return lines(last);
    }

    @Override
    public int expireIdleSince(long cutoffMillis) {
        int count = 0;
        for (Basket basket : baskets.values()) {
            // Closing under the basket's monitor first means a change that arrives meanwhile
            // either ran before (and refreshed the basket, so it is not idle) or fails.
            if (basket.closeIfIdleSince(cutoffMillis)) {
                expired.add(basket.id());
                baskets.remove(basket.id(), basket);
                count++;
            }
        }
        return count;
    }

    @Override
    public Sale completeSale(BasketId id, OperationId operation, SaleMaker maker, long nowMillis)
            throws CheckoutException {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(maker, "maker");
        Basket basket = baskets.get(id);
        if (basket == null) {
            // Paid a while ago (or never there): a retry of the completion answers its sale.
            Paid before = paid.get(id);
            if (before != null && before.operation().equals(operation)) {
                return salesByNumber.get(before.sale());
            }
            throw notFound(id);
        }
        SaleNumber number = basket.closeAsPaid(operation, nowMillis,
                snapshot -> record(id, operation, lines(snapshot), maker));
        // Still in the map if this call paid it, or if it is a retry racing that call: either way it is closed.
        baskets.remove(id, basket);
        return salesByNumber.get(number);
    }

    /**
     * Gives the sale the next number, makes it and records it, with the basket's monitor held by the
     * caller. The sale lock is held across {@code maker} on purpose: the maker needs the number, and
     * a sale it refuses must leave that number to the next one, so no other sale may take a number
     * until this one is recorded or refused. Making a sale is pricing and checking payments, pure and
     * short, and happens once per basket, so sales queue only behind each other, never behind adds.
     * (Taking numbers optimistically and making the sale again when another took it first would
     * call the maker more than once for one completion, for little gain.)
     */
    private SaleNumber record(BasketId basket, OperationId operation, BasketLines lines, SaleMaker maker)
            throws CheckoutException {
        synchronized (saleLock) {
            SaleNumber number = new SaleNumber(lastSale + 1);
            Sale sale = maker.make(lines, number);
            if (sale == null || !sale.number().equals(number) || !sale.receipt().basket().equals(basket)) {
                throw new IllegalStateException("The sale of basket " + basket + " must have number " + number
                        + " and be of that basket, was " + (sale == null ? "no sale"
                        : sale.number() + " of basket " + sale.receipt().basket()));
            }
            lastSale = number.value();
            salesByNumber.put(number, sale);
            salesByDay.computeIfAbsent(sale.time().toLocalDate(), day -> new ArrayList<>()).add(sale);
            // Remembered before the basket is closed and leaves the map, so that whoever misses it
            // in the map finds it here.
            paid.put(basket, new Paid(number, operation));
            return number;
        }
    }

    @Override
    public Sale sale(SaleNumber number) throws SaleNotFoundException {
        Sale sale = salesByNumber.get(number);
        if (sale == null) {
            throw new SaleNotFoundException(number);
        }
        return sale;
    }

    @Override
    public List<Sale> sales(LocalDate day) {
        synchronized (saleLock) {
            return List.copyOf(salesByDay.getOrDefault(day, List.of()));
        }
    }

    @Override
    public DayReport dayReport(LocalDate day) {
        synchronized (saleLock) {
            return DayReport.of(day, salesByDay.getOrDefault(day, List.of()));
        }
    }

    @Override
    public int size() {
        return baskets.size();
    }

    @Override
    public String description() {
        return "memory (baskets and sales are lost when the server stops)";
    }

    /** Nothing to let go of: the baskets simply become garbage with the store. */
    @Override
    public void close() {
    }

    /** How many expired ids are remembered; at most {@value #REMEMBERED_EXPIRED}. */
    int rememberedExpired() {
        return expired.size();
    }

    /** How many paid ids are remembered; at most {@value #REMEMBERED_PAID}. */
    int rememberedPaid() {
        return paid.size();
    }

    private Basket find(BasketId id) throws BasketNotFoundException {
        Basket basket = baskets.get(id);
        if (basket == null) {
            throw notFound(id);
        }
        return basket;
    }

    private BasketLines lines(Basket.Snapshot snapshot) {
        List<BasketLines.Line> lines = new ArrayList<>(snapshot.lineCount());
        for (int i = 0; i < snapshot.lineCount(); i++) {
            lines.add(new BasketLines.Line(products.code(snapshot.product(i)), snapshot.quantity(i)));
        }
        return new BasketLines(snapshot.id(), snapshot.version(), lines);
    }

    private BasketNotFoundException notFound(BasketId id) {
        Paid before = paid.get(id);
        if (before != null) {
            return BasketNotFoundException.paid(id, before.sale());
        }
        return new BasketNotFoundException(id, expired.contains(id)
                ? BasketNotFoundException.Reason.EXPIRED
                : BasketNotFoundException.Reason.UNKNOWN);
    }

    /** A paid basket's sale, and the operation that completed it. */
    private record Paid(SaleNumber sale, OperationId operation) {
    }
}
