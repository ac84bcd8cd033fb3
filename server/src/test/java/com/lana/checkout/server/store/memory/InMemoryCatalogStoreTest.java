package com.lana.checkout.server.store.memory;

import com.lana.checkout.server.store.CatalogStoreContract;
import com.lana.checkout.server.store.CheckoutStore;

/** The catalog contract, for catalog versions in this JVM's memory. */
class InMemoryCatalogStoreTest extends CatalogStoreContract {

    @Override
    protected CheckoutStore openEmptyStore() {
        return new InMemoryStore();
    }
}
