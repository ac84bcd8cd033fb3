package com.lana.checkout.server.store.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.concurrent.atomic.AtomicInteger;

/** Baskets and sales in a PostgreSQL database of the release before catalog versions are carried across on version 1. */
class PostgresCatalogVersionsMigrationTest extends CatalogVersionsMigrationContract {

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
        return postgres.newDatabase("catalog_migration_" + DATABASES.incrementAndGet());
    }

    @Override
    protected String migrations() {
        return "postgresql";
    }
}
