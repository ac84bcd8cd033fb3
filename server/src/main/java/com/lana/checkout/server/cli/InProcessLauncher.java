package com.lana.checkout.server.cli;

import com.lana.checkout.api.InProcessServer;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.rmi.CheckoutServer;

import java.io.IOException;
import java.util.Objects;

/**
 * Runs this server inside a client's JVM (a single till's own server): found by the client through
 * {@link java.util.ServiceLoader} ({@code META-INF/services}), so the client compiles against the api only.
 */
public final class InProcessLauncher implements InProcessServer.Launcher {

    @Override
    public InProcessServer start(int port, String store) throws IOException {
        Objects.requireNonNull(store, "store");
        CheckoutServer server = CheckoutServer.start(
                CheckoutServer.Options.loopback(port, CatalogFile.defaults()).withCatalog(null).withStore(store));
        return new InProcessServer() {
            @Override
            public int port() {
                return server.port();
            }

            @Override
            public String storeDescription() {
                return server.storeDescription();
            }

            @Override
            public void close() {
                server.close();
            }
        };
    }
}
