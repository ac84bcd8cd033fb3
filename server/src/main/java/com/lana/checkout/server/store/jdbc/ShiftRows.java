package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.VatAmount;
import com.lana.checkout.api.VatRate;
import com.lana.checkout.api.shift.CashMovement;
import com.lana.checkout.api.shift.Shift;
import com.lana.checkout.api.shift.ShiftNumber;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.api.shift.ZNumber;
import com.lana.checkout.server.store.ShiftStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static com.lana.checkout.server.store.jdbc.Sql.nullable;
import static com.lana.checkout.server.store.jdbc.Sql.prepare;
import static com.lana.checkout.server.store.jdbc.Sql.update;

/**
 * The shift tables of a {@link JdbcStore} (see {@code V13__audit_and_shifts.sql}): each method is one
 * step of a transaction {@link JdbcShifts} runs, on the connection it is given. Times are kept to the
 * microsecond with the nanoseconds past it in a column of their own, so they read back exactly.
 */
final class ShiftRows {

    /** The SQLSTATE of a unique key already taken: the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** The SQLSTATE {@link Transactions} makes again: a serialization failure. */
    private static final String SERIALIZATION_FAILURE = "40001";

    private static final String LOCK_TILL = "UPDATE till_counter SET last_shift = last_shift WHERE till = ?";
    private static final String READ_TILL = "SELECT last_shift, last_z, open_shift FROM till_counter WHERE till = ?";
    private static final String NEW_TILL = "INSERT INTO till_counter (till, last_shift, last_z) VALUES (?, 0, 0)";
    private static final String SET_OPENED = "UPDATE till_counter SET last_shift = ?, open_shift = ? WHERE till = ?";
    private static final String SET_CLOSED = "UPDATE till_counter SET last_z = ?, open_shift = NULL WHERE till = ?";

    private static final String SHIFT_COLUMNS = "s.till, s.number, s.opened_by, s.opened_at, s.opened_at_nanos, "
            + "s.opening_float, s.closed_at, s.closed_at_nanos, s.closed_by";
    private static final String INSERT_SHIFT = "INSERT INTO shift (till, number, opened_by, opened_at, opened_at_nanos, "
            + "opening_float) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String CLOSE_SHIFT = "UPDATE shift SET closed_at = ?, closed_at_nanos = ?, closed_by = ? "
            + "WHERE till = ? AND number = ?";
    private static final String SHIFT = "SELECT " + SHIFT_COLUMNS + " FROM shift s WHERE s.till = ? AND s.number = ?";
    private static final String SHIFTS_ON = "SELECT " + SHIFT_COLUMNS + ", z.number FROM shift s "
            + "LEFT JOIN z_report z ON z.till = s.till AND z.shift_number = s.number "
            + "WHERE s.opened_at < ? AND (s.closed_at IS NULL OR s.closed_at >= ?) ORDER BY s.till, s.number";
    private static final String OPEN_SHIFT = "SELECT " + SHIFT_COLUMNS + " FROM till_counter t "
            + "JOIN shift s ON s.till = t.till AND s.number = t.open_shift WHERE t.till = ?";

    private static final String INSERT_CASH = "INSERT INTO shift_cash (till, shift_number, position, kind, amount, "
            + "reason, moved_at, moved_at_nanos, clerk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String CASH_COUNT = "SELECT COUNT(*) FROM shift_cash WHERE till = ? AND shift_number = ?";
    private static final String CASH = "SELECT kind, amount, reason, moved_at, moved_at_nanos, clerk FROM shift_cash "
            + "WHERE till = ? AND shift_number = ? ORDER BY moved_at, moved_at_nanos, position";

    private static final String INSERT_Z = "INSERT INTO z_report (till, number, shift_number, closed_on, sales, net, "
            + "card, cash_taken, change_given, refunds, card_refunded, cash_refunded, cash_in, cash_out, expected, "
            + "counted, difference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_Z_VAT = "INSERT INTO z_report_vat (till, z_number, rate, gross, vat) "
            + "VALUES (?, ?, ?, ?, ?)";
    private static final String Z = "SELECT shift_number, sales, net, card, cash_taken, change_given, refunds, "
            + "card_refunded, cash_refunded, cash_in, cash_out, expected, counted, difference FROM z_report "
            + "WHERE till = ? AND number = ?";
    private static final String Z_VAT = "SELECT rate, gross, vat FROM z_report_vat WHERE till = ? AND z_number = ? "
            + "ORDER BY rate";
    private static final String Z_OF_DAY = "SELECT till, number FROM z_report WHERE closed_on = ? ORDER BY till, number";

