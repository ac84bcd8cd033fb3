package com.lana.checkout.server.store.jdbc;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Sales kept as documents in an H2 file migrate to rows and read back as they were. */
class H2SaleRowsMigrationTest extends SaleRowsMigrationContract {

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
