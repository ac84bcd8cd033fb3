package com.lana.checkout.server.store.memory;

import com.lana.checkout.server.store.CatalogStoreContract;
import com.lana.checkout.server.store.CheckoutStore;
import org.junit.jupiter.api.Assumptions;

/** The catalog contract, for catalog versions in this JVM's memory. */
class InMemoryCatalogStoreTest extends CatalogStoreContract {

    @Override
    protected CheckoutStore openEmptyStore() {
        return new InMemoryStore();
    }

    /** A memory publish is one append under a lock, after which the version is current: it has no half way. */
    @Override
    protected AutoCloseable refusingProduct(String code) {
        Assumptions.abort("a memory publish has no half way to fail at");
        return () -> { };
    }
}
