package com.lana.checkout.server.rmi;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.ClientSocketFactory;
import com.lana.checkout.api.Shop;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.metrics.ServerMetrics;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.catalog.CatalogUpdate;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.server.service.CatalogVersions;
import com.lana.checkout.server.service.CheckoutServiceImpl;
import com.lana.checkout.server.security.SignInPolicy;
import com.lana.checkout.server.service.Sessions;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;

import java.io.IOException;
import java.net.InetAddress;
import java.rmi.NoSuchObjectException;
import java.rmi.NotBoundException;
import java.rmi.RemoteException;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.rmi.server.ExportException;
import java.rmi.server.UnicastRemoteObject;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A running checkout server: an RMI registry and the exported {@link CheckoutServiceImpl}, sharing
 * one port; the service and its store are measured by a {@link ServerMetrics}. Start one with
 * {@link #start(Options)}; {@link #close()} stops it, letting calls in flight finish first. Used by
 * the command line ({@code cli.Main}), the till's single-till server and, on a free loopback port, by tests.
 */
public final class CheckoutServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CheckoutServer.class.getName());

    static {
        // The JDK's registry already refuses bind/rebind/unbind from other hosts. This filter on
        // what the registry deserializes also refuses any stub another process on this machine
        // tries to bind (our own bind is a local call and deserializes nothing), so nobody can
        // put an impostor service next to ours. Read once, when the registry class loads.
        if (System.getProperty("sun.rmi.registry.registryFilter") == null) {
            System.setProperty("sun.rmi.registry.registryFilter", "java.lang.String;!*");
        }
        // Random object ids, read when the RMI runtime first exports: a session's stub cannot be guessed.
        System.setProperty("java.rmi.server.randomIDs", "true");
    }

    /**
     * The RMI runtime keeps exported objects only weakly once no client holds a reference; these
     * strong references keep a running server's registry and service alive until it is closed.
     */
    private static final Set<CheckoutServer> RUNNING = ConcurrentHashMap.newKeySet();

    /**
     * How often a server asks its store for a newer catalog version: a catalog imported through
     * another server or the command line is served here within this and the time to read it.
     */
    static final Duration CATALOG_POLL = Duration.ofSeconds(1);

    /**
     * How to run a server.
     *
     * @param bindAddress the interface to listen on; loopback keeps the server private to this machine
     * @param catalog the catalog to put in force at start-up (a new version, unless the store's current
     *     one is the same), or null to serve the store's current version (the built-in catalog when the
     *     store has none)
     * @param port the port of both the registry and the service
     * @param advertisedHost the address written into the stubs clients receive, which they connect to
     * @param basketIdleTimeout how long an unused basket is kept before it expires
     * @param clock times basket expiry and dates sales, in its zone (the shop's local time)
     * @param tls the server's certificate and trusted client CAs for mutual TLS, or null for plain TCP
     * @param store where baskets and sales live: the one place the server takes its store from, when
     *     it starts; {@link #withStore(String)} names one by URL, memory by default
     * @param shop the shop whose name, address and VAT number head the receipts
     * @param signIns how clerks' sessions run: idle timeout, approval limits, the PIN pepper
     */
    public record Options(InetAddress bindAddress, int port, String advertisedHost, CatalogUpdate catalog,
                          Duration basketIdleTimeout, Clock clock, Checkout.Tls tls, StoreSource store, Shop shop,
                          SignInPolicy signIns) {
        public Options {
            Objects.requireNonNull(signIns, "signIns");
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(shop, "shop");
            Objects.requireNonNull(bindAddress, "bindAddress");
            Objects.requireNonNull(advertisedHost, "advertisedHost");
            Objects.requireNonNull(basketIdleTimeout, "basketIdleTimeout");
            Objects.requireNonNull(clock, "clock");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port must be 0-65535, was " + port);
            }
            if (basketIdleTimeout.isNegative() || basketIdleTimeout.isZero()) {
                throw new IllegalArgumentException("Basket idle timeout must be positive, was " + basketIdleTimeout);
            }
        }

        /** Options for receipts of the {@linkplain Shop#DEVELOPMENT development shop}. */
        public Options(InetAddress bindAddress, int port, String advertisedHost, CatalogUpdate catalog,
                       Duration basketIdleTimeout, Clock clock, Checkout.Tls tls, StoreSource store) {
            this(bindAddress, port, advertisedHost, catalog, basketIdleTimeout, clock, tls, store, Shop.DEVELOPMENT,
                    SignInPolicy.defaults());
        }

        /** The same options with clerks' sessions run so. */
        public Options withSignIns(SignInPolicy settings) {
            return new Options(bindAddress, port, advertisedHost, catalog, basketIdleTimeout, clock, tls, store, shop,
                    settings);
        }

        /** Options with baskets and sales in the store at {@code storeUrl}, as {@link CheckoutStores#open} takes it. */
        public Options(InetAddress bindAddress, int port, String advertisedHost, CatalogUpdate catalog,
                       Duration basketIdleTimeout, Clock clock, Checkout.Tls tls, String storeUrl) {
            this(bindAddress, port, advertisedHost, catalog, basketIdleTimeout, clock, tls, StoreSource.url(storeUrl));
        }

        /** Options with baskets and sales in memory, selling {@code catalog}. */
        public Options(InetAddress bindAddress, int port, String advertisedHost, Catalog catalog,
                       Duration basketIdleTimeout, Clock clock, Checkout.Tls tls) {
            this(bindAddress, port, advertisedHost, CatalogUpdate.of(catalog), basketIdleTimeout, clock, tls,
                    CheckoutStores.MEMORY);
        }

        /** The same options putting {@code update} in force at start-up, or, when null, serving the store's catalog. */
        public Options withCatalog(CatalogUpdate update) {
            return new Options(bindAddress, port, advertisedHost, update, basketIdleTimeout, clock, tls, store, shop, signIns);
        }

        /** Defaults for a server private to this machine on {@code port}; 0 picks a free port. */
        public static Options loopback(int port, Catalog catalog) {
            return new Options(InetAddress.getLoopbackAddress(), port,
                    InetAddress.getLoopbackAddress().getHostAddress(), catalog, Duration.ofHours(4),
                    Clock.systemDefaultZone(), null);
        }

        public Options withBasketIdleTimeout(Duration timeout, Clock clock) {
            return new Options(bindAddress, port, advertisedHost, catalog, timeout, clock, tls, store, shop, signIns);
        }

        public Options withTls(Checkout.Tls tls) {
            return new Options(bindAddress, port, advertisedHost, catalog, basketIdleTimeout, clock, tls, store, shop, signIns);
        }

        /** The same options with receipts headed by {@code shop}. */
        public Options withShop(Shop shop) {
            return new Options(bindAddress, port, advertisedHost, catalog, basketIdleTimeout, clock, tls, store, shop, signIns);
        }

        /** The same options with baskets and sales in the store at {@code url}, as {@link CheckoutStores#open} takes it. */
        public Options withStore(String url) {
            return new Options(bindAddress, port, advertisedHost, catalog, basketIdleTimeout, clock, tls,
                    StoreSource.url(url), shop, signIns);
        }

        /**
         * The same options with baskets and sales in {@code store}, already open (a test's, say, which
         * servers in one JVM may share); a server started with them closes it when it stops.
         */
        public Options withStore(CheckoutStore store) {
            Objects.requireNonNull(store, "store");
            return new Options(bindAddress, port, advertisedHost, catalog, basketIdleTimeout, clock, tls, () -> store,
                    shop, signIns);
        }
    }

    private final Options options;
    private final int port;
    private final CheckoutServiceImpl service;
    private final CatalogVersions catalogs;
    private final CheckoutService exported;   // the service as measured by the metrics: what RMI serves
    private final CheckoutStore store;
    private final Registry registry;
    private final ScheduledExecutorService expiry;
    private final Sessions sessions;
    private final ServerMetrics metrics;
    private final boolean ownsMetrics;
    private volatile RegistryGuard registryGuard;   // set once, by start

    private CheckoutServer(Options options, int port, CheckoutServiceImpl service, CatalogVersions catalogs,
                           CheckoutService exported, CheckoutStore store, Registry registry,
                           ScheduledExecutorService expiry, Sessions sessions, ServerMetrics metrics,
                           boolean ownsMetrics) {
        this.sessions = sessions;
        this.options = options;
        this.port = port;
        this.service = service;
        this.catalogs = catalogs;
        this.exported = exported;
        this.store = store;
        this.registry = registry;
        this.expiry = expiry;
        this.metrics = metrics;
        this.ownsMetrics = ownsMetrics;
    }

    /**
     * Opens the store the options name, creates the registry, exports the service and binds it as
     * {@link CheckoutService#NAME}.
     *
     * @throws IOException with a one-line message when the store cannot be opened, or the port is
     *     taken or cannot be used
     * @throws IllegalArgumentException naming the store URL when it is of no kind the server knows
     */
    public static CheckoutServer start(Options options) throws IOException {
        return start(options, ServerMetrics.detached(), true);
    }

    /**
     * Like {@link #start(Options)}, measured by {@code metrics} (which the caller closes after the
     * server); without it a server's meters are its own ({@link ServerMetrics#detached()}).
     */
    public static CheckoutServer start(Options options, ServerMetrics metrics) throws IOException {
        return start(options, metrics, false);
    }

    private static CheckoutServer start(Options options, ServerMetrics metrics, boolean ownsMetrics) throws IOException {
        CheckoutStore unmeasured;
        try {
            unmeasured = options.store().open();
        } catch (StoreUnavailableException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            return start(options, unmeasured, metrics, ownsMetrics);
        } catch (IOException | RuntimeException e) {
            unmeasured.close();
            throw e;
        }
    }

    private static CheckoutServer start(Options options, CheckoutStore unmeasured, ServerMetrics metrics,
                                        boolean ownsMetrics) throws IOException {
        CheckoutStore store = metrics.instrument(unmeasured);
        int port = options.port() == 0 ? ServerSockets.freePort(options.bindAddress()) : options.port();
        // Read by the RMI runtime on every export: the host clients are told to connect to.
        System.setProperty("java.rmi.server.hostname", options.advertisedHost());
        ServerSockets sockets = new ServerSockets(options.bindAddress(),
                options.tls() == null ? null : options.tls().sslContext());
        ClientSocketFactory clientSockets = options.tls() == null ? ClientSocketFactory.PLAIN : ClientSocketFactory.TLS;
        CatalogVersions catalogs = CatalogVersions.start(store.catalogs(), options.catalog(), CatalogFile.defaults(),
                CATALOG_POLL);
        CheckoutServiceImpl service = new CheckoutServiceImpl(catalogs, store, options.clock(), options.shop());
        CheckoutService exported = metrics.instrument(service);
        Registry registry;
        try {
            registry = LocateRegistry.createRegistry(port, clientSockets, sockets);
        } catch (ExportException e) {
            catalogs.close();
            throw ServerSockets.portProblem(options.bindAddress(), port, e);
        }
        try {
            CheckoutService stub = (CheckoutService) UnicastRemoteObject.exportObject(
                    exported, port, clientSockets, sockets, ArgumentFilter.FILTER);
            registry.rebind(CheckoutService.NAME, stub);

        } catch (RemoteException e) {
            unexportQuietly(registry);
            catalogs.close();
            throw ServerSockets.portProblem(options.bindAddress(), port, e);
        }
        ScheduledExecutorService expiry = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "basket-expiry");
            thread.setDaemon(true);
            return thread;
        });
        Sessions sessions = new Sessions(service, store, options.clock(), options.signIns(),
                new SessionStubs(port, clientSockets, sockets), sockets.terminals());
        service.takeSignIns(sessions);
        CheckoutServer server = new CheckoutServer(options, port, service, catalogs, exported, store, registry,
                expiry, sessions, metrics, ownsMetrics);
        server.registryGuard = RegistryGuard.start(registry, port, CheckoutService.NAME);
        long sweepMillis = Math.max(1_000, Math.min(60_000, options.basketIdleTimeout().toMillis() / 10));
        expiry.scheduleWithFixedDelay(server::expireIdleBaskets, sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
        long sessionSweep = Math.max(1_000, Math.min(60_000, options.signIns().idleTimeout().toMillis() / 10));
        expiry.scheduleWithFixedDelay(server::expireIdleSessions, sessionSweep, sessionSweep, TimeUnit.MILLISECONDS);
        RUNNING.add(server);
        return server;
    }

    /** The port the registry and the service listen on. */
    public int port() {
        return port;
    }

    public Options options() {
        return options;
    }

    /** The service object itself, for in-process callers and tests. */
    public CheckoutServiceImpl service() {
        return service;
    }

    /** The catalog version in force: new baskets are opened under it. */
    public PriceList catalogInForce() {
        return catalogs.current();
    }

    /** The server's meters. */
    public ServerMetrics metrics() {
        return metrics;
    }

    /** What and where the store is, for log lines (never a password). */
    public String storeDescription() {
        return store.description();
    }

    /** Expires baskets idle longer than the timeout; runs on a timer, callable from tests. */
    public int expireIdleBaskets() {
        try {
            long cutoff = options.clock().millis() - options.basketIdleTimeout().toMillis();
            int expired = store.baskets().expireIdleSince(cutoff);
            if (expired > 0) {
                LOG.info(() -> "Expired " + expired + " basket(s) unused for " + options.basketIdleTimeout());
            }
            return expired;
        } catch (StoreUnavailableException e) {
            LOG.warning("Basket expiry skipped: " + e.getMessage());
            return 0;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Basket expiry failed; will try again", e);
            return 0;
        }
    }

    /** Ends the clerks' sessions unused longer than their timeout; runs on a timer, callable from tests. */
    public int expireIdleSessions() {
        return sessions.expireIdle();
    }

    /**
     * Stops the server gracefully: new calls are refused at once with {@link
     * com.lana.checkout.api.ServerStoppingException} (clients know it is safe to send them again
     * elsewhere or later), calls in flight get up to five seconds to finish, then the service is
     * unbound and unexported and the port is freed. Safe to call twice.
     */
    @Override
    public void close() {
        if (!RUNNING.remove(this)) {
            return;
        }
        service.stopAccepting();
        expiry.shutdownNow();
        sessions.closeAll();
        registryGuard.close();   // before our own unbind, which it must not undo
        try {
            registry.unbind(CheckoutService.NAME);
        } catch (RemoteException | NotBoundException e) {
            LOG.log(Level.FINE, "Unbind on close", e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        try {
            while (!UnicastRemoteObject.unexportObject(exported, false)) {
                if (System.nanoTime() > deadline) {
                    LOG.warning("Calls still running after 5 s; stopping anyway");
                    UnicastRemoteObject.unexportObject(exported, true);
                    break;
                }
                Thread.sleep(10);
            }
        } catch (NoSuchObjectException e) {
            LOG.log(Level.FINE, "Already unexported", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unexportQuietly(exported);
        }
        unexportQuietly(registry);
        catalogs.close();
        store.close();
        if (ownsMetrics) {
            metrics.close();
        }
        ServerSockets.awaitReleased(options.bindAddress(), port);
    }

    private static void unexportQuietly(java.rmi.Remote remote) {
        try {
            UnicastRemoteObject.unexportObject(remote, true);
        } catch (NoSuchObjectException e) {
            // already gone: nothing to undo
        }
    }
}
