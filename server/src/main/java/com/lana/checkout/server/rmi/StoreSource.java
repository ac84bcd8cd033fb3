package com.lana.checkout.server.rmi;

import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;

import java.util.Objects;

/** Where a starting server gets its store from. */
@FunctionalInterface
public interface StoreSource {

    /**
     * The store, open.
     *
     * @throws IllegalArgumentException naming the URL when it names no kind of store the server knows
     * @throws StoreUnavailableException when its database cannot be reached
     */
    CheckoutStore open() throws StoreUnavailableException;

    /** The store at {@code url}, as {@link CheckoutStores#open} takes it, opened when the server starts. */
    static StoreSource url(String url) {
        Objects.requireNonNull(url, "store");
        return () -> CheckoutStores.open(url);
    }
}
