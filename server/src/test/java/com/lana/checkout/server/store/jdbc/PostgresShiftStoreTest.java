package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.sql.SQLException;

/** The shift contract, for shifts in a real PostgreSQL server, and that they outlive the store. */
class PostgresShiftStoreTest extends DurableShiftStoreContract {

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
        postgres.deleteAllShifts();
        return opened;
    }

    @Override
    protected CheckoutStore reopenStore() throws Exception {
        return CheckoutStores.open(postgres.storeUrl());
    }

    @Override
    protected void execute(String sql) throws SQLException {
        postgres.execute(sql);
    }

    @Override
    protected int closesPerTill() {
        return 20;
    }
}
