package com.lana.checkout.api;

import com.lana.checkout.api.RetryRules.Outcome;
import com.lana.checkout.api.staff.Till;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.SocketTimeoutException;
import java.rmi.ConnectException;
import java.rmi.ConnectIOException;
import java.rmi.NoSuchObjectException;
import java.rmi.NotBoundException;
import java.rmi.RemoteException;
import java.rmi.ServerException;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.lana.checkout.api.RetryRules.hasCause;
import static com.lana.checkout.api.RetryRules.rootMessage;

/**
 * The {@link CheckoutService} that {@link Checkout#connect} hands out: a dynamic proxy in front of
 * the RMI stub of one of the configured servers. It looks the service up again after a server
 * restart, moves on to the next server when the current one stops answering, and repeats calls
 * that are safe to repeat with the same arguments ({@link RetryRules}). A clerk's session it signs in
 * comes back as a {@link ResilientTill}. See {@link Checkout} for the rules.
 */
final class ResilientCheckout implements InvocationHandler {

    private static final System.Logger LOG = System.getLogger(ResilientCheckout.class.getName());

    /** The server calls go to (an index into the options' servers) and its stub, null until looked up. */
    private record Connection(int index, CheckoutService stub) {
    }

    /** A lookup that failed, and the server it failed on. */
    private static final class LookupFailed extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Checkout.Server server;

        LookupFailed(Checkout.Server server, RemoteException failure) {
            super(failure);
            this.server = server;
        }

