package com.lana.checkout.bench;

import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;

import java.rmi.RemoteException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How a scenario's clients reach the server: plain RMI, or mutual TLS; a scenario class works over
 * either unchanged (see {@link Scenarios#all}).
 */
@FunctionalInterface
public interface Connector {

    CheckoutService connect() throws RemoteException;

    /** Plain RMI through {@link Checkout#connect(String, int)}, as terminals and JShell connect. */
    static Connector plain(String host, int port) {
        return () -> Checkout.connect(host, port);
    }

    /**
     * Mutual TLS through {@link Checkout#connect(Checkout.Options)} with default timeouts. Each
     * connection keeps its own TLS material and timeouts, so plain connectors in the same JVM are
     * unaffected; every connect of this connector uses the same options, so its connections share
     * RMI's pooled sockets and one TLS session cache.
     */
    static Connector tls(String host, int port, Checkout.Tls tls) {
        Checkout.Options options = Checkout.options(host, port).withTls(tls);
        return () -> Checkout.connect(options);
    }

    /**
     * Each connect through the next of {@code servers} in turn: a scenario's set-up connection goes to
     * the first, its client threads alternate from the second on, so N threads split evenly between two servers.
     */
    static Connector alternating(List<Connector> servers) {
        List<Connector> all = List.copyOf(servers);
        AtomicInteger next = new AtomicInteger();
        return () -> all.get(Math.floorMod(next.getAndIncrement(), all.size())).connect();
    }
}
