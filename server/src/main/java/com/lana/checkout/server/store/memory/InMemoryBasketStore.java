package com.lana.checkout.server.store.memory;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketIdSuffix;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.StaleCatalogException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open baskets of an {@link InMemoryStore}, in a {@link ConcurrentHashMap} of this JVM: lookups
 * take no lock, and each {@link Basket} brings its own monitor, so the only thing terminals share is
 * the map itself. Lost when the server stops.
 *
 * <p>Ids of baskets that expired are remembered (the newest {@value #REMEMBERED_EXPIRED}) so that
 * a clerk coming back to one is told it expired rather than that it never existed; likewise ids of
 * paid baskets (the newest {@value #REMEMBERED_PAID}), with their sale and completing operation, so
 * that a retried completion answers its sale.
 *
 * <p>Completing a sale takes the basket's monitor and then, to number and record the sale, the sale
 * lock of the store's {@link InMemorySales}; adds never take the sale lock.
 */
final class InMemoryBasketStore implements BasketStore {

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
    /** Recently paid baskets, oldest first; written as they are paid, read when a basket is not found. */
    private final Map<BasketId, Paid> paid = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<BasketId, Paid> eldest) {
                    return size() > REMEMBERED_PAID;
                }
            });

    private final InMemorySales sales;
    private final InMemoryCatalogs catalogs;

    InMemoryBasketStore(InMemorySales sales, InMemoryCatalogs catalogs) {
        this.sales = sales;
        this.catalogs = catalogs;
    }

    @Override
    public BasketId create(long nowMillis) {
        long catalogVersion = Math.max(1, catalogs.currentVersion());
        while (true) {
            Basket basket = new Basket(BasketId.random(), catalogVersion, nowMillis);
            // 128 random bits never collide in practice; the loop makes "never" exact.
            if (baskets.putIfAbsent(basket.id(), basket) == null) {
                return basket.id();
            }
        }
    }

    @Override
    public BasketLines change(BasketId id, String line, int delta, OperationId operation, long catalogVersion,
                              long nowMillis)
            throws BasketNotFoundException, InvalidRequestException, StaleCatalogException {
        Basket basket = find(id);
        // The basket's catalog version never changes, so checking it needs no lock.
        if (catalogVersion != ANY_CATALOG && catalogVersion != basket.catalogVersion()) {
            throw new StaleCatalogException(basket.catalogVersion());
        }
        return lines(basket.change(products.indexOf(line), delta, line, operation, nowMillis));
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
                return sales.find(before.sale());
            }
            throw notFound(id);
        }
        SaleNumber number = basket.closeAsPaid(operation, nowMillis, snapshot -> {
            Sale sale = sales.record(id, lines(snapshot), maker);
            // Remembered before the basket is closed and leaves the map, so that whoever misses it
            // in the map finds it here.
            paid.put(id, new Paid(sale.number(), operation));
            return sale.number();
        });
        // Still in the map if this call paid it, or if it is a retry racing that call: either way it is closed.
        baskets.remove(id, basket);
        return sales.find(number);
    }

    /** Looks at every open basket's id: a scan of the map, which takes no basket's monitor but to see it is open. */
    @Override
    public List<BasketId> openEndingWith(BasketIdSuffix suffix) {
        List<BasketId> found = new ArrayList<>();
        baskets.forEach((id, basket) -> {
            if (suffix.matches(id) && !basket.isClosed()) {
                found.add(id);
            }
        });
        return found;
    }

    @Override
    public int size() {
        return baskets.size();
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
        return new BasketLines(snapshot.id(), snapshot.version(), lines, snapshot.catalogVersion());
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