        RemoteException failure() {
            return (RemoteException) getCause();
        }
    }

    private final Checkout.Options options;
    /** This connection's own timeouts and TLS material, which its stubs carry. */
    private final ClientSettings settings;
    private final List<Checkout.Server> servers;
    /** Replaced, never changed, under this object's monitor; read without it. */
    private volatile Connection connection;

    private ResilientCheckout(Checkout.Options options, ClientSettings settings, Connection connection) {
        this.options = options;
        this.settings = settings;
        this.servers = options.servers();
        this.connection = connection;
    }

    /** Connects to the first of the options' servers whose registry answers with the service. */
    static CheckoutService connect(Checkout.Options options) throws RemoteException {
        ClientSettings settings = ClientSettings.of(options);
        List<Checkout.Server> servers = options.servers();
        List<RemoteException> failures = new ArrayList<>();
        for (int index = 0; index < servers.size(); index++) {
            try {
                CheckoutService stub = lookup(options, settings, servers.get(index));
                ResilientCheckout handler = new ResilientCheckout(options, settings, new Connection(index, stub));
                return (CheckoutService) Proxy.newProxyInstance(CheckoutService.class.getClassLoader(),
                        new Class<?>[] {CheckoutService.class}, handler);
            } catch (RemoteException e) {
                if (servers.size() == 1) {
                    throw e;
                }
                failures.add(e);
            }
        }
        ConnectException none = new ConnectException("None of the checkout servers " + options.address()
                + " answers: " + failures.stream().map(Throwable::getMessage).collect(Collectors.joining("; ")),
                failures.get(failures.size() - 1));
        failures.subList(0, failures.size() - 1).forEach(none::addSuppressed);
        throw none;
    }

    /** The handler behind a proxy made by {@link #connect}. */
    static ResilientCheckout of(CheckoutService service) {
        if (service != null && Proxy.isProxyClass(service.getClass())
                && Proxy.getInvocationHandler(service) instanceof ResilientCheckout handler) {
            return handler;
        }
        throw new IllegalArgumentException("Not a checkout service made by Checkout.connect: " + service);
    }

    Checkout.Options options() {
        return options;
    }

    /** This connection's timeouts and TLS material. */
    ClientSettings settings() {
        return settings;
    }

    /** The server the next call goes to. */
    Checkout.Server currentServer() {
        return servers.get(connection.index());
    }

    /**
     * Finds the service in a server's registry, with messages that name the server. The registry's
     * stub and the service's carry {@code settings}: their sockets are opened with them.
     */
    static CheckoutService lookup(Checkout.Options options, ClientSettings settings, Checkout.Server server)
            throws RemoteException {
        String where = server.toString();
        try {
            Registry registry = LocateRegistry.getRegistry(server.host(), server.port(),
                    ClientSocketFactory.of(options.tls() != null, settings));
            return (CheckoutService) ClientSettings.lookingUp(settings,
                    () -> ClientFilter.during(() -> registry.lookup(CheckoutService.NAME)));
        } catch (ConnectIOException e) {
            if (hasCause(e, SocketTimeoutException.class)) {
                throw new ConnectException("The checkout server at " + where + " did not answer in time ("
                        + rootMessage(e) + "; connect timeout " + options.connectTimeout().toMillis()
                        + " ms, call timeout " + options.callTimeout().toMillis() + " ms): is it overloaded or stuck?", e);
            }
            String hint = options.tls() == null
                    ? "does it require TLS? Then connect with Checkout.Options.withTls"
                    : "was our certificate refused, or does it not use TLS?";
            throw new ConnectException("The checkout server at " + where + " refused the connection ("
                    + rootMessage(e) + "): " + hint, e);
        } catch (ConnectException e) {
            throw new ConnectException("No checkout server answers at " + where + " (" + rootMessage(e)
                    + "). Is it running? Start one with ./run-server.sh", e);
        } catch (NotBoundException e) {
            throw new ConnectException("The RMI registry at " + where + " has no '" + CheckoutService.NAME
                    + "' service: is the checkout server starting or stopping?", e);
        } catch (ClassCastException e) {
            throw new RemoteException("'" + CheckoutService.NAME + "' at " + where
                    + " is not a Lana checkout service", e);
        } catch (RemoteException e) {
            throw new RemoteException("The checkout server at " + where + " did not answer properly ("
                    + rootMessage(e) + ")", e);
        } catch (Exception e) {
            throw new IllegalStateException("Unexpected failure looking up " + where, e);
        }
    }

    @Override
    public Object invoke(Object proxy, Method called, Object[] arguments) throws Throwable {
        if (called.getDeclaringClass() == Object.class) {
            return switch (called.getName()) {
                case "equals" -> proxy == arguments[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "CheckoutService at " + currentServer()
                        + (servers.size() > 1 ? " (of " + options.address() + ")" : "");
            };
        }
        // One-unit adds and voids become identified ones, a call that carries an operation id and gives
        // none gets one, so that repeating them is safe. The arguments, and with them the operation id,
        // stay the same on every try and every server.
        Method method = RetryRules.toSend(called);
        Object[] args = RetryRules.argumentsToSend(called, arguments);
        boolean idempotent = RetryRules.repeatable(method);
        // The last failure on each server tried, in the order they were first tried.
        Map<Checkout.Server, RemoteException> failures = new LinkedHashMap<>();
        RemoteException failure = null;
        int tries = options.attempts() * servers.size();
        for (int attempt = 1; attempt <= tries; attempt++) {
            Connection current = connection;
            try {
                if (current.stub() == null) {
                    current = connected();
                }
                CheckoutService target = current.stub();
                // Stubs in the answer (a clerk's session) take on this connection's timeouts and TLS material.
                Object answer = ClientSettings.lookingUp(settings,
                        () -> ClientFilter.during(() -> method.invoke(target, args)));
                return answer instanceof Till session
                        ? ResilientTill.wrap(session, this, servers.get(current.index())) : answer;
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof RemoteException remote)) {
                    throw e.getCause();
                }
                failure = remote;
                failures.put(servers.get(current.index()), remote);
                Outcome outcome = RetryRules.outcome(remote);
                if (outcome == Outcome.UNKNOWN && !idempotent) {
                    throw explain(remote, method, attempt, failures);
                }
                LOG.log(System.Logger.Level.DEBUG, () -> method.getName() + " failed, will retry: " + remote);
                failOver(current, outcome, remote);
            } catch (LookupFailed lookupFailed) {
                failure = lookupFailed.failure();
                failures.put(lookupFailed.server, failure);
            }
            // A short pause after each round through the servers, none between two servers.
            if (attempt % servers.size() == 0 && attempt < tries) {
                Thread.sleep(100L * (attempt / servers.size()));
            }
        }
        throw explain(failure, method, tries, failures);
    }

    /** The current connection with its stub, looking the service up on its server when needed. */
    private synchronized Connection connected() throws LookupFailed {
        Connection now = connection;
        if (now.stub() != null) {
            return now;
        }
        Checkout.Server server = servers.get(now.index());
        try {
            Connection fresh = new Connection(now.index(), lookup(options, settings, server));
            connection = fresh;
            LOG.log(System.Logger.Level.INFO, "Connected to the checkout server at " + server);
            return fresh;
        } catch (RemoteException e) {
            failOver(now, Outcome.NOT_RUN, e);
            throw new LookupFailed(server, e);
        }
    }

    /**
     * After {@code failed} failed: the next server, to be looked up before the next call. With one
     * server, that server is looked up again unless its stub may still be good (a lost reply).
     * Nothing changes when another call has already moved on from {@code failed}.
     */
    private synchronized void failOver(Connection failed, Outcome outcome, RemoteException why) {
        if (connection != failed) {
            return;
        }
        int next = (failed.index() + 1) % servers.size();
        if (next == failed.index()) {
            if (outcome == Outcome.NOT_RUN) {
                connection = new Connection(next, null);
            }
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "The checkout server at " + servers.get(failed.index())
                + " did not answer (" + rootMessage(why) + "); carrying on with " + servers.get(next));
        connection = new Connection(next, null);
    }

    /**
     * The failure with a message a clerk or a support engineer can act on, naming every server
     * tried (with each one's last failure when there were several); same exception type where it matters.
     */
    RemoteException explain(RemoteException e, Method method, int attempts,
                                    Map<Checkout.Server, RemoteException> failures) {
        String tries = attempts > 1 ? " (tried " + attempts + " times)" : "";
        boolean several = failures.size() > 1;
        String where = several
                ? "servers at " + failures.keySet().stream().map(Checkout.Server::toString).collect(Collectors.joining(", "))
                : "server at " + (failures.isEmpty() ? currentServer() : failures.keySet().iterator().next());
        String each = several ? ": " + failures.entrySet().stream()
                .map(failed -> failed.getKey() + " (" + rootMessage(failed.getValue()) + ")")
                .collect(Collectors.joining("; ")) : "";
        if (e instanceof ConnectException || e instanceof NoSuchObjectException) {
            return new ConnectException("Cannot reach the checkout " + where + tries
                    + (several ? each : ": " + rootMessage(e)), e);
        }
        if (hasCause(e, SocketTimeoutException.class)) {
            return new RemoteException("The checkout " + where + " did not answer " + method.getName()
                    + " within " + options.callTimeout().toMillis() + " ms" + tries + each, e);
        }
        if (e instanceof ServerException && e.getCause() instanceof ServerStoppingException stopping) {
            if (!several) {
                return stopping;
            }
            ServerStoppingException named = new ServerStoppingException("The checkout " + where
                    + " are stopping" + tries + each);
            named.detail = e;   // RemoteException keeps its cause here; initCause is refused
            return named;
        }
        return several ? new RemoteException("The checkout " + where + " failed " + method.getName() + tries + each, e)
                : e;
    }
}
