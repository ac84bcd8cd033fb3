package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.ClerkStoreContract;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The clerk contract, for clerks in a real PostgreSQL server, shared by the servers on it. */
class PostgresClerkStoreTest extends ClerkStoreContract {

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
        postgres.deleteAllClerks();
        return opened;
    }
}
