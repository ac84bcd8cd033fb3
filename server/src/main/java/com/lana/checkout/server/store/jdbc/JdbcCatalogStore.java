package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.api.VatRate;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.store.CatalogStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static com.lana.checkout.server.store.jdbc.Sql.prepare;
import static com.lana.checkout.server.store.jdbc.Sql.update;

/**
 * The catalog versions of a {@link JdbcStore} (see {@code V9__catalog_versions.sql}), shared by every
 * server on the database. A version is one {@code catalog_version} row holding its rules besides the
 * products (promotions, favourites, price barcodes) as {@link CatalogFile#rulesJson} writes them,
 * and its products and barcodes as rows of their own.
 *
 * <p>A publish is one transaction: it takes the row lock of {@code catalog_head}, which holds the
 * newest version's number, so publishers on every server number their versions one at a time and
 * without gaps; writes the rows in large batches (100,000 products are a few seconds); and sets
 * the head to the new number. Until it commits nobody sees any of it, and a publish that fails
 * leaves nothing behind, its number included. {@link #currentVersion()} reads the head's one row,
 * without waiting for a publish in progress.
 */
final class JdbcCatalogStore implements CatalogStore {

    private static final String CURRENT = "SELECT version FROM catalog_head WHERE id = 1";
    private static final String LOCK_HEAD = "UPDATE catalog_head SET version = version WHERE id = 1";
    private static final String READ_HEAD = "SELECT version FROM catalog_head WHERE id = 1";
    private static final String SET_HEAD = "UPDATE catalog_head SET version = ? WHERE id = 1";
    private static final String INSERT_VERSION = "INSERT INTO catalog_version (version, source, rules) "
            + "VALUES (?, ?, ?)";
    private static final String INSERT_PRODUCT = "INSERT INTO catalog_product "
            + "(version, code, position, name, price_cents, vat_hundredths, on_sale) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_BARCODE = "INSERT INTO catalog_barcode (version, barcode, code, position) "
            + "VALUES (?, ?, ?, ?)";
    private static final String RULES = "SELECT rules FROM catalog_version WHERE version = ?";
    private static final String PRODUCTS = "SELECT code, name, price_cents, vat_hundredths, on_sale "
            + "FROM catalog_product WHERE version = ? ORDER BY position";
    private static final String BARCODES = "SELECT code, barcode FROM catalog_barcode WHERE version = ? "
            + "ORDER BY code, position";

    /** Rows sent to the database per batch: large enough to be few round trips, small enough for the socket timeout. */
    private static final int BATCH_ROWS = 5_000;

    private final Transactions transactions;

    JdbcCatalogStore(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public long currentVersion() throws StoreUnavailableException {
        return transactions.run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(CURRENT);
                 ResultSet row = statement.executeQuery()) {
                return head(row);
            }
        });
    }

    @Override
    public Catalog catalog(long version) throws StoreUnavailableException {
        return transactions.run(connection -> {
            String rules;
            try (PreparedStatement statement = prepare(connection, RULES, version);
                 ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("No catalog version " + version + " in the store");
                }
                rules = row.getString(1);
            }
            Map<String, List<String>> barcodes = barcodes(connection, version);
            List<Product> products = new ArrayList<>();
            try (PreparedStatement statement = prepare(connection, PRODUCTS, version);
                 ResultSet rows = statement.executeQuery()) {
                rows.setFetchSize(BATCH_ROWS);
                while (rows.next()) {
                    String code = rows.getString(1);
                    products.add(new Product(code, rows.getString(2), Money.ofMinor(rows.getLong(3)),
                            new VatRate(rows.getInt(4)), barcodes.getOrDefault(code, List.of()), rows.getBoolean(5)));
                }
            }
            return CatalogFile.fromRulesJson(products, rules);
        });
    }

    /** Each product's barcodes, in their order, by product code. */
    private static Map<String, List<String>> barcodes(Connection connection, long version) throws SQLException {
        Map<String, List<String>> barcodes = new HashMap<>();
        try (PreparedStatement statement = prepare(connection, BARCODES, version);
             ResultSet rows = statement.executeQuery()) {
            rows.setFetchSize(BATCH_ROWS);
            while (rows.next()) {
                barcodes.computeIfAbsent(rows.getString(1), code -> new ArrayList<>(1)).add(rows.getString(2));
            }
        }
        return barcodes;
    }

    @Override
    public long publish(Catalog catalog, String source) throws StoreUnavailableException {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(source, "source");
        String rules = CatalogFile.rulesJson(catalog);
        return transactions.run(connection -> {
            long version;
            Sql.lockRows(connection, LOCK_HEAD);
            try (PreparedStatement statement = connection.prepareStatement(READ_HEAD);
                 ResultSet row = statement.executeQuery()) {
                version = head(row) + 1;
            }
            update(connection, INSERT_VERSION, version, source, rules);
            insertProducts(connection, version, catalog.products());
            insertBarcodes(connection, version, catalog.products());
            update(connection, SET_HEAD, version);
            return version;
        });
    }

    private static void insertProducts(Connection connection, long version, List<Product> products)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_PRODUCT)) {
            Batch batch = new Batch(insert);
            for (int i = 0; i < products.size(); i++) {
                Product product = products.get(i);
                insert.setLong(1, version);
                insert.setString(2, product.code());
                insert.setInt(3, i);
                insert.setString(4, product.name());
                insert.setLong(5, product.price().cents());
                insert.setInt(6, product.vat().hundredths());
                insert.setBoolean(7, product.onSale());
                batch.add();
            }
            batch.flush();
        }
    }

    private static void insertBarcodes(Connection connection, long version, List<Product> products)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_BARCODE)) {
            Batch batch = new Batch(insert);
            for (Product product : products) {
                List<String> barcodes = product.barcodes();
                for (int i = 0; i < barcodes.size(); i++) {
                    insert.setLong(1, version);
                    insert.setString(2, barcodes.get(i));
                    insert.setString(3, product.code());
                    insert.setInt(4, i);
                    batch.add();
                }
            }
            batch.flush();
        }
    }

    private static long head(ResultSet row) throws SQLException {
        if (!row.next()) {
            throw new SQLException("The catalog head row is missing");
        }
        return row.getLong(1);
    }

    /** A statement's rows, sent every {@value #BATCH_ROWS}. */
    private static final class Batch {
        private final PreparedStatement statement;
        private int rows;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        void add() throws SQLException {
            statement.addBatch();
            if (++rows == BATCH_ROWS) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (rows > 0) {
                statement.executeBatch();
                rows = 0;
            }
        }
    }
}
