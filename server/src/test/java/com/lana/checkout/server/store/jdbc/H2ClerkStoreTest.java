package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.ClerkStoreContract;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The clerk contract, for clerks in an H2 database file. */
class H2ClerkStoreTest extends ClerkStoreContract {

    @TempDir
    Path dir;

    @Override
    protected CheckoutStore openEmptyStore() throws Exception {
        return CheckoutStores.open("jdbc:h2:file:" + dir.resolve("clerks"));
    }
}
