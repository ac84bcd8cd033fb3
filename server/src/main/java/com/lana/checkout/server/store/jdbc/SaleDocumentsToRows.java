package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static com.lana.checkout.server.store.jdbc.Sql.prepare;

/**
 * Version 5 of a {@link JdbcBasketStore}'s schema, the same on H2 and PostgreSQL: moves every sale
 * kept as a JSON document (schema versions 3 and 4) into its rows, which version 4 made room for; version 6
 * then drops the documents. {@link StoreDatabase} hands it to Flyway with the SQL migrations.
 *
 * <p>The documents are read in number order, {@value #BATCH} at a time, each with
 * {@link SaleDocument}, and each batch is written with one batched statement per table, so that a
 * busy day's sales move in seconds. The whole move is one transaction on PostgreSQL. A document
 * that cannot be read, or whose basket is not its row's, stops the migration naming its sale, and
 * the store does not open: no sale is dropped or changed on the way.
 */
final class SaleDocumentsToRows implements JavaMigration {

    /**
     * The SQLSTATE of a document that is not a sale: a data exception, said as an {@link SQLException}
     * so that the store's one-line reason for not opening names the sale.
     */
    private static final String DATA_EXCEPTION = "22000";

    /** Sales read, then written, at a time. */
    static final int BATCH = 1_000;

    private static final String DOCUMENTS = "SELECT number, basket_high, basket_low, document FROM sale "
            + "WHERE number > ? ORDER BY number LIMIT " + BATCH;
    /** The columns {@link JdbcSales#rowValues} answers, in its order, then the key. */
    private static final String FILL = "UPDATE sale SET sold_on = ?, sold_at = ?, sold_at_nanos = ?, "
            + "basket_version = ?, gross = ?, savings = ?, total = ?, card = ?, cash = ?, change_given = ? "
            + "WHERE number = ?";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5");
    }

    @Override
    public String getDescription() {
        return "sale documents to rows";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long after = 0;
        while (true) {
            List<Sale> sales = documentsAfter(connection, after);
            if (sales.isEmpty()) {
                return;
            }
            fill(connection, sales);
            // Lines as this version keeps them: their VAT rate and returned units come with version 11.
            JdbcSales.insertParts(connection, sales, JdbcSales.LineColumns.BEFORE_VAT);
            after = sales.get(sales.size() - 1).number().value();
        }
    }

    /** The next batch of sales, numbered above {@code after}, read from their documents. */
    private static List<Sale> documentsAfter(Connection connection, long after) throws SQLException {
        List<Sale> sales = new ArrayList<>(BATCH);
        try (PreparedStatement statement = prepare(connection, DOCUMENTS, after);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                SaleNumber number = new SaleNumber(rows.getLong(1));
                BasketId basket = new BasketId(rows.getLong(2), rows.getLong(3));
                Sale sale;
                try {
                    sale = SaleDocument.read(number, rows.getString(4));
                } catch (IllegalStateException e) {
                    throw new SQLException(e.getMessage(), DATA_EXCEPTION, e);
                }
                if (!sale.receipt().basket().equals(basket)) {
                    throw new SQLException("Sale " + number + " in the store cannot be read: its document is of basket "
                            + sale.receipt().basket() + ", its row of basket " + basket, DATA_EXCEPTION);
                }
                sales.add(sale);
            }
        }
        return sales;
    }

    private static void fill(Connection connection, List<Sale> sales) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FILL)) {
            for (Sale sale : sales) {
                Object[] values = JdbcSales.rowValues(sale);
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                statement.setLong(values.length + 1, sale.number().value());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
