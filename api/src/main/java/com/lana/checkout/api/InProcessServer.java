package com.lana.checkout.api;

import java.io.IOException;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A checkout server running inside the caller's own JVM, for a shop with a single till: the same
 * server {@code run-server.sh} runs, listening on this machine's loopback only, reached over RMI like
 * any other. The client never compiles against the server: {@link #launcher()} finds the server's
 * {@link Launcher} at run time, when the server's jar is on the class path.
 */
public interface InProcessServer extends AutoCloseable {

    /** The loopback port it listens on. */
    int port();

    /** What and where its store is, for people to read (never a password). */
    String storeDescription();

    /** Stops the server, letting calls in flight finish. */
    @Override
    void close();

    /** Starts servers inside this JVM; the server module provides one through {@link ServiceLoader}. */
    interface Launcher {
        /**
         * Starts a server with the built-in catalog on loopback {@code port} (0 for a free one).
         *
         * @param store where baskets and sales live, as {@code run-server.sh --store} takes it:
         *     {@code memory} or a JDBC URL
         * @throws IOException with a one-line message when the port is taken or the store cannot be opened
         * @throws IllegalArgumentException naming the store URL when it is of no kind the server knows
         */
        InProcessServer start(int port, String store) throws IOException;
    }

    /** The launcher on the class path, if the server's jar is there. */
    static Optional<Launcher> launcher() {
        return ServiceLoader.load(Launcher.class, InProcessServer.class.getClassLoader()).findFirst();
    }
}
