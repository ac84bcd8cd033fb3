package com.lana.checkout.server.store.memory;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.server.store.CatalogStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The catalog versions of an {@link InMemoryStore}: a list whose position is the version. Versions
 * of a memory server live as long as it does, like its baskets. Thread-safe: publishing is
 * synchronized, and the current version is one volatile read.
 */
final class InMemoryCatalogs implements CatalogStore {

    private final List<Catalog> versions = new ArrayList<>();
    private volatile long current;

    @Override
    public long currentVersion() {
        return current;
    }

    @Override
    public synchronized Catalog catalog(long version) {
        if (version < 1 || version > versions.size()) {
            throw new IllegalArgumentException("No catalog version " + version + "; the newest is " + versions.size());
        }
        return versions.get((int) version - 1);
    }

    @Override
    public synchronized long publish(Catalog catalog, String source) {
        versions.add(Objects.requireNonNull(catalog, "catalog"));
        current = versions.size();
        return current;
    }
}
