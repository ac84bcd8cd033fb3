package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.shift.CashMovement;
import com.lana.checkout.api.shift.Shift;
import com.lana.checkout.api.shift.ShiftNumber;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.api.shift.ZNumber;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.ShiftStoreContract;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The shift contract, and what a database store adds to it: shifts, cash movements and Z reports
 * outlive the store that recorded them, and the database itself refuses to change a Z report or a
 * closed shift.
 */
abstract class DurableShiftStoreContract extends ShiftStoreContract {

    /** The same database opened again, as a restarted server opens it. */
    protected abstract CheckoutStore reopenStore() throws Exception;

    /** Runs {@code sql} on the database, outside the store. */
    protected abstract void execute(String sql) throws SQLException;

    @Test
    void shiftsAndZReportsSurviveClosingAndReopeningTheStore() throws Exception {
        shifts.open("T01", "Anna", FLOAT, MORNING);
        shifts.move("T01", cash(CashMovement.Kind.OUT, "20.00€", MORNING.plusHours(1)));
        ShiftReport z = shifts.close("T01", "Anna", Money.parse("110.00€"), EVENING, reporting());
        Shift open = shifts.open("T01", "Bruno", FLOAT, EVENING);
        CashMovement moved = cash(CashMovement.Kind.IN, "5.00€", EVENING.plusMinutes(5));
        shifts.move("T01", moved);
        checkoutStore.close();

        checkoutStore = reopenStore();
        shifts = checkoutStore.shifts();

        assertThat(shifts.z(z.z())).isEqualTo(z);
        assertThat(shifts.zReports(DAY)).containsExactly(z);
        assertThat(shifts.current("T01")).contains(open);
        assertThat(shifts.movements(open.number())).containsExactly(moved);
        assertThat(shifts.close("T01", "Bruno", FLOAT, EVENING.plusHours(1), reporting()).z())
                .as("the next Z number").isEqualTo(new ZNumber("T01", 2));
    }

    @Test
    void theDatabaseRefusesToChangeAZReportOrAClosedShift() throws Exception {
        shifts.open("T01", "Anna", FLOAT, MORNING);
        ShiftReport z = shifts.close("T01", "Anna", Money.parse("130.00€"), EVENING, reporting());

        assertThatExceptionOfType(SQLException.class)
                .isThrownBy(() -> execute("UPDATE z_report SET counted = 0")).withMessageContaining("refused");
        assertThatExceptionOfType(SQLException.class)
                .isThrownBy(() -> execute("DELETE FROM z_report_vat")).withMessageContaining("refused");
        assertThatExceptionOfType(SQLException.class)
                .isThrownBy(() -> execute("UPDATE shift SET closed_by = 'Nobody'")).withMessageContaining("refused");
        assertThatExceptionOfType(SQLException.class)
                .isThrownBy(() -> execute("DELETE FROM shift")).withMessageContaining("refused");
        assertThat(shifts.z(z.z())).isEqualTo(z);
        assertThat(shifts.shift(new ShiftNumber("T01", 1))).isEqualTo(z.shift());
    }
}
