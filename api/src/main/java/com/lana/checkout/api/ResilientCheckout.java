package com.lana.checkout.api;

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

/**
 * The {@link CheckoutService} that {@link Checkout#connect} hands out: a dynamic proxy in front of
 * the RMI stub that looks the service up again after a server restart and repeats calls that are
 * safe to repeat. See {@link Checkout} for the rules.
 */
final class ResilientCheckout implements InvocationHandler {

    private static final System.Logger LOG = System.getLogger(ResilientCheckout.class.getName());

    private static final Method ADD_ONE = method("addProduct", BasketId.class, String.class);
    private static final Method ADD = method("addProduct", BasketId.class, String.class, int.class, OperationId.class);
    private static final Method REMOVE_ONE = method("removeProduct", BasketId.class, String.class);
    private static final Method REMOVE = method("removeProduct", BasketId.class, String.class, int.class,
            OperationId.class);
    private static final Method REMOVE_BASKET = method("removeBasket", BasketId.class);

    /** What can be said of a call that failed with a {@link RemoteException}. */
    private enum Outcome {
        /** The server never ran it: safe to send again, after looking the service up again. */
        NOT_RUN,
        /** It may or may not have run (the reply was lost): safe to repeat only if idempotent. */
        UNKNOWN
    }

    private final Checkout.Options options;
    private volatile CheckoutService stub;

    private ResilientCheckout(Checkout.Options options, CheckoutService stub) {
        this.options = options;
        this.stub = stub;
    }

    static CheckoutService connect(Checkout.Options options) throws RemoteException {
        ClientSettings.apply(options);
        ResilientCheckout handler = new ResilientCheckout(options, lookup(options));
        return (CheckoutService) Proxy.newProxyInstance(
                CheckoutService.class.getClassLoader(), new Class<?>[] {CheckoutService.class}, handler);
    }

    /** Finds the service in the server's registry, with messages that name the server. */
    static CheckoutService lookup(Checkout.Options options) throws RemoteException {
        String where = options.address();
        try {
            Registry registry = LocateRegistry.getRegistry(options.host(), options.port(),
                    options.tls() != null ? ClientSocketFactory.TLS : ClientSocketFactory.PLAIN);
            return (CheckoutService) ClientFilter.during(() -> registry.lookup(CheckoutService.NAME));
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
                default -> "CheckoutService at " + options.address();
            };
        }
        // One-unit adds and voids become identified ones, so that repeating them is safe.
        boolean oneUnit = called.equals(ADD_ONE) || called.equals(REMOVE_ONE);
        Method method = oneUnit ? (called.equals(ADD_ONE) ? ADD : REMOVE) : called;
        Object[] args = oneUnit ? new Object[] {arguments[0], arguments[1], 1, OperationId.random()} : arguments;
        boolean idempotent = !method.equals(REMOVE_BASKET);
        RemoteException failure = null;
        for (int attempt = 1; attempt <= options.attempts(); attempt++) {
            CheckoutService current = stub;
            try {
                if (current == null) {
                    current = relookup(null);
                }
                CheckoutService target = current;
                return ClientFilter.during(() -> method.invoke(target, args));
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof RemoteException remote)) {
                    throw e.getCause();
                }
                failure = remote;
                Outcome outcome = outcome(remote);
                if (outcome == Outcome.UNKNOWN && !idempotent) {
                    throw explain(remote, method, attempt);
                }
                LOG.log(System.Logger.Level.DEBUG, () -> method.getName() + " failed, will retry: " + remote);
                if (outcome == Outcome.NOT_RUN) {
                    stub = null;
                }
            } catch (RemoteException lookupFailed) {
                failure = lookupFailed;
            }
            if (attempt < options.attempts()) {
                Thread.sleep(100L * attempt);
            }
        }
        throw explain(failure, method, options.attempts());
    }

    private synchronized CheckoutService relookup(CheckoutService stale) throws RemoteException {
        CheckoutService current = stub;
        if (current != null && current != stale) {
            return current;
        }
        CheckoutService fresh = lookup(options);
        stub = fresh;
        LOG.log(System.Logger.Level.INFO, "Reconnected to the checkout server at " + options.address());
        return fresh;
    }

    private static Outcome outcome(RemoteException e) {
        if (e instanceof NoSuchObjectException || e instanceof ConnectException || e instanceof ConnectIOException) {
            return Outcome.NOT_RUN;
        }
        if (e instanceof ServerException && e.getCause() instanceof ServerStoppingException) {
            return Outcome.NOT_RUN;
        }
        return Outcome.UNKNOWN;
    }

    /** The failure with a message a clerk or a support engineer can act on; same exception type where it matters. */
    private RemoteException explain(RemoteException e, Method method, int attempts) {
        String tries = attempts > 1 ? " (tried " + attempts + " times)" : "";
        if (e instanceof ConnectException || e instanceof NoSuchObjectException) {
            return new ConnectException("Cannot reach the checkout server at " + options.address() + tries + ": "
                    + rootMessage(e), e);
        }
        if (hasCause(e, SocketTimeoutException.class)) {
            return new RemoteException("The checkout server at " + options.address() + " did not answer "
                    + method.getName() + " within " + options.callTimeout().toMillis() + " ms" + tries, e);
        }
        if (e instanceof ServerException && e.getCause() instanceof ServerStoppingException stopping) {
            return stopping;
        }
        return e;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static Method method(String name, Class<?>... parameters) {
        try {
            return CheckoutService.class.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
