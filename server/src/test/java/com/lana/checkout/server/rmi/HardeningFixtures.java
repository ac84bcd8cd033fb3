package com.lana.checkout.server.rmi;

import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.ClientSocketFactory;
import com.lana.checkout.server.catalog.CatalogFile;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.NoSuchObjectException;
import java.rmi.Remote;
import java.rmi.RemoteException;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.rmi.server.UnicastRemoteObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Shared pieces of the issue-4 hardening tests: a clock to move by hand, a gadget, RMI plumbing. */
final class HardeningFixtures {

    private HardeningFixtures() {
    }

    /** A clock that stands still until a test moves it. Thread-safe. */
    static final class MutableClock extends Clock {
        private final AtomicLong millis = new AtomicLong(Instant.parse("2025-01-06T09:00:00Z").toEpochMilli());

        void advance(Duration duration) {
            millis.addAndGet(duration.toMillis());
        }

        @Override
        public long millis() {
            return millis.get();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("tests use UTC");
        }
    }

    /**
     * Stands for a deserialization gadget chain: code that runs as a side effect of being read.
     * Whoever deserializes one raises {@link #ran()}.
     */
    static final class Gadget implements Serializable {
        private static final long serialVersionUID = 1L;
        private static volatile boolean ran;

        static void reset() {
            ran = false;
        }

        static boolean ran() {
            return ran;
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            ran = true;
        }
    }

    /**
     * Starts a plain loopback server. Touching {@link CheckoutServer} first matters for any test that
     * creates an RMI registry itself: the registry reads its filter property once, when it loads.
     */
    static CheckoutServer startServer() throws IOException {
        return CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()));
    }

    /** The service's stub straight from the registry: no client filter, no retries, no typing on the way out. */
    static CheckoutService rawStub(int port) throws Exception {
        Registry registry = LocateRegistry.getRegistry("127.0.0.1", port, ClientSocketFactory.PLAIN);
        return (CheckoutService) registry.lookup(CheckoutService.NAME);
    }

    /** A registry of our own on a free loopback port, with {@code remote} bound as the checkout. */
    static final class LoopbackRegistry implements AutoCloseable {
        final int port;
        private final Registry registry;
        private final List<Remote> exported = new ArrayList<>();

        LoopbackRegistry(Remote service) throws RemoteException {
            // Initialises CheckoutServer (and its registry filter property) before any registry exists.
            try {
                MethodHandles.lookup().ensureInitialized(CheckoutServer.class);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            System.setProperty("java.rmi.server.hostname", "127.0.0.1");
            this.port = freePort();
            ServerSockets sockets = new ServerSockets(InetAddress.getLoopbackAddress(), null);
            this.registry = LocateRegistry.createRegistry(port, ClientSocketFactory.PLAIN, sockets);
            Remote stub = UnicastRemoteObject.exportObject(service, port, ClientSocketFactory.PLAIN, sockets);
            exported.add(service);
            registry.rebind(CheckoutService.NAME, stub);
        }

        @Override
        public void close() {
            for (Remote remote : exported) {
                unexport(remote);
            }
            unexport(registry);
        }

        private static void unexport(Remote remote) {
            try {
                UnicastRemoteObject.unexportObject(remote, true);
            } catch (NoSuchObjectException e) {
                // already gone
            }
        }
    }

    static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits, without sleeping a fixed time, until {@code condition} holds; false after {@code timeout}. */
    static boolean eventually(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        return true;
    }

    /** The exception and its causes, outermost first. */
    static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        return causes(e).stream().anyMatch(type::isInstance);
    }
}
