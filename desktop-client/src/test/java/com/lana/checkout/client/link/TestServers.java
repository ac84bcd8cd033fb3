package com.lana.checkout.client.link;

import com.lana.checkout.api.staff.ClerkName;
import com.lana.checkout.api.staff.InvalidPinException;
import com.lana.checkout.api.staff.Role;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.security.Pepper;
import com.lana.checkout.server.security.Pin;
import com.lana.checkout.server.security.PinHasher;
import com.lana.checkout.server.security.SignInPolicy;
import com.lana.checkout.server.rmi.CheckoutServer;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.StoreUnavailableException;
import io.micrometer.core.instrument.Counter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Real checkout servers on loopback ports, for the model and GUI tests. */
public final class TestServers {

    private TestServers() {
    }

    /**
     * Starts a server on {@code port} (0 for a free one). Restarting on the port of a server just
     * closed may find it still held for a moment by the RMI runtime, so that is retried for a while.
     */
    public static CheckoutServer start(int port) throws IOException, InterruptedException {
        return start(port, CheckoutStores.MEMORY);
    }

    /** Like {@link #start(int)}, with baskets and sales in the store at {@code storeUrl}. */
    public static CheckoutServer start(int port, String storeUrl) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                return CheckoutServer.start(CheckoutServer.Options.loopback(port, CatalogFile.defaults()).withStore(storeUrl));
            } catch (IOException e) {
                if (port == 0 || System.nanoTime() > deadline || !e.getMessage().contains("already in use")) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    /**
     * A server on a free loopback port, with baskets and sales in memory, whose clock is {@code clock}:
     * it dates sales by it (in its zone) and expires baskets by it. Held as tests outside this class
     * hold servers, through {@link Running}, which names nothing of the server's own packages.
     */
    public static Running running(Clock clock) throws IOException {
        CheckoutServer.Options options = CheckoutServer.Options.loopback(0, CatalogFile.defaults());
        return Running.start(options.withBasketIdleTimeout(options.basketIdleTimeout(), clock));
    }

    /** A server on a free loopback port selling {@code catalog}, with baskets and sales in memory. */
    public static Running running(Catalog catalog) throws IOException {
        return Running.start(CheckoutServer.Options.loopback(0, catalog));
    }

    /** A server on a free loopback port with the system's clock, as {@link #running(Clock)}. */
    public static Running running() throws IOException {
        return running(Clock.systemDefaultZone());
    }

    /**
     * A running server: where it listens, its service in this JVM (what it recorded), what it was
     * asked, a new catalog for it, and stopping it.
     */
    public static final class Running implements AutoCloseable {
        private final CheckoutServer server;
        private final CheckoutStore store;

        private Running(CheckoutServer server, CheckoutStore store) {
            this.server = server;
            this.store = store;
        }

        /** Starts a server with baskets and sales in a memory store of its own, kept at hand to publish catalogs in. */
        private static Running start(CheckoutServer.Options options) throws IOException {
            CheckoutStore store;
            try {
                store = CheckoutStores.open(CheckoutStores.MEMORY);
            } catch (StoreUnavailableException e) {
                throw new IOException(e.getMessage(), e);
            }
            return new Running(CheckoutServer.start(options.withStore(store)), store);
        }

        /**
         * Publishes {@code catalog} as the store's next version, as {@code catalog import} does on a
         * shared database: the server serves it within its poll interval (a second), without a restart.
         */
        public void publish(Catalog catalog) throws StoreUnavailableException {
            store.catalogs().publish(catalog, "a test");
        }

        public int port() {
            return server.port();
        }

        /** The service itself, called in process: what the server recorded, without RMI in between. */
        public CheckoutService service() {
            return server.service();
        }

        /**
         * How many calls of a service method ({@code catalog}, {@code findProducts}, ...) reached the
         * server from its clients, whatever their outcome: the server's own count, which it publishes
         * as {@code lana_checkout_calls_total}.
         */
        public long calls(String operation) {
            return Math.round(server.metrics().registry().find("lana.checkout.calls").tag("operation", operation)
                    .counters().stream().mapToDouble(Counter::count).sum());
        }

        @Override
        public void close() {
            server.close();
        }
    }

    /** A manager of the servers {@link #withClerks()} starts, and her PIN. */
    public static final String ANN = "Ann";
    public static final String ANN_PIN = "73914682";
    /** A clerk of the servers {@link #withClerks()} starts, and his PIN. */
    public static final String BOB = "Bob";
    public static final String BOB_PIN = "58204617";

    /** PINs are checked with a pepper of the tests' own, never one read from the user's home. */
    private static final PinHasher HASHER = new PinHasher(Pepper.load(
            Map.of(Pepper.VARIABLE, "the till tests' own pepper"), Path.of("no-pepper-file")));

    /**
     * A server on a free loopback port whose store has clerks — {@link #ANN}, a manager, and
     * {@link #BOB}, a clerk — so that every till signs in; baskets, sales and shifts in memory.
     */
    public static Running withClerks() throws IOException {
        return withClerks(SignInPolicy.DEFAULT_IDLE_TIMEOUT, Clock.systemDefaultZone());
    }

    /**
     * Like {@link #withClerks()}, with clerks' sessions ending after {@code sessionIdleTimeout} unused,
     * as {@code --session-idle-timeout} sets it, timed (with everything else the server times) by
     * {@code clock}.
     */
    public static Running withClerks(Duration sessionIdleTimeout, Clock clock) throws IOException {
        CheckoutStore store = withAnnAndBob(CheckoutStores.MEMORY);
        CheckoutServer.Options options = CheckoutServer.Options.loopback(0, CatalogFile.defaults());
        return new Running(CheckoutServer.start(options.withBasketIdleTimeout(options.basketIdleTimeout(), clock)
                .withStore(store).withSignIns(signIns().withIdleTimeout(sessionIdleTimeout))), store);
    }

    /** Opens the store at {@code storeUrl} with {@link #ANN} and {@link #BOB} added to it, for servers to share. */
    public static CheckoutStore withAnnAndBob(String storeUrl) throws IOException {
        CheckoutStore store = null;
        try {
            store = CheckoutStores.open(storeUrl);
            store.clerks().add(ClerkName.of(ANN), Role.MANAGER, HASHER.hash(Pin.of(ANN_PIN)));
            store.clerks().add(ClerkName.of(BOB), Role.CLERK, HASHER.hash(Pin.of(BOB_PIN)));
            return store;
        } catch (StoreUnavailableException | InvalidPinException e) {
            if (store != null) {
                store.close();
            }
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Starts a server on {@code port} (0 for a free one) on the durable store at {@code storeUrl},
     * whose clerks sign in with the tests' pepper; retried as {@link #start(int, String)} is.
     */
    public static CheckoutServer startWithClerks(int port, String storeUrl) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                return CheckoutServer.start(CheckoutServer.Options.loopback(port, CatalogFile.defaults())
                        .withStore(storeUrl).withSignIns(signIns()));
            } catch (IOException e) {
                if (port == 0 || System.nanoTime() > deadline || !e.getMessage().contains("already in use")) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    /** A server on a free port whose baskets, sales, shifts and clerks are in {@code store}, which other servers may share. */
    public static CheckoutServer sharingWithClerks(CheckoutStore store) throws IOException {
        return CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()).withStore(store)
                .withSignIns(signIns()));
    }

    private static SignInPolicy signIns() {
        return SignInPolicy.defaults().withHasher(() -> HASHER);
    }

    /** A server on a free port whose baskets and sales are in {@code store}, which other servers may share. */
    public static CheckoutServer sharing(CheckoutStore store) throws IOException {
        return CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()).withStore(store));
    }
}
