package com.lana.checkout.server.store;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.StoreUnavailableException;

/**
 * The catalog's versions: the third seam of a {@link CheckoutStore}, next to its baskets and sales.
 * Publishing a catalog makes a new version, numbered from 1 without gaps, all or nothing; a version
 * never changes once published. A basket is opened under the version current at that moment (see
 * {@link BasketStore#create}) and priced with it to its end, so a price change applies to baskets
 * opened after it. Servers sharing a database share its versions: each finds a new one by polling
 * {@link #currentVersion()}.
 *
 * <p>Implementations are thread-safe.
 */
public interface CatalogStore {

    /** The newest version, or 0 when no catalog was ever published. Cheap: servers poll it. */
    long currentVersion() throws StoreUnavailableException;

    /**
     * A published version.
     *
     * @throws IllegalArgumentException when no version has this number
     */
    Catalog catalog(long version) throws StoreUnavailableException;

    /**
     * Publishes {@code catalog} as the next version, in one step: every server sees all of it or none.
     *
     * @param source where it came from, for the record: a file name, {@code built-in}
     * @return the new version's number
     */
    long publish(Catalog catalog, String source) throws StoreUnavailableException;
}
