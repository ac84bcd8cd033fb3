package com.lana.checkout.api;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLSocketFactory;

/**
 * How one connection's sockets are opened: its connect and call timeouts and its TLS material.
 * Each service made by {@link Checkout#connect(Checkout.Options)} has its own, taken from its
 * options; its {@link ClientSocketFactory} instances carry them (see there for how they get into
 * the RMI stubs). Immutable; equal when the timeouts are and the TLS material is the same
 * {@link Checkout.Tls} object, so connections made with the same options share RMI's pooled
 * connections and TLS sessions, and connections made otherwise never do.
 */
final class ClientSettings {

    /** 2 s, or the system property {@code lana.checkout.connectTimeoutMillis} when it is set. */
    static final Duration DEFAULT_CONNECT_TIMEOUT =
            millis("lana.checkout.connectTimeoutMillis", Duration.ofSeconds(2));
    /** 10 s, or the system property {@code lana.checkout.callTimeoutMillis} when it is set. */
    static final Duration DEFAULT_CALL_TIMEOUT =
            millis("lana.checkout.callTimeoutMillis", Duration.ofSeconds(10));

    /**
     * The settings of sockets no connection owns (a stub looked up without {@link Checkout#connect},
     * the factories a server hands out): default timeouts, TLS from the {@code javax.net.ssl.*}
     * system properties.
     */
    static final ClientSettings DEFAULTS = new ClientSettings((int) DEFAULT_CONNECT_TIMEOUT.toMillis(),
            (int) DEFAULT_CALL_TIMEOUT.toMillis(), null, null);

    /**
     * TLS socket factories by the material they were made from, so that connecting again with the
     * same {@link Checkout.Tls} reads no key store again and keeps the TLS session cache. Weak: an
     * entry goes when its material is no longer used.
     */
    private static final Map<Checkout.Tls, SSLSocketFactory> TLS_FACTORIES =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** The settings of the connection whose lookup is running on this thread, while stubs are read. */
    private static final ThreadLocal<ClientSettings> LOOKING_UP = new ThreadLocal<>();

    private final int connectTimeoutMillis;
    private final int callTimeoutMillis;
    private final Checkout.Tls tls;
    private final SSLSocketFactory tlsSockets;

    private ClientSettings(int connectTimeoutMillis, int callTimeoutMillis, Checkout.Tls tls,
                           SSLSocketFactory tlsSockets) {
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.callTimeoutMillis = callTimeoutMillis;
        this.tls = tls;
        this.tlsSockets = tlsSockets;
    }

    /**
     * The settings the options ask for.
     *
     * @throws IllegalArgumentException naming the file when a TLS store cannot be read
     */
    static ClientSettings of(Checkout.Options options) {
        Checkout.Tls tls = options.tls();
        // Under the map's lock: threads connecting at once with the same material read its stores once.
        SSLSocketFactory tlsSockets = tls == null ? null
                : TLS_FACTORIES.computeIfAbsent(tls, material -> material.sslContext().getSocketFactory());
        return new ClientSettings((int) options.connectTimeout().toMillis(), (int) options.callTimeout().toMillis(),
                tls, tlsSockets);
    }

    /**
     * Runs {@code lookup} with {@code settings} as the settings of every {@link ClientSocketFactory}
     * this thread deserializes meanwhile: the stubs it reads open their sockets with them.
     */
    static <T> T lookingUp(ClientSettings settings, Callable<T> lookup) throws Exception {
        ClientSettings outer = LOOKING_UP.get();
        LOOKING_UP.set(Objects.requireNonNull(settings, "settings"));
        try {
            return lookup.call();
        } finally {
            if (outer == null) {
                LOOKING_UP.remove();
            } else {
                LOOKING_UP.set(outer);
            }
        }
    }

    /** The settings of the lookup running on this thread, or {@link #DEFAULTS} outside one. */
    static ClientSettings ofCurrentLookup() {
        ClientSettings current = LOOKING_UP.get();
        return current != null ? current : DEFAULTS;
    }

    int connectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    int callTimeoutMillis() {
        return callTimeoutMillis;
    }

    /** The connection's TLS socket factory, or without TLS material the JDK default (javax.net.ssl.* properties). */
    SSLSocketFactory tlsSockets() {
        return tlsSockets != null ? tlsSockets : (SSLSocketFactory) SSLSocketFactory.getDefault();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientSettings that && that.connectTimeoutMillis == connectTimeoutMillis
                && that.callTimeoutMillis == callTimeoutMillis && that.tls == tls;
    }

    @Override
    public int hashCode() {
        return Objects.hash(connectTimeoutMillis, callTimeoutMillis, System.identityHashCode(tls));
    }

    @Override
    public String toString() {
        return "connect timeout " + connectTimeoutMillis + " ms, call timeout " + callTimeoutMillis + " ms"
                + (tls != null ? ", " + tls : "");
    }

    private static Duration millis(String property, Duration fallback) {
        Integer value = Integer.getInteger(property);
        return value != null && value > 0 ? Duration.ofMillis(value) : fallback;
    }
}
