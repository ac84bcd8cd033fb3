package com.lana.checkout.client;

import com.lana.checkout.server.CatalogFile;
import com.lana.checkout.server.CheckoutServer;

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
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                return CheckoutServer.start(CheckoutServer.Options.loopback(port, CatalogFile.defaults()));
            } catch (IOException e) {
                if (port == 0 || System.nanoTime() > deadline || !e.getMessage().contains("already in use")) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }
}
