package com.lana.checkout.bench;

import com.lana.checkout.server.store.BasketStore;

/** What the server refuses, as far as the scenarios that pile units into one basket must care. */
final class Limits {

    /**
     * Units of one product after which an add scenario moves on to a fresh basket: 90% of
     * {@link BasketStore#MAX_LINE_QUANTITY}, so adds still in flight (at most one per client thread)
     * can never push a basket over the limit, however fast the machine.
     */
    static final long ROTATE_AT = BasketStore.MAX_LINE_QUANTITY * 9L / 10;

    private Limits() {
    }
}
