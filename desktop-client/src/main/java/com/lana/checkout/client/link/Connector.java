package com.lana.checkout.client.link;

import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;

import java.rmi.RemoteException;

/** How the client reaches a checkout server; tests plug in their own. */
public interface Connector {

    /** {@code host:port}, for the status bar and messages. */
    String address();

    /** Looks the service up; called off the EDT, again on every reconnect. */
    CheckoutService connect() throws RemoteException;

    /**
     * The server a service from {@link #connect} calls now, for the status bar: with several
     * servers it changes after a failover. Called off the EDT; reads no network.
     */
    default String serverOf(CheckoutService service) {
        return address();
    }

    static Connector rmi(String host, int port) {
        return rmi(Checkout.options(host, port));
    }

    static Connector rmi(Checkout.Options options) {
        return new Connector() {
            @Override
            public String address() {
                return options.address() + (options.tls() != null ? " (TLS)" : "");
            }

            @Override
            public CheckoutService connect() throws RemoteException {
                return Checkout.connect(options);
            }

            @Override
            public String serverOf(CheckoutService service) {
                return Checkout.currentServer(service) + (options.tls() != null ? " (TLS)" : "");
            }
        };
    }
}
