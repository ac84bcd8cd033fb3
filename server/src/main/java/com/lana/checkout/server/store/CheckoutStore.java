package com.lana.checkout.server.store;

/**
 * Where a server keeps what outlives a call: its open baskets, its sales, its catalog versions, its
 * clerks, its audit trail and its tills' shifts, views of one place (this JVM's memory, or one
 * database). Each view is a seam of its own, with its own contract tests; they share the place so that {@link BasketStore#completeSale} can close a basket and
 * record its sale in {@link #sales()} as one step: one database transaction, or one set of locks
 * in memory.
 *
 * <p>Which implementations exist, and which one a {@code --store} URL names, is known only to
 * {@code store.kinds.CheckoutStores}; the service knows this interface only.
 */
public interface CheckoutStore extends AutoCloseable {

    /** The open baskets. */
    BasketStore baskets();

    /** The recorded sales. */
    SalesLedger sales();

    /** The catalog's versions. */
    CatalogStore catalogs();

    /** Who did what at which till: append-only. */
    AuditTrail audit();

    /** The tills' shifts and their Z reports. */
    ShiftStore shifts();

    /** The shop's clerks. */
    ClerkStore clerks();

    /** What and where this store is, for log lines: never a password. */
    String description();

    /** Lets go of what the store holds (connections, threads); a closed store answers no more calls. */
    @Override
    void close();
}
