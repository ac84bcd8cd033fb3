package com.lana.checkout.server.rmi;

import java.rmi.AlreadyBoundException;
import java.rmi.NotBoundException;
import java.rmi.Remote;
import java.rmi.RemoteException;
import java.rmi.registry.Registry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a name bound in the server's own registry. The JDK registry lets any process on this
 * machine unbind a name (an unbind carries only a string, like a lookup), and a custom registry
 * would need JDK internals; so this checks the binding every {@link #PERIOD} and binds the same
 * stub again when it is gone, logging one warning each time. Once {@link #close() closed} it binds
 * nothing, so the server can unbind the name itself when it stops.
 */
final class RegistryGuard implements AutoCloseable {

    /** How often the binding is checked: an unbound name is back within this time, plus a bind. */
    static final Duration PERIOD = Duration.ofMillis(200);

    private static final Logger LOG = Logger.getLogger(RegistryGuard.class.getName());

    private final Registry registry;
    private final int port;
    private final String name;
    private final Remote stub;
    private final ScheduledExecutorService timer;
    private boolean closed;   // guarded by this

    private RegistryGuard(Registry registry, int port, String name, Remote stub) {
        this.registry = registry;
        this.port = port;
        this.name = name;
        this.stub = stub;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "registry-guard-" + port);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts guarding {@code name}, as bound now in {@code registry} (the registry object of this
     * process, listening on {@code port}).
     *
     * @throws IllegalStateException when {@code name} is not bound
     */
    static RegistryGuard start(Registry registry, int port, String name) throws RemoteException {
        Remote stub;
        try {
            stub = registry.lookup(name);
        } catch (NotBoundException e) {
            throw new IllegalStateException("'" + name + "' is not bound on port " + port + ": nothing to guard", e);
        }
        RegistryGuard guard = new RegistryGuard(registry, port, name, stub);
        guard.timer.scheduleWithFixedDelay(guard::check, PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        return guard;
    }

    /** Binds the stub again if the name is gone; nothing once closed. Runs on the timer. */
    synchronized void check() {
        if (closed) {
            return;
        }
        try {
            registry.lookup(name);
        } catch (NotBoundException unbound) {
            rebind();
        } catch (RemoteException | RuntimeException e) {
            LOG.log(Level.FINE, "Checking '" + name + "' on port " + port + " failed; will check again", e);
        }
    }

    private void rebind() {
        try {
            registry.bind(name, stub);
            LOG.warning(() -> "'" + name + "' was unbound from the registry on port " + port
                    + " by a process on this machine; bound it again");
        } catch (AlreadyBoundException e) {
            LOG.log(Level.FINE, "'" + name + "' was bound again meanwhile", e);
        } catch (RemoteException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not bind '" + name + "' again on port " + port + "; will try again", e);
        }
    }

    /** Stops guarding; returns only when no check is running, and none runs afterwards. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        timer.shutdownNow();
    }
}
