package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.store.AuditTrail;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.CatalogStore;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.ClerkStore;
import com.lana.checkout.server.store.SalesLedger;
import com.lana.checkout.server.store.ShiftStore;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Baskets, sales, refunds, catalog versions, clerks, the audit trail and shifts in one database, H2
 * in a file or PostgreSQL, through one connection pool. Its views run their
 * transactions on the same database: a sale is recorded in the transaction that closes its basket,
 * a refund in one that locks its sale's row, and a basket is opened under the catalog version
 * current in the statement that creates it.
 */
public final class JdbcStore implements CheckoutStore {

    private final JdbcLocation location;
    private final HikariDataSource pool;
    private final JdbcBasketStore baskets;
    private final JdbcSalesLedger sales;
    private final JdbcCatalogStore catalogs;
    private final JdbcAuditTrail audit;
    private final JdbcShifts shifts;
    private final JdbcClerks clerks;

    private JdbcStore(JdbcLocation location, HikariDataSource pool) {
        this.location = location;
        this.pool = pool;
        Transactions transactions = new Transactions(pool);
        this.baskets = new JdbcBasketStore(transactions, location.kind() == JdbcLocation.Kind.POSTGRESQL);
        this.sales = new JdbcSalesLedger(transactions);
        this.catalogs = new JdbcCatalogStore(transactions);
        this.audit = new JdbcAuditTrail(transactions);
        this.shifts = new JdbcShifts(transactions);
        this.clerks = new JdbcClerks(transactions);
    }

    /** Whether {@code url} names a database of a kind this store can live in. */
    public static boolean supports(String url) {
        return JdbcLocation.find(url) != null;
    }

    /** The URL with any password in it masked, fit for log lines and messages. */
    public static String withoutPassword(String url) {
        return JdbcLocation.withoutPassword(url);
    }

    /**
     * Connects to the database at {@code url} and brings its schema up to date.
     *
     * @param password used when not null, else the URL's (if any)
     * @throws IllegalArgumentException naming the URL (without password) when it is of no supported kind
     * @throws StoreUnavailableException naming the URL (without password) and the cause when the
     *     database cannot be reached, refuses the login or cannot be migrated
     */
    public static JdbcStore open(String url, String password) throws StoreUnavailableException {
        JdbcLocation location = JdbcLocation.parse(url);
        return new JdbcStore(location, StoreDatabase.open(location, password));
    }

    @Override
    public BasketStore baskets() {
        return baskets;
    }

    @Override
    public SalesLedger sales() {
        return sales;
    }

    @Override
    public CatalogStore catalogs() {
        return catalogs;
    }

    @Override
    public AuditTrail audit() {
        return audit;
    }

    @Override
    public ShiftStore shifts() {
        return shifts;
    }

    @Override
    public ClerkStore clerks() {
        return clerks;
    }

    @Override
    public String description() {
        return location.kind().displayName + " " + location.safeUrl()
                + (location.kind() == JdbcLocation.Kind.H2 ? " (durable, this server only)" : " (durable, shared)");
    }

    @Override
    public void close() {
        pool.close();
    }
}
