package com.lana.checkout.client;

import com.lana.checkout.server.pricing.CatalogFile;
import com.lana.checkout.server.rmi.CheckoutServer;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;

import java.io.IOException;

/** Real checkout servers on loopback ports, for the model and GUI tests. */
final class TestServers {

    private TestServers() {
    }

    /**
     * Starts a server on {@code port} (0 for a free one). Restarting on the port of a server just
     * closed may find it still held for a moment by the RMI runtime, so that is retried for a while.
     */
    static CheckoutServer start(int port) throws IOException, InterruptedException {
        return start(port, CheckoutStores.MEMORY);
    }

    /** Like {@link #start(int)}, with baskets and sales in the store at {@code storeUrl}. */
    static CheckoutServer start(int port, String storeUrl) throws IOException, InterruptedException {
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

    /** A server on a free port whose baskets and sales are in {@code store}, which other servers may share. */
    static CheckoutServer sharing(CheckoutStore store) throws IOException {
        return CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()).withStore(store));
    }
}
