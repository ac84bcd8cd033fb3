package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.server.store.AuditTrailContract;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The audit trail contract, for a trail in a real PostgreSQL server, which refuses changes to its rows. */
class PostgresAuditTrailTest extends AuditTrailContract {

    private static TestPostgres postgres;

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
        CheckoutStore opened = CheckoutStores.open(postgres.storeUrl());
        postgres.deleteAllShifts();
        return opened;
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAnEntry() throws Exception {
        audit.append(cashOut(DAY.atTime(10, 0)));

        assertThatExceptionOfType(SQLException.class)
                .isThrownBy(() -> postgres.execute("UPDATE audit_entry SET clerk = 'Nobody'"))
                .withMessageContaining("refused");
        assertThatExceptionOfType(SQLException.class)
                .isThrownBy(() -> postgres.execute("DELETE FROM audit_entry"))
                .withMessageContaining("refused");
        assertThat(audit.day(DAY)).containsExactly(cashOut(DAY.atTime(10, 0)));
    }
}
