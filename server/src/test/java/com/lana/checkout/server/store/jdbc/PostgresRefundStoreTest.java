package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.RefundStoreContract;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The refund contract, for refunds in a real PostgreSQL server. */
class PostgresRefundStoreTest extends RefundStoreContract {

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
    protected int raceRounds() {
        return 40;
    }

    @Override
    protected int refundsPerThread() {
        return 25;
    }
}
