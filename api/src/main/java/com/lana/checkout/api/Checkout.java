package com.lana.checkout.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.rmi.RemoteException;
import java.time.Duration;
import java.util.Objects;

/**
 * Where clients start: {@code Checkout.connect()} answers with a ready {@link CheckoutService}.
 *
 * <pre>{@code
 * var checkout = Checkout.connect();            // localhost:1099
 * var basket = checkout.createBasket();
 * checkout.addProduct(basket, "PEN");
 * checkout.total(basket);                       // 5.00€
 * }</pre>
 *
 * <p>The service it answers with is made for unreliable networks and restarting servers:
 * <ul>
 *   <li>every connection attempt gives up after {@link Options#connectTimeout()} and every call
 *       after {@link Options#callTimeout()} — nothing waits forever;
 *   <li>after a server restart (a stale stub) or a refused connection it looks the service up
 *       again and repeats the call;
 *   <li>adds and voids carry an {@link OperationId}, so when a reply is lost (a timeout, a dropped
 *       connection) the call is repeated and the server still applies it only once.
 * </ul>
 * A call whose outcome cannot be known and that is not safe to repeat ({@code removeBasket})
 * is not repeated: its {@link RemoteException} reaches the caller.
 */
public final class Checkout {

    public static final String DEFAULT_HOST = "localhost";

    private Checkout() {
    }

    /** Connects to the checkout server on {@code localhost:1099} with default timeouts. */
    public static CheckoutService connect() throws RemoteException {
        return connect(options(DEFAULT_HOST, CheckoutService.DEFAULT_PORT));
    }

    /** Connects to the checkout server at {@code host:port} with default timeouts. */
    public static CheckoutService connect(String host, int port) throws RemoteException {
        return connect(options(host, port));
    }

    /**
     * Connects as the options say.
     *
     * @throws RemoteException with a message naming host and port when no checkout server answers
     */
    public static CheckoutService connect(Options options) throws RemoteException {
        return ResilientCheckout.connect(options);
    }

    /** Options to connect to {@code host:port}: plain TCP, default timeouts; change with the {@code with} methods. */
    public static Options options(String host, int port) {
        return new Options(host, port, ClientSettings.DEFAULT_CONNECT_TIMEOUT, ClientSettings.DEFAULT_CALL_TIMEOUT,
                3, null);
    }

    /**
     * How to reach a checkout server. Timeouts and TLS material apply to the whole JVM (they are
     * read by the socket factory that RMI stubs carry), so one process talks to servers one way.
     *
     * @param connectTimeout how long to wait for a connection, 2 s by default
     * @param callTimeout how long to wait for the answer to a call, 10 s by default
     * @param attempts how many times a call that is safe to repeat is tried, 3 by default
     * @param tls the certificates for mutual TLS, or null for plain TCP
     */
    public record Options(String host, int port, Duration connectTimeout, Duration callTimeout, int attempts,
                          Tls tls) {
        public Options {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("Host is missing");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("Port must be 1-65535, was " + port);
            }
            requirePositive("Connect timeout", connectTimeout);
            requirePositive("Call timeout", callTimeout);
            if (attempts < 1 || attempts > 10) {
                throw new IllegalArgumentException("Attempts must be 1-10, was " + attempts);
            }
        }

        public Options withTimeouts(Duration connectTimeout, Duration callTimeout) {
            return new Options(host, port, connectTimeout, callTimeout, attempts, tls);
        }

        public Options withAttempts(int attempts) {
            return new Options(host, port, connectTimeout, callTimeout, attempts, tls);
        }

        public Options withTls(Tls tls) {
            return new Options(host, port, connectTimeout, callTimeout, attempts, tls);
        }

        /** {@code host:port}, for messages. */
        public String address() {
            return host + ":" + port;
        }

        private static void requirePositive(String what, Duration duration) {
            Objects.requireNonNull(duration, what);
            if (duration.isNegative() || duration.isZero() || duration.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(what + " must be positive, was " + duration);
            }
        }
    }

    /**
     * Mutual TLS material: this side's certificate and key, and the certificates it trusts. Both
     * are PKCS#12 files protected by {@code password} (see {@code scripts/make-dev-certs.sh}).
     */
    public record Tls(Path keyStore, Path trustStore, char[] password) {
        public Tls {
            Objects.requireNonNull(keyStore, "keyStore");
            Objects.requireNonNull(trustStore, "trustStore");
            Objects.requireNonNull(password, "password");
            password = password.clone();
        }

        @Override
        public char[] password() {
            return password.clone();
        }

        /** The environment variable holding the stores' password. */
        public static final String PASSWORD_VARIABLE = "LANA_TLS_PASSWORD";

        /**
         * Stores whose password is in {@value #PASSWORD_VARIABLE} — read from the environment so it
         * shows in no process list — or {@code changeit}, the password of the development stores
         * that {@code scripts/make-dev-certs.sh} makes.
         */
        public static Tls of(Path keyStore, Path trustStore) {
            String password = System.getenv(PASSWORD_VARIABLE);
            return new Tls(keyStore, trustStore,
                    (password == null || password.isEmpty() ? "changeit" : password).toCharArray());
        }

        /**
         * A TLS 1.3 context presenting this certificate and trusting only the trust store's.
         *
         * @throws IllegalArgumentException naming the file when a store cannot be read
         */
        public SSLContext sslContext() {
            try {
                KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(load(keyStore), password);
                TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(load(trustStore));
                SSLContext context = SSLContext.getInstance("TLSv1.3");
                context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
                return context;
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("Cannot set up TLS from " + keyStore + " and " + trustStore
                        + ": " + e.getMessage(), e);
            }
        }

        private KeyStore load(Path file) {
            try (InputStream in = Files.newInputStream(file)) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, password);
                return store;
            } catch (IOException | GeneralSecurityException e) {
                String why = e.getCause() instanceof javax.crypto.BadPaddingException || e instanceof java.io.EOFException
                        ? "wrong password or not a PKCS#12 file" : e.getClass().getSimpleName() + ": " + e.getMessage();
                throw new IllegalArgumentException("Cannot read TLS store " + file + " (" + why + ")", e);
            }
        }

        @Override
        public String toString() {
            return "Tls[keyStore=" + keyStore + ", trustStore=" + trustStore + "]";
        }
    }
}
