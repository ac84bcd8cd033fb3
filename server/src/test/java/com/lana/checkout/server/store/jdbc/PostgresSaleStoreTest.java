package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The sale contract, for sales in a real PostgreSQL server, and that sales outlive the store. */
class PostgresSaleStoreTest extends DurableSaleStoreContract {

    private static TestPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = TestPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Override
    protected CheckoutStore openEmptyStore() throws Exception {
        CheckoutStore opened = CheckoutStores.open(postgres.storeUrl());
        postgres.deleteAllBaskets();
        postgres.deleteAllSales();
        return opened;
    }

    @Override
    protected int salesPerThread() {
        return 25;
    }

    @Override
    protected int raceRounds() {
        return 40;
    }

    @Override
    protected CheckoutStore reopenStore() throws Exception {
        return CheckoutStores.open(postgres.storeUrl());
    }
}
