package com.lana.checkout.server.store.jdbc;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Sale rows in an H2 file get their journal columns and day totals, and read as they did. */
class H2SaleJournalMigrationTest extends SaleJournalMigrationContract {

    @TempDir
    Path dir;

    @Override
    protected String emptyDatabaseUrl() {
        return "jdbc:h2:file:" + dir.resolve("sales");
    }

    @Override
    protected String migrations() {
        return "h2";
    }
}
