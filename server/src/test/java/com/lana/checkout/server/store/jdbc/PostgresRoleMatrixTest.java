package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.server.service.RoleMatrixContract;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The role matrix, with clerks, sales and the audit trail in a real PostgreSQL server; each test on a new database. */
class PostgresRoleMatrixTest extends RoleMatrixContract {

    private static TestPostgres postgres;
    private static int databases;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = TestPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Override
    protected CheckoutStore openEmptyStore() throws Exception {
        return CheckoutStores.open(postgres.newDatabase("roles" + ++databases));
    }
}
