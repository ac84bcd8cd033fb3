package com.lana.checkout.client.app;

import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.InProcessServer;
import com.lana.checkout.client.link.Connector;

import java.io.IOException;
import java.rmi.RemoteException;
import java.util.Objects;

/**
 * A checkout server run inside this till, for a shop with one till: the code {@code run-server.sh}
 * runs, with the built-in catalog, listening on this machine's loopback only. The till reaches it
 * over RMI like any other server, so nothing else in the client knows the difference but the
 * status bar, which says it is local. The server is found at run time ({@link InProcessServer#launcher()}):
 * the till compiles against the api only.
 */
final class LocalServer implements AutoCloseable {

    private final InProcessServer server;

    private LocalServer(InProcessServer server) {
        this.server = server;
    }

    /**
     * Starts a server on loopback {@code port} (0 for a free one).
     *
     * @param store where baskets and sales live, as {@code run-server.sh --store} takes it: {@code memory} or a JDBC URL
     * @throws IOException with a one-line message when the port is taken, the store cannot be opened,
     *     or this till was installed without the server
     * @throws IllegalArgumentException naming the store URL when it is of no kind the server knows
     */
    static LocalServer start(int port, String store) throws IOException {
        Objects.requireNonNull(store, "store");
        InProcessServer.Launcher launcher = InProcessServer.launcher().orElseThrow(() -> new IOException(
                "this till was installed without the checkout server (checkout-server jar not in lib/)"));
        return new LocalServer(launcher.start(port, store));
    }

    int port() {
        return server.port();
    }

    /** What and where the store is, for the clerk (never a password). */
    String storeDescription() {
        return server.storeDescription();
    }

    /** Reaches this server; the status bar names it as the one inside this till. */
    Connector connector() {
        Checkout.Options options = Checkout.options("127.0.0.1", server.port());
        String address = "127.0.0.1:" + server.port() + " (inside this till)";
        return new Connector() {
            @Override
            public String address() {
                return address;
            }

            @Override
            public CheckoutService connect() throws RemoteException {
                return Checkout.connect(options);
            }
        };
    }

    /** Stops the server, letting calls in flight finish. */
    @Override
    public void close() {
        server.close();
    }
}
