package com.lana.checkout.server.store.kinds;

import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.jdbc.JdbcStore;
import com.lana.checkout.server.store.memory.InMemoryStore;

/**
 * Opens the store a URL names; the one place that knows which kinds of store exist:
 * {@value #MEMORY}, {@code jdbc:h2:file:PATH} and {@code jdbc:postgresql://HOST:PORT/DB}.
 */
public final class CheckoutStores {

    /** The URL of the default store: baskets and sales in this server's memory. */
    public static final String MEMORY = "memory";

    /** The environment variable a database store's password is read from, so it shows in no process list. */
    public static final String PASSWORD_VARIABLE = "LANA_STORE_PASSWORD";

    /** The URLs {@link #open} accepts, for messages. */
    static final String SUPPORTED = MEMORY + ", jdbc:h2:file:PATH or jdbc:postgresql://HOST:PORT/DB";

    private CheckoutStores() {
    }

    /**
     * Opens the store at {@code url}.
     *
     * @throws IllegalArgumentException naming the URL when it is of no kind this server knows
     * @throws StoreUnavailableException naming the URL (without password) and the cause when the
     *     database cannot be reached or refuses the login
     */
    public static CheckoutStore open(String url) throws StoreUnavailableException {
        if (MEMORY.equals(url)) {
            return new InMemoryStore();
        }
        if (JdbcStore.supports(url)) {
            return JdbcStore.open(url, System.getenv(PASSWORD_VARIABLE));
        }
        throw new IllegalArgumentException("Unsupported store '" + JdbcStore.withoutPassword(url) + "': use " + SUPPORTED);
    }
}
