package com.lana.checkout.server.store.memory;

import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.ShiftStoreContract;

/** The shift contract, for shifts in this JVM's memory. */
class InMemoryShiftStoreTest extends ShiftStoreContract {

    @Override
    protected CheckoutStore openEmptyStore() {
        return new InMemoryStore();
    }
}