    private ShiftRows() {
    }

    /** A till's counter row: the numbers its last shift and Z report took, and its open shift's (null when none). */
    record Till(String till, long lastShift, long lastZ, Long openShift) {
    }

    /**
     * Locks the till's counter row until the transaction ends, so that its shifts open and close one at
     * a time on every server; null when the till never opened a shift.
     */
    static Till lock(Connection connection, String till) throws SQLException {
        update(connection, LOCK_TILL, till);   // see Sql.lockRows: the lock first, then the read
        try (PreparedStatement statement = prepare(connection, READ_TILL, till);
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                return null;
            }
            long open = row.getLong(3);
            Long openShift = row.wasNull() ? null : open;
            return new Till(till, row.getLong(1), row.getLong(2), openShift);
        }
    }

    /**
     * Locks the till's counter row, making it first when the till never opened a shift. Two servers
     * making it at once: one waits for the other's row, is refused it and is made again (as a
     * conflict {@link Transactions} retries), to lock it.
     */
    static Till lockOrCreate(Connection connection, String till) throws SQLException {
        Till locked = lock(connection, till);
        if (locked != null) {
            return locked;
        }
        try {
            update(connection, NEW_TILL, till);
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new SQLException("Till " + till + " was first used by another transaction meanwhile",
                        SERIALIZATION_FAILURE, e);
            }
            throw e;
        }
        return lock(connection, till);
    }

    /** Records {@code shift}, just opened, and makes it its till's open one; the caller holds the till's lock. */
    static void insertOpened(Connection connection, Shift shift) throws SQLException {
        LocalDateTime time = shift.openedAt();
        update(connection, INSERT_SHIFT, shift.till(), shift.number().value(), nullable(shift.openedBy(), Types.VARCHAR),
                time.truncatedTo(ChronoUnit.MICROS), time.getNano() % 1_000, shift.openingFloat().cents());
        update(connection, SET_OPENED, shift.number().value(), shift.number().value(), shift.till());
    }

    /** Records {@code closed} as closed and its Z report; the caller holds the till's lock. */
    static void insertClosed(Connection connection, Shift closed, ShiftReport z) throws SQLException {
        LocalDateTime time = closed.closedAt();
        String till = closed.till();
        update(connection, CLOSE_SHIFT, time.truncatedTo(ChronoUnit.MICROS), time.getNano() % 1_000,
                nullable(closed.closedBy(), Types.VARCHAR), till, closed.number().value());
        update(connection, SET_CLOSED, z.z().value(), till);
        update(connection, INSERT_Z, till, z.z().value(), closed.number().value(), time.toLocalDate(), z.sales(),
                z.net().cents(), z.card().cents(), z.cashTaken().cents(), z.changeGiven().cents(), z.refunds(),
                z.cardRefunded().cents(), z.cashRefunded().cents(), z.cashIn().cents(), z.cashOut().cents(),
                z.expectedCash().cents(), z.counted().cents(), z.difference().cents());
        for (VatAmount vat : z.vat()) {
            update(connection, INSERT_Z_VAT, till, z.z().value(), vat.rate().hundredths(), vat.gross().cents(),
                    vat.vat().cents());
        }
    }

    /** The till's open shift, or null when it has none. */
    static Shift open(Connection connection, String till) throws SQLException {
        return readShift(connection, OPEN_SHIFT, till);
    }

    /** Shift {@code number}, or null when there is none. */
    static Shift shift(Connection connection, ShiftNumber number) throws SQLException {
        return readShift(connection, SHIFT, number.till(), number.value());
    }

    /** Records a cash movement of a shift after its others; the caller holds the till's lock. */
    static void insertCash(Connection connection, ShiftNumber shift, CashMovement movement) throws SQLException {
        int position;
        try (PreparedStatement statement = prepare(connection, CASH_COUNT, shift.till(), shift.value());
             ResultSet row = statement.executeQuery()) {
            row.next();
            position = row.getInt(1);
        }
        LocalDateTime time = movement.time();
        update(connection, INSERT_CASH, shift.till(), shift.value(), position, movement.kind().name(),
                movement.amount().cents(), movement.reason(), time.truncatedTo(ChronoUnit.MICROS), time.getNano() % 1_000,
                nullable(movement.clerk(), Types.VARCHAR));
    }

    /** A shift's cash movements in time order, those of the same time in the order recorded. */
    static List<CashMovement> cash(Connection connection, ShiftNumber shift) throws SQLException {
        List<CashMovement> movements = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, CASH, shift.till(), shift.value());
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                movements.add(new CashMovement(CashMovement.Kind.valueOf(rows.getString(1)),
                        Money.ofMinor(rows.getLong(2)), rows.getString(3),
                        rows.getObject(4, LocalDateTime.class).plusNanos(rows.getInt(5)), rows.getString(6)));
            }
        }
        return movements;
    }

    /** Z report {@code number}, or null when there is none. */
    static ShiftReport z(Connection connection, ZNumber number) throws SQLException {
        long shiftNumber;
        long[] figures = new long[13];
        try (PreparedStatement statement = prepare(connection, Z, number.till(), number.value());
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                return null;
            }
            shiftNumber = row.getLong(1);
            for (int i = 0; i < figures.length; i++) {
                figures[i] = row.getLong(i + 2);
            }
        }
        List<VatAmount> vat = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, Z_VAT, number.till(), number.value());
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                vat.add(new VatAmount(new VatRate(rows.getInt(1)), Money.ofMinor(rows.getLong(2)),
                        Money.ofMinor(rows.getLong(3))));
            }
        }
        ShiftNumber shiftOf = new ShiftNumber(number.till(), shiftNumber);
        Shift shift = shift(connection, shiftOf);
        try {
            return new ShiftReport(ShiftReport.Kind.Z, shift, shift.closedAt(), number, (int) figures[0],
                    money(figures[1]), money(figures[2]), money(figures[3]), money(figures[4]), (int) figures[5],
                    money(figures[6]), money(figures[7]), vat, cash(connection, shiftOf), money(figures[8]),
                    money(figures[9]), money(figures[10]), money(figures[11]), money(figures[12]));
        } catch (RuntimeException e) {
            throw new IllegalStateException("Z report " + number + " in the store cannot be read: " + e.getMessage(), e);
        }
    }

    /** The numbers of the Z reports of the shifts that closed on {@code day}, by till, then number. */
    static List<ZNumber> zOfDay(Connection connection, LocalDate day) throws SQLException {
        List<ZNumber> numbers = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, Z_OF_DAY, day);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                numbers.add(new ZNumber(rows.getString(1), rows.getLong(2)));
            }
        }
        return numbers;
    }

    /**
     * The shifts open at some time of {@code day}, by till, then number, with their Z numbers: those
     * opened before the day ended and not closed before it began. A time kept to the microsecond
     * compares with midnight as the exact time does.
     */
    static List<ShiftStore.DayShift> shiftsOn(Connection connection, LocalDate day) throws SQLException {
        List<ShiftStore.DayShift> shifts = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, SHIFTS_ON, day.plusDays(1).atStartOfDay(),
                day.atStartOfDay()); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Shift shift = shiftOf(rows);
                long z = rows.getLong(10);
                shifts.add(new ShiftStore.DayShift(shift, rows.wasNull() ? null : new ZNumber(shift.till(), z)));
            }
        }
        return shifts;
    }

    private static Shift readShift(Connection connection, String sql, Object... keys) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, keys);
             ResultSet row = statement.executeQuery()) {
            return row.next() ? shiftOf(row) : null;
        }
    }

    /** The shift of the current row, whose first columns are {@link #SHIFT_COLUMNS}. */
    private static Shift shiftOf(ResultSet row) throws SQLException {
        LocalDateTime closedAt = row.getObject(7, LocalDateTime.class);
        return new Shift(new ShiftNumber(row.getString(1), row.getLong(2)), row.getString(3),
                row.getObject(4, LocalDateTime.class).plusNanos(row.getInt(5)), Money.ofMinor(row.getLong(6)),
                closedAt == null ? null : closedAt.plusNanos(row.getInt(8)), row.getString(9));
    }

    private static Money money(long cents) {
        return Money.ofMinor(cents);
    }
}
