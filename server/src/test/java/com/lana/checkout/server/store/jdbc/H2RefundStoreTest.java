package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.RefundStoreContract;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The refund contract, for refunds in an H2 database file. */
class H2RefundStoreTest extends RefundStoreContract {

    @TempDir
    Path dir;

    @Override
    protected CheckoutStore openEmptyStore() throws Exception {
        return CheckoutStores.open("jdbc:h2:file:" + dir.resolve("refunds"));
    }

    @Override
    protected int raceRounds() {
        return 40;
    }

    @Override
    protected int refundsPerThread() {
        return 25;
    }
}
