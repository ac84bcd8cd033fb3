package com.lana.checkout.server.store.jdbc;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The catalog contract, for catalog versions in an H2 database file. */
class H2CatalogStoreTest extends DatabaseCatalogStoreContract {

    @TempDir
    Path dir;

    @Override
    protected String url() {
        return "jdbc:h2:file:" + dir.resolve("catalog");
    }
}
