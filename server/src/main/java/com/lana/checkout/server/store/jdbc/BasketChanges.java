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
 * {@code V10__change_function_checks_catalog.sql}), and {@link #eachInOneCall} a whole batch of
 * changes through {@code basket_changes} ({@code V15__change_batch_function.sql}). Each runs inside
 * a transaction the store runs.
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
    /** PostgreSQL only: many changes in one call, each answered by its index from 1 with its refusal or lines. */
    private static final String BATCH_FUNCTION = "SELECT o_change, o_refusal, o_message, o_version, "
            + "o_catalog_version, o_product, o_quantity FROM basket_changes(?, ?, ?, ?, ?, ?, ?, ?, ?)";

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

    /** A change on its own, in one call of the database's {@code basket_change} function. */
    static BasketLines inOneCall(Connection connection, BasketId id, String product, int delta,
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
            String state = String.valueOf(e.getSQLState());
            if (!state.startsWith("LN")) {
                throw e;
            }
            Exception refusal = refusal(connection, id, product, delta, state,
                    ((PSQLException) e).getServerErrorMessage().getMessage());
            if (refusal instanceof BasketNotFoundException notFound) {
                throw notFound;
            } else if (refusal instanceof StaleCatalogException stale) {
                throw stale;
            } else if (refusal instanceof InvalidRequestException invalid) {
                throw invalid;
            }
            throw e;
        }
    }

    /**
     * Applies {@code changes} in their order, in one call of the database's {@code basket_changes}
     * function (PostgreSQL, see {@code V15__change_batch_function.sql}), inside a transaction the
     * caller runs: each change is undone alone when the store refuses it, and answered, in the
     * order of {@code changes}, with its lines or its refusal. A database error fails them all.
     */
    static List<GroupCommit.Outcome<BasketLines>> eachInOneCall(Connection connection, List<ChangeBatch.Change> changes)
            throws SQLException {
        int n = changes.size();
        Long[] idHigh = new Long[n];
        Long[] idLow = new Long[n];
        String[] products = new String[n];
        Integer[] deltas = new Integer[n];
        Long[] operationHigh = new Long[n];
        Long[] operationLow = new Long[n];
        Long[] now = new Long[n];
        Long[] catalogVersions = new Long[n];
        for (int i = 0; i < n; i++) {
            ChangeBatch.Change c = changes.get(i);
            idHigh[i] = c.id().high();
            idLow[i] = c.id().low();
            products[i] = c.product();
            deltas[i] = c.delta();
            operationHigh[i] = c.operation() == null ? null : c.operation().high();
            operationLow[i] = c.operation() == null ? null : c.operation().low();
            now[i] = c.nowMillis();
            catalogVersions[i] = c.catalogVersion();
        }
        List<GroupCommit.Outcome<BasketLines>> outcomes = new ArrayList<>(n);
        try (PreparedStatement statement = prepare(connection, BATCH_FUNCTION,
                connection.createArrayOf("bigint", idHigh), connection.createArrayOf("bigint", idLow),
                connection.createArrayOf("varchar", products), connection.createArrayOf("integer", deltas),
                connection.createArrayOf("bigint", operationHigh), connection.createArrayOf("bigint", operationLow),
                connection.createArrayOf("bigint", now), BasketStore.MAX_LINE_QUANTITY,
                connection.createArrayOf("bigint", catalogVersions));
             ResultSet rows = statement.executeQuery()) {
            boolean more = rows.next();
            for (int i = 0; i < n; i++) {
                ChangeBatch.Change c = changes.get(i);
                if (!more || rows.getInt(1) != i + 1) {
                    throw new SQLException("basket_changes answered no row for change " + (i + 1) + " of " + n);
                }
                String refused = rows.getString(2);
                if (refused != null) {
                    String message = rows.getString(3);
                    more = rows.next();
                    Exception refusal = refusal(connection, c.id(), c.product(), c.delta(), refused, message);
                    if (refusal == null) {
                        throw new SQLException("basket_changes answered an unknown refusal " + refused + " of change "
                                + (i + 1) + ": " + message);
                    }
                    outcomes.add(GroupCommit.Outcome.failed(refusal));
                    continue;
                }
                long version = rows.getLong(4);
                long basketCatalogVersion = rows.getLong(5);
                List<BasketLines.Line> lines = new ArrayList<>();
                do {
                    String code = rows.getString(6);
                    if (code != null) {
                        lines.add(new BasketLines.Line(code, rows.getInt(7)));
                    }
                    more = rows.next();
                } while (more && rows.getInt(1) == i + 1);
                outcomes.add(GroupCommit.Outcome.of(new BasketLines(c.id(), version, lines, basketCatalogVersion)));
            }
        }
        return outcomes;
    }

    /**
     * The refusal the change functions answered with {@code state} (one of the store's own SQLSTATEs)
     * and {@code message}, or null when {@code state} is none of them.
     */
    private static Exception refusal(Connection connection, BasketId id, String product, int delta,
                                             String state, String message) throws SQLException {
        return switch (state) {
            case "LN404" -> BasketRows.closed(connection, id, BasketState.REMOVED);
            case "LN410" -> new BasketNotFoundException(id, BasketNotFoundException.Reason.EXPIRED);
            case "LN409" -> new StaleCatalogException(Long.parseLong(message));
            case "LN422" -> {
                int current = Integer.parseInt(message);
                try {
                    checkQuantity(id, product, delta, current, (long) current + delta);
                    yield null;
                } catch (InvalidRequestException e) {
                    yield e;
                }
            }
            default -> null;
        };
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
