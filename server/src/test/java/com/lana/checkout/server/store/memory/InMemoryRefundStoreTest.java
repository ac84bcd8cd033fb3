package com.lana.checkout.server.store.memory;

import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.RefundStoreContract;

/** The refund contract, for refunds in this JVM's memory. */
class InMemoryRefundStoreTest extends RefundStoreContract {

    @Override
    protected CheckoutStore openEmptyStore() {
        return new InMemoryStore();
    }
}
