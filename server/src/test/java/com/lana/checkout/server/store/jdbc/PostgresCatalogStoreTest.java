package com.lana.checkout.server.store.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.concurrent.atomic.AtomicInteger;

/** The catalog contract, for catalog versions in a real PostgreSQL server, shared by the servers on it. */
class PostgresCatalogStoreTest extends DatabaseCatalogStoreContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TestPostgres postgres;

    private String url;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = TestPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    /** A new database on the server for each test, made when the test first asks for it. */
    @Override
    protected String url() throws Exception {
        if (url == null) {
            url = postgres.newDatabase("catalog_" + DATABASES.incrementAndGet());
        }
        return url;
    }
}
