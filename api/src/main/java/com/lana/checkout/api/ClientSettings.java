package com.lana.checkout.api;

import java.time.Duration;
import javax.net.ssl.SSLSocketFactory;

/**
 * The client side's connection settings for this JVM, read by {@link ClientSocketFactory} each time
 * it opens a connection. Set by {@link Checkout#connect(Checkout.Options)}; until then the system
 * properties {@code lana.checkout.connectTimeoutMillis} and {@code lana.checkout.callTimeoutMillis}
 * or the defaults apply.
 */
final class ClientSettings {

    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(10);

    private static volatile int connectTimeoutMillis =
            millis("lana.checkout.connectTimeoutMillis", DEFAULT_CONNECT_TIMEOUT);
    private static volatile int callTimeoutMillis =
            millis("lana.checkout.callTimeoutMillis", DEFAULT_CALL_TIMEOUT);
    private static volatile SSLSocketFactory tls;
    private static Checkout.Tls tlsSource;

    private ClientSettings() {
    }

    static synchronized void apply(Checkout.Options options) {
        connectTimeoutMillis = (int) options.connectTimeout().toMillis();
        callTimeoutMillis = (int) options.callTimeout().toMillis();
        // Reconnecting with the same material keeps the factory, and with it the TLS session
        // cache, instead of reading both key stores again.
        if (options.tls() != null && options.tls() != tlsSource) {
            tls = options.tls().sslContext().getSocketFactory();
            tlsSource = options.tls();
        }
    }

    static int connectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    static int callTimeoutMillis() {
        return callTimeoutMillis;
    }

    /** The TLS socket factory set by the last TLS connect, or the JDK default (javax.net.ssl.* properties). */
    static SSLSocketFactory tls() {
        SSLSocketFactory factory = tls;
        return factory != null ? factory : (SSLSocketFactory) SSLSocketFactory.getDefault();
    }

    private static int millis(String property, Duration fallback) {
        Integer value = Integer.getInteger(property);
        return value != null && value > 0 ? value : (int) fallback.toMillis();
    }
}
