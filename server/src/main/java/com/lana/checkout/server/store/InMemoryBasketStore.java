package com.lana.checkout.server.store;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Baskets in a {@link ConcurrentHashMap} of this JVM, the default store and the fastest: lookups
 * take no lock, and each {@link Basket} brings its own monitor, so the only thing terminals share is
 * the map itself. Lost when the server stops.
 *
 * <p>Ids of baskets that expired are remembered (the newest {@value #REMEMBERED_EXPIRED}) so that
 * a clerk coming back to one is told it expired rather than that it never existed.
 */
public final class InMemoryBasketStore implements BasketStore {

    static final int REMEMBERED_EXPIRED = 100_000;

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
    public com.lana.checkout.api.Sale completeSale(BasketId basket, OperationId operation, SaleMaker maker,
            long nowMillis) {
        throw new UnsupportedOperationException("Sales are not kept by this store yet");
    }

    @Override
    public com.lana.checkout.api.Sale sale(com.lana.checkout.api.SaleNumber number) {
        throw new UnsupportedOperationException("Sales are not kept by this store yet");
    }

    @Override
    public java.util.List<com.lana.checkout.api.Sale> sales(java.time.LocalDate day) {
        throw new UnsupportedOperationException("Sales are not kept by this store yet");
    }

    @Override
    public int size() {
        return baskets.size();
    }

    @Override
    public String description() {
        return "memory (baskets are lost when the server stops)";
    }

    /** Nothing to let go of: the baskets simply become garbage with the store. */
    @Override
    public void close() {
    }

    /** How many expired ids are remembered; at most {@value #REMEMBERED_EXPIRED}. */
    int rememberedExpired() {
        return expired.size();
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
        return new BasketNotFoundException(id, expired.contains(id)
                ? BasketNotFoundException.Reason.EXPIRED
                : BasketNotFoundException.Reason.UNKNOWN);
    }
}
