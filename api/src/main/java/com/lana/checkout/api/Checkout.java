package com.lana.checkout.api;

import java.rmi.ConnectException;
import java.rmi.ConnectIOException;
import java.rmi.NotBoundException;
import java.rmi.RemoteException;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;

/**
 * Where clients start: {@code Checkout.connect()} answers with a ready {@link CheckoutService}.
 *
 * <pre>{@code
 * var checkout = Checkout.connect();            // localhost:1099
 * var basket = checkout.createBasket();
 * checkout.addProduct(basket, "PEN");
 * checkout.total(basket);                       // 5.00€
 * }</pre>
 */
public final class Checkout {

    public static final String DEFAULT_HOST = "localhost";

    private Checkout() {
    }

    /** Connects to the checkout server on {@code localhost:1099}. */
    public static CheckoutService connect() throws RemoteException {
        return connect(DEFAULT_HOST, CheckoutService.DEFAULT_PORT);
    }

    /**
     * Connects to the checkout server at {@code host:port}.
     *
     * @throws RemoteException with a message naming host and port when no checkout server answers
     *     there within the connect timeout ({@link ClientSocketFactory})
     */
    public static CheckoutService connect(String host, int port) throws RemoteException {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("Host is missing");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Port must be 1-65535, was " + port);
        }
        String where = host + ":" + port;
        try {
            Registry registry = LocateRegistry.getRegistry(host, port, ClientSocketFactory.PLAIN);
            return (CheckoutService) registry.lookup(CheckoutService.NAME);
        } catch (ConnectException | ConnectIOException e) {
            throw new ConnectException("No checkout server answers at " + where + " ("
                    + rootMessage(e) + "). Is it running? Start one with ./run-server.sh", e);
        } catch (NotBoundException e) {
            throw new RemoteException("The RMI registry at " + where + " has no '" + CheckoutService.NAME
                    + "' service: is this a Lana checkout server?", e);
        } catch (ClassCastException e) {
            throw new RemoteException("'" + CheckoutService.NAME + "' at " + where
                    + " is not a Lana checkout service", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
