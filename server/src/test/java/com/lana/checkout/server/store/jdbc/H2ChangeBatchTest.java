package com.lana.checkout.server.store.jdbc;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Batched basket changes in an H2 database file. */
class H2ChangeBatchTest extends ChangeBatchContract {

    @TempDir
    Path dir;

    @Override
    protected String url() {
        return "jdbc:h2:file:" + dir.resolve("baskets");
    }

    @Override
    protected boolean postgresql() {
        return false;
    }
}
