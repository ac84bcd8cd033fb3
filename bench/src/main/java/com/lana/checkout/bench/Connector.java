package com.lana.checkout.bench;

import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;

import java.rmi.RemoteException;

/**
 * How a scenario's clients reach the server. Plain RMI today; a mutual-TLS scenario brings its own
 * connector and reuses every scenario class unchanged (see {@link Scenarios#all}).
 */
@FunctionalInterface
public interface Connector {

    CheckoutService connect() throws RemoteException;

    /** Plain RMI through {@link Checkout#connect(String, int)}, as terminals and JShell connect. */
    static Connector plain(String host, int port) {
        return () -> Checkout.connect(host, port);
    }
}
