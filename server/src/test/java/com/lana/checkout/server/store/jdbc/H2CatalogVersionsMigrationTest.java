package com.lana.checkout.server.store.jdbc;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Baskets and sales in an H2 file of the release before catalog versions are carried across on version 1. */
class H2CatalogVersionsMigrationTest extends CatalogVersionsMigrationContract {

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
