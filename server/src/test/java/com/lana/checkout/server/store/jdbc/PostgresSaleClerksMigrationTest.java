package com.lana.checkout.server.store.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.concurrent.atomic.AtomicInteger;

/** Sales in a PostgreSQL database of the release of shifts read back by no clerk, and new sales keep theirs. */
class PostgresSaleClerksMigrationTest extends SaleClerksMigrationContract {

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

    /** A new database on the server for each test. */
    @Override
    protected String emptyDatabaseUrl() throws Exception {
        return postgres.newDatabase("sale_clerks_migration_" + DATABASES.incrementAndGet());
    }

    @Override
    protected String migrations() {
        return "postgresql";
    }
}
