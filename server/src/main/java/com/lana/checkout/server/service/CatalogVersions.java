package com.lana.checkout.server.service;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.catalog.CatalogUpdate;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.server.store.CatalogStore;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * This server's view of the store's catalog versions: the {@linkplain #current() current} one,
 * indexed as a {@link PriceList}, and the few older ones that baskets opened before a price change
 * still need. The current version is one volatile read; an older one is read from the store the
 * first time a basket of it is priced, then kept (the newest {@value #KEPT_OLDER} of them).
 *
 * <p>{@link #startPolling} asks the store for its newest version every interval, so that a catalog
 * imported through any server, or the command line, is served by every server sharing the store
 * within that interval and the time to read it, without a restart. A store that cannot be reached
 * leaves the version in force serving and is asked again at the next tick.
 */
public final class CatalogVersions implements AutoCloseable {

    /** How many versions older than the current one stay indexed in memory. */
    static final int KEPT_OLDER = 3;

    private static final System.Logger LOG = System.getLogger(CatalogVersions.class.getName());

    private final CatalogStore store;
    private volatile PriceList current;
    private final Map<Long, PriceList> older = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, PriceList> eldest) {
            return size() > KEPT_OLDER;
        }
    };
    private ScheduledExecutorService poller;
    private volatile boolean unreachable;

    private CatalogVersions(CatalogStore store, PriceList current) {
        this.store = store;
        this.current = current;
    }

    /**
     * The store's versions, with {@code update} in force: what it makes of the store's current catalog
     * (or of {@code fallback} when the store has none) is published as a new version, unless it is
     * the same as the store's current one. Without an update the store's current version serves, or
     * {@code fallback} is published when the store has none.
     *
     * @param update the catalog to put in force (a server started with {@code --catalog}), or null
     *     to serve the store's
     * @param fallback what a store without any catalog starts with (the built-in one)
     * @param source where {@code update} came from, for the record
     * @throws IllegalArgumentException when the update makes no valid catalog of the one in force
     */
    public static CatalogVersions open(CatalogStore store, CatalogUpdate update, Catalog fallback, String source)
            throws StoreUnavailableException {
        Objects.requireNonNull(fallback, "fallback");
        long version = store.currentVersion();
        Catalog stored = version == 0 ? null : store.catalog(version);
        Catalog wanted = update == null ? (stored != null ? stored : fallback)
                : update.over(stored != null ? stored : fallback);
        if (!wanted.equals(stored)) {
            String from = update != null ? source : "the built-in catalog";
            version = store.publish(wanted, from);
            LOG.log(System.Logger.Level.INFO, "Catalog version {0} published from {1}: {2} products", version,
                    from, wanted.products().size());
        }
        return new CatalogVersions(store, new PriceList(version, wanted));
    }

    /**
     * {@link #open} the store's versions and {@link #startPolling} it for newer ones, as a server does.
     *
     * @throws IOException with the store's one-line message when it cannot be reached
     */
    public static CatalogVersions start(CatalogStore store, CatalogUpdate update, Catalog fallback, Duration poll)
            throws IOException {
        CatalogVersions versions;
        try {
            versions = open(store, update, fallback, "the catalog the server was started with");
        } catch (StoreUnavailableException e) {
            throw new IOException(e.getMessage(), e);
        }
        versions.startPolling(poll);
        return versions;
    }

    /** The version in force: new baskets are opened under it, and products are found in it. */
    public PriceList current() {
        return current;
    }

    /**
     * The price list of {@code version}: the current one, one kept, or read from the store now.
     *
     * @throws IllegalArgumentException when the store has no such version
     */
    public PriceList version(long version) throws StoreUnavailableException {
        PriceList now = current;
        if (now.version() == version) {
            return now;
        }
        synchronized (older) {
            PriceList kept = older.get(version);
            if (kept != null) {
                return kept;
            }
        }
        PriceList loaded = new PriceList(version, store.catalog(version));
        if (version > now.version()) {
            adopt(loaded);
            return loaded;
        }
        synchronized (older) {
            older.put(version, loaded);
        }
        return loaded;
    }

    /** Reads the store's newest version now, and puts it in force when it is newer than the current one. */
    public void refresh() throws StoreUnavailableException {
        long newest = store.currentVersion();
        if (newest > current.version()) {
            adopt(new PriceList(newest, store.catalog(newest)));
        }
    }

    private synchronized void adopt(PriceList newer) {
        PriceList before = current;
        if (newer.version() <= before.version()) {
            return;
        }
        current = newer;
        synchronized (older) {
            older.put(before.version(), before);
        }
        LOG.log(System.Logger.Level.INFO, "Catalog version {0} in force: {1} products (baskets opened before keep version {2})",
                newer.version(), newer.size(), before.version());
    }

    /** Asks the store for a newer version every {@code interval}, on a daemon thread of its own. */
    public synchronized void startPolling(Duration interval) {
        if (poller != null) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "catalog-versions");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            refresh();
            if (unreachable) {
                unreachable = false;
                LOG.log(System.Logger.Level.INFO, "Catalog versions can be read again");
            }
        } catch (StoreUnavailableException | RuntimeException e) {
            if (!unreachable) {
                unreachable = true;
                LOG.log(System.Logger.Level.WARNING, "Cannot read the catalog's versions, version {0} stays in force: {1}",
                        current.version(), e.getMessage());
            }
        }
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /**
     * The versions of {@code store} with {@code catalog} put in force unless it is already: for tests
     * and tools that make a service of a store at hand.
     *
     * @throws IllegalStateException when the store cannot be reached to read or publish its catalog
     */
    static CatalogVersions inForce(Catalog catalog, CatalogStore store) {
        try {
            return open(store, CatalogUpdate.of(catalog), catalog, "the service's maker");
        } catch (StoreUnavailableException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
