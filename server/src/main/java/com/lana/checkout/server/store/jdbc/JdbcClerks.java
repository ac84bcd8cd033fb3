package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.api.staff.Clerk;
import com.lana.checkout.api.staff.ClerkName;
import com.lana.checkout.api.staff.Role;
import com.lana.checkout.server.store.ClerkStore;
import com.lana.checkout.server.store.StoredClerk;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.lana.checkout.server.store.jdbc.Sql.exists;
import static com.lana.checkout.server.store.jdbc.Sql.prepare;
import static com.lana.checkout.server.store.jdbc.Sql.update;

/**
 * The clerks of a {@link JdbcStore} (see {@code V12__clerks.sql}), shared by every server on the
 * database. A wrong PIN is counted by one {@code UPDATE} that computes the new count and lock from the
 * row's own values, then read back in the same transaction, which holds the row's lock: two servers
 * counting a wrong PIN of one clerk at once wait for each other, and both count.
 */
final class JdbcClerks implements ClerkStore {

    private static final String COLUMNS = "display_name, role, disabled, pin_hash, failed_attempts, locked_until";
    private static final String INSERT = "INSERT INTO clerk (name_key, display_name, role, pin_hash) "
            + "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM clerk WHERE name_key = ?)";
    private static final String LIST = "SELECT " + COLUMNS + " FROM clerk ORDER BY name_key";
    private static final String FIND = "SELECT " + COLUMNS + " FROM clerk WHERE name_key = ?";
    private static final String DISABLE = "UPDATE clerk SET disabled = TRUE WHERE name_key = ?";
    private static final String SET_PIN_HASH = "UPDATE clerk SET pin_hash = ?, failed_attempts = 0, locked_until = NULL "
            + "WHERE name_key = ?";
    /** Parameters: now, now, limit, lock end, now, key. A lock ended by now starts the count again at 1. */
    private static final String RECORD_FAILURE = "UPDATE clerk SET "
            + "failed_attempts = CASE WHEN locked_until <= ? THEN 1 ELSE failed_attempts + 1 END, "
            + "locked_until = CASE WHEN (CASE WHEN locked_until <= ? THEN 1 ELSE failed_attempts + 1 END) >= ? THEN ? "
            + "WHEN locked_until <= ? THEN NULL ELSE locked_until END "
            + "WHERE name_key = ?";
    private static final String FAILURES = "SELECT failed_attempts FROM clerk WHERE name_key = ?";
    private static final String RESET_FAILURES = "UPDATE clerk SET failed_attempts = 0, locked_until = NULL "
            + "WHERE name_key = ? AND (failed_attempts > 0 OR locked_until IS NOT NULL)";
    private static final String ANY = "SELECT 1 FROM clerk FETCH FIRST 1 ROWS ONLY";

    private final Transactions transactions;

    JdbcClerks(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean add(ClerkName name, Role role, String pinHash) throws StoreUnavailableException {
        return transactions.runOneStatement(connection -> {
            try {
                return update(connection, INSERT, name.key(), name.display(), role.name(), pinHash, name.key()) == 1;
            } catch (SQLException e) {
                if (isDuplicateKey(e)) {
                    return false; // another server added the same name between our check and our insert
                }
                throw e;
            }
        });
    }

    @Override
    public List<StoredClerk> list() throws StoreUnavailableException {
        return transactions.run(connection -> {
            List<StoredClerk> clerks = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(LIST);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    clerks.add(clerk(rows));
                }
            }
            return clerks;
        });
    }

    @Override
    public Optional<StoredClerk> find(ClerkName name) throws StoreUnavailableException {
        return transactions.run(connection -> {
            try (PreparedStatement statement = prepare(connection, FIND, name.key());
                 ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(clerk(row)) : Optional.empty();
            }
        });
    }

    @Override
    public boolean disable(ClerkName name) throws StoreUnavailableException {
        return transactions.runOneStatement(connection -> update(connection, DISABLE, name.key()) == 1);
    }

    @Override
    public boolean setPinHash(ClerkName name, String pinHash) throws StoreUnavailableException {
        return transactions.runOneStatement(connection -> update(connection, SET_PIN_HASH, pinHash, name.key()) == 1);
    }

    @Override
    public int recordFailure(ClerkName name, Instant at, int limit, Duration lockFor)
            throws StoreUnavailableException {
        OffsetDateTime now = timestamp(at);
        OffsetDateTime lockEnd = timestamp(at.plus(lockFor));
        return transactions.run(connection -> {
            if (update(connection, RECORD_FAILURE, now, now, limit, lockEnd, now, name.key()) == 0) {
                return 0;
            }
            try (PreparedStatement statement = prepare(connection, FAILURES, name.key());
                 ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    @Override
    public void resetFailures(ClerkName name) throws StoreUnavailableException {
        transactions.runOneStatement(connection -> update(connection, RESET_FAILURES, name.key()));
    }

    @Override
    public boolean hasClerks() throws StoreUnavailableException {
        return transactions.run(connection -> exists(connection, ANY));
    }

    private static StoredClerk clerk(ResultSet row) throws SQLException {
        Clerk clerk = new Clerk(ClerkName.of(row.getString(1)), Role.valueOf(row.getString(2)), row.getBoolean(3));
        OffsetDateTime lockedUntil = row.getObject(6, OffsetDateTime.class);
        return new StoredClerk(clerk, row.getString(4), row.getInt(5),
                lockedUntil == null ? null : lockedUntil.toInstant());
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A unique key violated (SQLState 23505, PostgreSQL and H2). */
    private static boolean isDuplicateKey(SQLException e) {
        return "23505".equals(e.getSQLState());
    }
}
