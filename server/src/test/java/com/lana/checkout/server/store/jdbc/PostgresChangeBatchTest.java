package com.lana.checkout.server.store.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Batched basket changes in a real PostgreSQL server. */
class PostgresChangeBatchTest extends ChangeBatchContract {

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
    protected String url() {
        return postgres.storeUrl();
    }

    @Override
    protected boolean postgresql() {
        return true;
    }
}
