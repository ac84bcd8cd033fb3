package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.StaleCatalogException;
import org.postgresql.util.PSQLException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;

import static com.lana.checkout.server.store.jdbc.Sql.prepare;
import static com.lana.checkout.server.store.jdbc.Sql.update;

/**
 * The two ways a {@link JdbcBasketStore} adds or takes out units, with the same outcome and the same
 * refusals: {@link #stepByStep} locks the basket's row (counting it as used), checks the catalog
 * version the change was worked out in against the basket's own, records the operation id (a
 * repeated one answers the lines as they are), reads the lines, writes the line and the version,
 * statement by statement (H2); {@link #inOneCall} has the database's own {@code basket_change}
 * function do all that in one round trip (PostgreSQL, see
 * {@code V10__change_function_checks_catalog.sql}). Each runs inside a transaction the store runs.
 */
final class BasketChanges {

    private static final String INSERT_LINE = "INSERT INTO basket_line (basket_high, basket_low, product, position, quantity) "
            + "VALUES (?, ?, ?, ?, ?)";
    private static final String UPDATE_LINE = "UPDATE basket_line SET quantity = ? "
            + "WHERE basket_high = ? AND basket_low = ? AND product = ?";
    private static final String DELETE_LINE = "DELETE FROM basket_line WHERE basket_high = ? AND basket_low = ? AND product = ?";
    private static final String BUMP = "UPDATE basket SET version = ? WHERE id_high = ? AND id_low = ?";
    /** The SQLSTATE of a row its primary key refuses. */
    private static final String DUPLICATE_KEY = "23505";
    private static final String RECORD_OPERATION = "INSERT INTO basket_operation "
            + "(basket_high, basket_low, operation_high, operation_low) VALUES (?, ?, ?, ?)";
    /** PostgreSQL only: the whole change in one call, answering the versions and the lines. */
    private static final String CHANGE_FUNCTION = "SELECT o_version, o_catalog_version, o_product, o_quantity "
            + "FROM basket_change(?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private BasketChanges() {
    }

    static BasketLines stepByStep(Connection connection, BasketId id, String product, int delta,
                                  OperationId operation, long catalogVersion, long nowMillis)
            throws SQLException, BasketNotFoundException, InvalidRequestException, StaleCatalogException {
        BasketRows.Locked locked = BasketRows.touchOpen(connection, id, nowMillis);
        long version = locked.version();
        if (catalogVersion != BasketStore.ANY_CATALOG && catalogVersion != locked.catalogVersion()) {
            throw new StaleCatalogException(locked.catalogVersion());
        }
        if (operation != null && !recordOperation(connection, id, operation)) {
            return BasketRows.lines(connection, id, version, locked.catalogVersion());
        }
        // The lines are read once, before the change; the answer is worked out from them rather than
        // read again, as the basket's row lock keeps every other change out until the commit.
        BasketLines before = BasketRows.lines(connection, id, version, locked.catalogVersion());
        int current = quantityOf(before, product);
        long updated = (long) current + delta;
        checkQuantity(id, product, delta, current, updated);
        long next = version + 1;
        if (current == 0 && updated > 0) {
            update(connection, INSERT_LINE, id.high(), id.low(), product, next, (int) updated);
        } else if (current > 0 && updated == 0) {
            update(connection, DELETE_LINE, id.high(), id.low(), product);
        } else if (current > 0) {
            update(connection, UPDATE_LINE, (int) updated, id.high(), id.low(), product);
        }
        update(connection, BUMP, next, id.high(), id.low());
        return new BasketLines(id, next, withQuantity(before.lines(), product, (int) updated), locked.catalogVersion());
    }

    /**
     * Records the operation id of a change about to be applied, in one statement: false when the
     * basket has already seen it (its primary key refuses the row). H2 undoes only the refused
     * statement, so the transaction goes on.
     */
    private static boolean recordOperation(Connection connection, BasketId id, OperationId operation)
            throws SQLException {
        try {
            update(connection, RECORD_OPERATION, id.high(), id.low(), operation.high(), operation.low());
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static int quantityOf(BasketLines lines, String product) {
        for (BasketLines.Line line : lines.lines()) {
            if (line.product().equals(product)) {
                return line.quantity();
            }
        }
        return 0;
    }

    /**
     * {@code lines} (in position order) with {@code product} at {@code quantity}: a new product goes
     * last, as its position is the basket's next version; a product at 0 leaves the list.
     */
    static List<BasketLines.Line> withQuantity(List<BasketLines.Line> lines, String product, int quantity) {
        List<BasketLines.Line> changed = new ArrayList<>(lines.size() + 1);
        boolean found = false;
        for (BasketLines.Line line : lines) {
            if (!line.product().equals(product)) {
                changed.add(line);
            } else {
                found = true;
                if (quantity > 0) {
                    changed.add(new BasketLines.Line(product, quantity));
                }
            }
        }
        if (!found && quantity > 0) {
            changed.add(new BasketLines.Line(product, quantity));
        }
        return changed;
    }

    /**
     * @param refused where to roll back to before a refusal is worked out, in a transaction that goes
     *                on after it (PostgreSQL ignores every statement after an error until then); null
     *                when the call is the transaction
     */
    static BasketLines inOneCall(Connection connection, Savepoint refused, BasketId id, String product, int delta,
                                 OperationId operation, long catalogVersion, long nowMillis)
            throws SQLException, BasketNotFoundException, InvalidRequestException, StaleCatalogException {
        try (PreparedStatement statement = prepare(connection, CHANGE_FUNCTION, id.high(), id.low(), product, delta,
                operation == null ? null : operation.high(), operation == null ? null : operation.low(),
                nowMillis, BasketStore.MAX_LINE_QUANTITY, catalogVersion);
             ResultSet rows = statement.executeQuery()) {
            long version = 0;
            long basketCatalogVersion = 0;
            List<BasketLines.Line> lines = new ArrayList<>();
            while (rows.next()) {
                version = rows.getLong(1);
                basketCatalogVersion = rows.getLong(2);
                String code = rows.getString(3);
                if (code != null) {
                    lines.add(new BasketLines.Line(code, rows.getInt(4)));
                }
            }
            return new BasketLines(id, version, lines, basketCatalogVersion);
        } catch (SQLException e) {
            // The function refuses with the store's own SQLSTATEs, the same refusals as the step-by-step path.
            if (refused != null && String.valueOf(e.getSQLState()).startsWith("LN")) {
                connection.rollback(refused);
            }
            switch (String.valueOf(e.getSQLState())) {
                case "LN404" -> throw BasketRows.closed(connection, id, BasketState.REMOVED);
                case "LN410" -> throw new BasketNotFoundException(id, BasketNotFoundException.Reason.EXPIRED);
                case "LN409" -> throw new StaleCatalogException(
                        Long.parseLong(((PSQLException) e).getServerErrorMessage().getMessage()));
                case "LN422" -> {
                    int current = Integer.parseInt(((PSQLException) e).getServerErrorMessage().getMessage());
                    checkQuantity(id, product, delta, current, (long) current + delta);
                    throw e;
                }
                default -> throw e;
            }
        }
    }

    private static void checkQuantity(BasketId id, String product, int delta, int current, long updated)
            throws InvalidRequestException {
        if (updated < 0) {
            throw new InvalidRequestException(current == 0
                    ? "Basket " + id + " has no " + product + " to remove"
                    : "Basket " + id + " has only " + current + " " + product + " to remove, not " + -delta);
        }
        if (updated > BasketStore.MAX_LINE_QUANTITY) {
            throw new InvalidRequestException("A basket holds at most " + BasketStore.MAX_LINE_QUANTITY + " " + product);
        }
    }
}
