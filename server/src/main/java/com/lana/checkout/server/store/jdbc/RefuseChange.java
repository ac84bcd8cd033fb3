package com.lana.checkout.server.store.jdbc;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * H2's trigger on the tables whose rows are kept as written (see {@code V13__audit_and_shifts.sql}):
 * refuses every UPDATE and DELETE, except, on {@code shift}, the update that closes an open shift.
 * H2 files name this class in their schema, so it keeps its name and package.
 */
public final class RefuseChange implements Trigger {

    /** The SQLSTATE of the refusal, the same as PostgreSQL's trigger function raises. */
    static final String REFUSED = "LN403";

    private String table;
    /** On {@code shift}, the index of {@code closed_at} in a row; -1 on the other tables. */
    private int closedAt = -1;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        this.table = table;
        if ("SHIFT".equalsIgnoreCase(table)) {
            try (ResultSet column = connection.getMetaData().getColumns(null, schema, table, "CLOSED_AT")) {
                if (!column.next()) {
                    throw new SQLException("Table " + table + " has no closed_at column");
                }
                closedAt = column.getInt("ORDINAL_POSITION") - 1;
            }
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        boolean closingAnOpenShift = closedAt >= 0 && newRow != null && oldRow[closedAt] == null;
        if (!closingAnOpenShift) {
            throw new SQLException((newRow == null ? "DELETE" : "UPDATE") + " on " + table.toLowerCase()
                    + " refused: its rows are kept as written", REFUSED);
        }
    }
}
