package com.lana.checkout.server.store;

/**
 * A change was worked out against another catalog version than the basket's own: the product was
 * looked up in the catalog in force, but the basket was opened under an earlier one. Nothing was
 * changed; the caller looks the product up again in {@link #basketCatalogVersion()} and retries.
 * Never reaches a client.
 */
public final class StaleCatalogException extends Exception {
    private static final long serialVersionUID = 1L;

    private final long basketCatalogVersion;

    public StaleCatalogException(long basketCatalogVersion) {
        super("The basket is priced with catalog version " + basketCatalogVersion, null, false, false);
        this.basketCatalogVersion = basketCatalogVersion;
    }

    public long basketCatalogVersion() {
        return basketCatalogVersion;
    }
}
