package com.lana.checkout.server.store.jdbc;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Sales in an H2 file of the release before VAT per line and refunds read back with their VAT, and can be refunded. */
class H2VatAndRefundsMigrationTest extends VatAndRefundsMigrationContract {

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

    /** H2 has no version 10: PostgreSQL's is its change function. */
    @Override
    protected String releaseBeforeVersion() {
        return "9";
    }
}
