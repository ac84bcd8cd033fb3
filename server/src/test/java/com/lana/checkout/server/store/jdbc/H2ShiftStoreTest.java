package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The shift contract, for shifts in an H2 database file, and that they outlive the store. */
class H2ShiftStoreTest extends DurableShiftStoreContract {

    @TempDir
    Path dir;

    @Override
    protected CheckoutStore openEmptyStore() throws Exception {
        return CheckoutStores.open(url());
    }

    @Override
    protected CheckoutStore reopenStore() throws Exception {
        return CheckoutStores.open(url());
    }

    @Override
    protected void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    protected int closesPerTill() {
        return 20;
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("shifts");
    }
}
