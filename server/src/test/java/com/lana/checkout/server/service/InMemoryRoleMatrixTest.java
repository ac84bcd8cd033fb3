package com.lana.checkout.server.service;

import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;

/** The role matrix, with clerks, sales and the audit trail in memory. */
class InMemoryRoleMatrixTest extends RoleMatrixContract {

    @Override
    protected CheckoutStore openEmptyStore() throws Exception {
        return CheckoutStores.open(CheckoutStores.MEMORY);
    }
}
