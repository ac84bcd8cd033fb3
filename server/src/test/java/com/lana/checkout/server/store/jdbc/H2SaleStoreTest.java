package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The sale contract, for sales in an H2 database file, and that sales outlive the store. */
class H2SaleStoreTest extends DurableSaleStoreContract {

    @TempDir
    Path dir;

    @Override
    protected CheckoutStore openEmptyStore() throws Exception {
        return CheckoutStores.open(url());
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("sales");
    }

    @Override
    protected int salesPerThread() {
        return 25;
    }

    @Override
    protected int raceRounds() {
        return 40;
    }

    @Override
    protected CheckoutStore reopenStore() throws Exception {
        return CheckoutStores.open(url());
    }
}
