package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.api.shift.CashMovement;
import com.lana.checkout.api.shift.Shift;
import com.lana.checkout.api.shift.ShiftException;
import com.lana.checkout.api.shift.ShiftNumber;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.api.shift.TillId;
import com.lana.checkout.api.shift.ZNumber;
import com.lana.checkout.server.store.ShiftStore;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The shifts of a {@link JdbcStore}, in the tables {@link ShiftRows} reads and writes. Opening a
 * shift, moving cash and closing one each run in one transaction holding the till's counter row lock,
 * so a till's shifts and Z reports are numbered without gaps on every server sharing the database,
 * a till never has two open shifts, and a Z report is recorded with its shift closed, or not at all.
 */
final class JdbcShifts implements ShiftStore {

    private final Transactions transactions;

    JdbcShifts(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Shift open(String till, String clerk, Money openingFloat, LocalDateTime time)
            throws ShiftException, StoreUnavailableException {
        TillId.require(till);
        Objects.requireNonNull(openingFloat, "openingFloat");
        Objects.requireNonNull(time, "time");
        return transactions.run(connection -> {
            ShiftRows.Till locked = ShiftRows.lockOrCreate(connection, till);
            if (locked.openShift() != null) {
                throw new ShiftException("Till " + till + " has shift " + new ShiftNumber(till, locked.openShift())
                        + " open; close it first");
            }
            Shift shift = Shift.opened(new ShiftNumber(till, locked.lastShift() + 1), clerk, time, openingFloat);
            ShiftRows.insertOpened(connection, shift);
            return shift;
        });
    }

    @Override
    public Optional<Shift> current(String till) throws StoreUnavailableException {
        TillId.require(till);
        return Optional.ofNullable(transactions.run(connection -> ShiftRows.open(connection, till)));
    }

    @Override
    public Shift shift(ShiftNumber number) throws ShiftException, StoreUnavailableException {
        Shift shift = transactions.run(connection -> ShiftRows.shift(connection, number));
        if (shift == null) {
            throw new ShiftException("No shift " + number + " in the store");
        }
        return shift;
    }

    @Override
    public ShiftNumber move(String till, CashMovement movement) throws ShiftException, StoreUnavailableException {
        TillId.require(till);
        Objects.requireNonNull(movement, "movement");
        return transactions.run(connection -> {
            ShiftNumber open = openShift(ShiftRows.lock(connection, till), till, "move cash");
            ShiftRows.insertCash(connection, open, movement);
            return open;
        });
    }

    @Override
    public List<CashMovement> movements(ShiftNumber shift) throws StoreUnavailableException {
        return transactions.run(connection -> ShiftRows.cash(connection, shift));
    }

    @Override
    public ShiftReport close(String till, String clerk, Money counted, LocalDateTime time, ZMaker maker)
            throws CheckoutException {
        TillId.require(till);
        Objects.requireNonNull(counted, "counted");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(maker, "maker");
        return transactions.run(connection -> {
            ShiftRows.Till locked = ShiftRows.lock(connection, till);
            ShiftNumber open = openShift(locked, till, "close a shift");
            Shift closed = ShiftRows.shift(connection, open).close(time, clerk);
            ZNumber number = new ZNumber(till, locked.lastZ() + 1);
            ShiftReport report = ShiftStore.requireZ(
                    maker.make(closed, ShiftRows.cash(connection, open), counted, number), closed, counted, number);
            ShiftRows.insertClosed(connection, closed, report);
            return report;
        });
    }

    @Override
    public ShiftReport z(ZNumber number) throws ShiftException, StoreUnavailableException {
        ShiftReport report = transactions.run(connection -> ShiftRows.z(connection, number));
        if (report == null) {
            throw new ShiftException("No Z report " + number + " in the store");
        }
        return report;
    }

    @Override
    public List<ShiftReport> zReports(LocalDate day) throws StoreUnavailableException {
        Objects.requireNonNull(day, "day");
        return transactions.run(connection -> {
            List<ShiftReport> reports = new ArrayList<>();
            for (ZNumber number : ShiftRows.zOfDay(connection, day)) {
                reports.add(ShiftRows.z(connection, number));
            }
            return reports;
        });
    }

    @Override
    public List<DayShift> shiftsOn(LocalDate day) throws StoreUnavailableException {
        Objects.requireNonNull(day, "day");
        return transactions.run(connection -> ShiftRows.shiftsOn(connection, day));
    }

    private static ShiftNumber openShift(ShiftRows.Till locked, String till, String what) throws ShiftException {
        if (locked == null || locked.openShift() == null) {
            throw new ShiftException("Till " + till + " has no open shift to " + what + "; open one first");
        }
        return new ShiftNumber(till, locked.openShift());
    }
}
