package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.server.service.RoleMatrixContract;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The role matrix, with clerks, sales and the audit trail in an H2 database file. */
class H2RoleMatrixTest extends RoleMatrixContract {

    @TempDir
    Path dir;

    @Override
    protected CheckoutStore openEmptyStore() throws Exception {
        return CheckoutStores.open("jdbc:h2:file:" + dir.resolve("roles"));
    }
}
