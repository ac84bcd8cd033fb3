package com.lana.checkout.server.store.jdbc;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Sales in an H2 file of the release of shifts read back by no clerk, and new sales keep theirs. */
class H2SaleClerksMigrationTest extends SaleClerksMigrationContract {

    @TempDir
    Path dir;

    @Override
    protected String emptyDatabaseUrl() {
        return "jdbc:h2:file:" + dir.resolve("store");
    }

    @Override
    protected String migrations() {
        return "h2";
    }
}
