package com.lana.checkout.server.store.memory;

import com.lana.checkout.server.store.AuditTrail;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.CatalogStore;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.ClerkStore;
import com.lana.checkout.server.store.SalesLedger;
import com.lana.checkout.server.store.ShiftStore;

/**
 * Baskets, sales, catalog versions, clerks, the audit trail and shifts in this JVM's memory: the
 * default store and the fastest, lost when the server stops. A sale is recorded with its basket's monitor held and then the ledger's sale lock (see
 * {@link InMemoryBasketStore#completeSale}), so closing the basket and recording the sale are one step.
 */
public final class InMemoryStore implements CheckoutStore {

    private final InMemorySales sales = new InMemorySales();
    private final InMemoryCatalogs catalogs = new InMemoryCatalogs();
    private final InMemoryBasketStore baskets = new InMemoryBasketStore(sales, catalogs);
    private final InMemoryAudit audit = new InMemoryAudit();
    private final InMemoryShifts shifts = new InMemoryShifts();
    private final InMemoryClerks clerks = new InMemoryClerks();

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
        return "memory (baskets and sales are lost when the server stops)";
    }

    /** Nothing to let go of: baskets and sales simply become garbage with the store. */
    @Override
    public void close() {
    }
}
