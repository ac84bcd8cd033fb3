package com.lana.checkout.server.catalog;

import com.lana.checkout.api.Catalog;

import java.util.Objects;

/**
 * A catalog to put in force, worked out from the one in force: a JSON file gives a whole catalog,
 * a CSV file only products, keeping the promotions, favourites and price barcodes in force.
 */
@FunctionalInterface
public interface CatalogUpdate {

    /**
     * The catalog to put in force.
     *
     * @param inForce the store's current catalog, or the built-in one when the store has none yet
     * @throws IllegalArgumentException when the result is not a valid catalog (a promotion of the
     *     catalog in force names a product the update leaves out, say); the message says why
     */
    Catalog over(Catalog inForce);

    /** The whole of {@code catalog}, whatever is in force. */
    static CatalogUpdate of(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return inForce -> catalog;
    }
}
