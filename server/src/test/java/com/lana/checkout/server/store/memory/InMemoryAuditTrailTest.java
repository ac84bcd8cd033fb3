package com.lana.checkout.server.store.memory;

import com.lana.checkout.server.store.AuditTrailContract;
import com.lana.checkout.server.store.CheckoutStore;

/** The audit trail contract, for a trail in this JVM's memory. */
class InMemoryAuditTrailTest extends AuditTrailContract {

    @Override
    protected CheckoutStore openEmptyStore() {
        return new InMemoryStore();
    }
}
