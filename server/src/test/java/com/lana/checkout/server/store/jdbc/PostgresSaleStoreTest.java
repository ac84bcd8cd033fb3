package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.BasketStores;

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
    protected BasketStore openEmptyStore() throws Exception {
        BasketStore opened = BasketStores.open(postgres.storeUrl());
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
    protected BasketStore reopenStore() throws Exception {
        return BasketStores.open(postgres.storeUrl());
    }
}
