package com.lana.checkout.server.service;

import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.memory.InMemoryStore;

/** The shift desk on the in-memory store. */
class InMemoryShiftDeskTest extends ShiftDeskContract {

    @Override
    protected CheckoutStore openEmptyStore() {
        return new InMemoryStore();
    }
}
