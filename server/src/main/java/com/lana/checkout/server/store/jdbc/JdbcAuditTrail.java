package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.api.audit.AuditAction;
import com.lana.checkout.api.audit.AuditEntry;
import com.lana.checkout.server.store.AuditTrail;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static com.lana.checkout.server.store.jdbc.Sql.nullable;

/**
 * The audit trail of a {@link JdbcStore}: the {@code audit_entry} table (see
 * {@code V13__audit_and_shifts.sql}), which this class only inserts into and reads; the database
 * refuses any change to its rows. Each entry is one insert, run as a transaction of its own.
 */
final class JdbcAuditTrail implements AuditTrail {

    private static final String INSERT = "INSERT INTO audit_entry (happened_on, happened_at, happened_at_nanos, till, "
            + "clerk, action, touched, amount, approved_by, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DAY = "SELECT happened_at, happened_at_nanos, till, clerk, action, touched, amount, "
            + "approved_by, reason FROM audit_entry WHERE happened_on = ? "
            + "ORDER BY happened_at, happened_at_nanos, id";

    private final Transactions transactions;

    JdbcAuditTrail(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(AuditEntry entry) throws StoreUnavailableException {
        Objects.requireNonNull(entry, "entry");
        LocalDateTime time = entry.time();
        transactions.runOneStatement(connection -> Sql.update(connection, INSERT, time.toLocalDate(),
                time.truncatedTo(ChronoUnit.MICROS), time.getNano() % 1_000, entry.till(),
                nullable(entry.clerk(), Types.VARCHAR), entry.action().name(), nullable(entry.touched(), Types.VARCHAR),
                nullable(entry.amount() == null ? null : entry.amount().cents(), Types.BIGINT),
                nullable(entry.approvedBy(), Types.VARCHAR), nullable(entry.reason(), Types.VARCHAR)));
    }

    @Override
    public List<AuditEntry> day(LocalDate day) throws StoreUnavailableException {
        Objects.requireNonNull(day, "day");
        return transactions.run(connection -> {
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement statement = Sql.prepare(connection, DAY, day);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long amount = rows.getLong(7);
                    Money money = rows.wasNull() ? null : Money.ofMinor(amount);
                    entries.add(new AuditEntry(rows.getObject(1, LocalDateTime.class).plusNanos(rows.getInt(2)),
                            rows.getString(3), rows.getString(4), AuditAction.valueOf(rows.getString(5)),
                            rows.getString(6), money, rows.getString(8), rows.getString(9)));
                }
            }
            return entries;
        });
    }
}
