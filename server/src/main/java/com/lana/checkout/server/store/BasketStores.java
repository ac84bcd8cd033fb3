package com.lana.checkout.server.store;

import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.store.jdbc.JdbcBasketStore;
import com.lana.checkout.server.store.memory.InMemoryBasketStore;

/**
 * Opens the store a URL names; the one place that knows which kinds of store exist:
 * {@value #MEMORY}, {@code jdbc:h2:file:PATH} and {@code jdbc:postgresql://HOST:PORT/DB}.
 */
public final class BasketStores {

    /** The URL of the default store: baskets in this server's memory. */
    public static final String MEMORY = "memory";

    /** The environment variable a database store's password is read from, so it shows in no process list. */
    public static final String PASSWORD_VARIABLE = "LANA_STORE_PASSWORD";

    private BasketStores() {
    }

    /**
     * Opens the store at {@code url}.
     *
     * @throws IllegalArgumentException naming the URL when it is of no kind this server knows
     * @throws StoreUnavailableException naming the URL (without password) and the cause when the
     *     database cannot be reached or refuses the login
     */
    public static BasketStore open(String url) throws StoreUnavailableException {
        if (MEMORY.equals(url)) {
            return new InMemoryBasketStore();
        }
        return JdbcBasketStore.open(url, System.getenv(PASSWORD_VARIABLE));
    }
}
