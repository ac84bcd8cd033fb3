package com.lana.checkout.server.store.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** Sale rows in a real PostgreSQL server get their journal columns and day totals, and read as they did. */
class PostgresSaleJournalMigrationTest extends SaleJournalMigrationContract {

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
        String name = "journal_migration_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(postgres.storeUrl());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/" + name + "?user=postgres";
    }

    @Override
    protected String migrations() {
        return "postgresql";
    }
}
