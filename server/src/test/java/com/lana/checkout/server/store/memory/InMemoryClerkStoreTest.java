package com.lana.checkout.server.store.memory;

import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.ClerkStoreContract;

/** The clerk contract, for clerks in this JVM's memory. */
class InMemoryClerkStoreTest extends ClerkStoreContract {

    @Override
    protected CheckoutStore openEmptyStore() {
        return new InMemoryStore();
    }
}
