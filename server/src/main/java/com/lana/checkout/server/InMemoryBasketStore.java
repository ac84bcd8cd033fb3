package com.lana.checkout.server;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Baskets in a {@link ConcurrentHashMap}: lookups take no lock, and each basket brings its own
 * monitor, so the only thing terminals share is the map itself. Lost when the server stops.
 *
 * <p>Ids of baskets that expired are remembered (the newest {@value #REMEMBERED_EXPIRED}) so that
 * a clerk coming back to one is told it expired rather than that it never existed.
 */
public final class InMemoryBasketStore implements BasketStore {

    static final int REMEMBERED_EXPIRED = 100_000;

    private final ConcurrentHashMap<BasketId, Basket> baskets = new ConcurrentHashMap<>();
    private final Clock clock;
    /** Recently expired ids, oldest first; touched only when baskets expire or are not found. */
    private final Set<BasketId> expired = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<BasketId, Boolean> eldest) {
                    return size() > REMEMBERED_EXPIRED;
                }
            }));

    public InMemoryBasketStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Basket create() {
        while (true) {
            Basket basket = new Basket(BasketId.random(), clock.millis());
            // 128 random bits never collide in practice; the loop makes "never" exact.
            if (baskets.putIfAbsent(basket.id(), basket) == null) {
                return basket;
            }
        }
    }

    @Override
    public Basket find(BasketId id) throws BasketNotFoundException {
        Basket basket = baskets.get(id);
        if (basket == null) {
            throw notFound(id);
        }
        return basket;
    }

    @Override
    public void remove(BasketId id) throws BasketNotFoundException {
        Basket basket = baskets.remove(id);
        if (basket == null || !basket.close()) {
            throw notFound(id);
        }
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
    public int size() {
        return baskets.size();
    }

    /** How many expired ids are remembered; at most {@value #REMEMBERED_EXPIRED}. */
    int rememberedExpired() {
        return expired.size();
    }

    private BasketNotFoundException notFound(BasketId id) {
        return new BasketNotFoundException(id, expired.contains(id)
                ? BasketNotFoundException.Reason.EXPIRED
                : BasketNotFoundException.Reason.UNKNOWN);
    }
}
