package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.server.service.ShiftDeskContract;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.concurrent.atomic.AtomicInteger;

/** The shift desk on a real PostgreSQL server, a new database for each test. */
class PostgresShiftDeskTest extends ShiftDeskContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
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
        return CheckoutStores.open(postgres.newDatabase("shift_desk_" + DATABASES.incrementAndGet()));
    }
}
