package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.server.store.AuditTrailContract;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The audit trail contract, for a trail in an H2 database file, which refuses changes to its rows. */
class H2AuditTrailTest extends AuditTrailContract {

    @TempDir
    Path dir;

    @Override
    protected CheckoutStore openEmptyStore() throws Exception {
        return CheckoutStores.open(url());
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("audit");
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAnEntry() throws Exception {
        audit.append(cashOut(DAY.atTime(10, 0)));

        try (Connection connection = DriverManager.getConnection(url());
             Statement statement = connection.createStatement()) {
            assertThatExceptionOfType(SQLException.class)
                    .isThrownBy(() -> statement.executeUpdate("UPDATE audit_entry SET clerk = 'Nobody'"))
                    .withMessageContaining("refused");
            assertThatExceptionOfType(SQLException.class)
                    .isThrownBy(() -> statement.executeUpdate("DELETE FROM audit_entry"))
                    .withMessageContaining("refused");
        }
        assertThat(audit.day(DAY)).containsExactly(cashOut(DAY.atTime(10, 0)));
    }
}
