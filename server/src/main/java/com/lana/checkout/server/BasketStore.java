package com.lana.checkout.server;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;

/**
 * Where open baskets live. The service only ever goes through this interface, so another store
 * (a database, a cache in front of one, a partition of a cluster) replaces {@link InMemoryBasketStore}
 * without touching pricing or RMI. See the README's "Plugging in a database".
 *
 * <p>Implementations are thread-safe, and {@link #remove} closes the basket it removes, so a change
 * racing the removal either lands before it or fails with {@link BasketNotFoundException}.
 */
public interface BasketStore {

    /** Opens a new, empty basket with a fresh random id. */
    Basket create();

    /**
     * The open basket with this id.
     *
     * @throws BasketNotFoundException if there is none; its reason says when it expired
     */
    Basket find(BasketId id) throws BasketNotFoundException;

    /**
     * Removes and closes the basket. Removing the same basket twice fails the second time.
     *
     * @throws BasketNotFoundException if there is no open basket with this id
     */
    void remove(BasketId id) throws BasketNotFoundException;

    /** Closes and forgets every basket not used since {@code cutoffMillis}; answers how many. */
    int expireIdleSince(long cutoffMillis);

    /** How many baskets are open. */
    int size();
}
