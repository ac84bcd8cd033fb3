package com.lana.checkout.server.store.jdbc;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Sales in an H2 file of the release before shifts read back at no till, and tills open shifts. */
class H2ShiftsMigrationTest extends ShiftsMigrationContract {

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
