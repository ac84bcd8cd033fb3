package com.lana.checkout.api;

import com.lana.checkout.api.shift.TillId;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.rmi.RemoteException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where clients start: {@code Checkout.connect()} answers with a ready {@link CheckoutService}.
 *
 * <pre>{@code
 * var checkout = Checkout.connect();            // localhost:1099
 * var basket = checkout.createBasket();
 * checkout.addProduct(basket, "PEN");
 * checkout.total(basket);                       // 5.00€
 * var shop = Checkout.connect("till-a:1099,till-b:1099");   // several servers, one basket store
 * Checkout.currentServer(shop);                 // "till-a:1099"
 * }</pre>
 *
 * <p>The service it answers with is made for unreliable networks and restarting servers:
 * <ul>
 *   <li>every connection attempt gives up after {@link Options#connectTimeout()} and every call
 *       after {@link Options#callTimeout()} — nothing waits forever. Timeouts, TLS material and
 *       servers are each connection's own: connecting again with other options changes nothing
 *       for the services already connected;
 *   <li>it may be given several servers ({@code "hostA:1099,hostB:1099"}) that share their
 *       baskets; it connects to the first one that answers and stays on it;
 *   <li>when that server stops answering — a refused connection, a stale stub after a restart, a
 *       {@link ServerStoppingException} — it repeats the call on the next server of the list
 *       (after the last comes the first; with one server, that server is looked up again) and
 *       stays there rather than going back;
 *   <li>adds, voids and sale completions carry an {@link OperationId} (one is drawn for a call
 *       that gives none), so when a reply is lost (a timeout, a dropped connection) the call is
 *       repeated, on the next server when there are several, with the same arguments and the same
 *       id, and the baskets still apply it only once: a repeated completion answers the same sale;
 *   <li>reading calls (totals, receipts, sales, the journal, day reports, receipt PDFs) change
 *       nothing and are simply repeated;
 *   <li>a call is tried at most {@link Options#attempts()} times on each server, rounds through
 *       the list a short pause apart; when every try failed, the error names every server tried.
 * </ul>
 * A call whose outcome cannot be known and that is not safe to repeat ({@code removeBasket})
 * is not repeated, on this server or another: its {@link RemoteException} reaches the caller.
 *
 * <p>A clerk's {@link com.lana.checkout.api.staff.Till} signed in through such a service repeats its
 * calls by the same rules, on the one server that holds the session; a till's shift and drawer
 * actions and {@code signOut} are sent again only when the server never ran them. Once that server no
 * longer has the session the call answers {@link java.rmi.NoSuchObjectException}; when it is stopping,
 * or cannot be reached while another of the servers answers,
 * {@link com.lana.checkout.api.staff.SignInRequiredException}: sign in again.
 * {@link #currentServer(CheckoutService)} tells which server a connection is on.
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
     * Connects to the first of several servers that answers, with default timeouts; see
     * {@link Server#parseList(String)} for the form of {@code servers}, e.g. {@code "hostA:1099,hostB:1099"}.
     *
     * @throws IllegalArgumentException naming the bad entry when {@code servers} cannot be read
     * @throws RemoteException naming every server when none answers
     */
    public static CheckoutService connect(String servers) throws RemoteException {
        return connect(options(servers));
    }

    /**
     * Connects as the options say, to the first of their servers that answers.
     *
     * @throws RemoteException with a message naming host and port (every server's, when there are
     *         several) when no checkout server answers
     */
    public static CheckoutService connect(Options options) throws RemoteException {
        return ResilientCheckout.connect(options);
    }

    /**
     * The server a service made by {@link #connect} is on now, as {@code host:port}: the one its
     * next call goes to. It changes when that connection fails over to another server; a status
     * bar can show it.
     *
     * @throws IllegalArgumentException when {@code service} was not made by {@link #connect}
     */
    public static String currentServer(CheckoutService service) {
        return ResilientCheckout.of(service).currentServer().toString();
    }

    /** Options to connect to {@code host:port}: plain TCP, default timeouts; change with the {@code with} methods. */
    public static Options options(String host, int port) {
        return options(List.of(new Server(host, port)));
    }

    /**
     * Options to connect to one of several servers, written {@code "hostA:1099,hostB:1099"} (see
     * {@link Server#parseList(String)}): plain TCP, default timeouts.
     *
     * @throws IllegalArgumentException naming the bad entry when {@code servers} cannot be read
     */
    public static Options options(String servers) {
        return options(Server.parseList(servers));
    }

    /** Options to connect to one of these servers, tried in this order: plain TCP, default timeouts. */
    public static Options options(List<Server> servers) {
        return new Options(servers, ClientSettings.DEFAULT_CONNECT_TIMEOUT, ClientSettings.DEFAULT_CALL_TIMEOUT,
                3, null);
    }

    /**
     * Where one checkout server listens.
     *
     * @param host a host name or address
     * @param port 1-65535
     */
    public record Server(String host, int port) {
        private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");
        private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9._-]+)?");

        public Server {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("Host is missing");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("Port must be 1-65535, was " + port);
            }
        }

        /**
         * Reads one server: {@code host:port}, or {@code host} alone for port
         * {@value CheckoutService#DEFAULT_PORT}; an IPv6 address goes in brackets ({@code [::1]:1099}).
         * Whitespace around the entry is ignored.
         *
         * @throws IllegalArgumentException naming the entry when it is not of that form
         */
        public static Server parse(String entry) {
            Objects.requireNonNull(entry, "entry");
            String text = entry.strip();
            String host;
            String port = null;
            boolean bracketed = text.startsWith("[");
            if (bracketed) {
                int close = text.indexOf(']');
                if (close < 0) {
                    throw bad(entry, "']' is missing after the IPv6 address");
                }
                host = text.substring(1, close);
                String rest = text.substring(close + 1);
                if (rest.startsWith(":")) {
                    port = rest.substring(1);
                } else if (!rest.isEmpty()) {
                    throw bad(entry, "expected ':port' after ']'");
                }
            } else {
                int colon = text.indexOf(':');
                if (colon >= 0 && text.indexOf(':', colon + 1) >= 0) {
                    throw bad(entry, "more than one ':' (write an IPv6 address in brackets, [::1]:1099)");
                }
                host = colon < 0 ? text : text.substring(0, colon);
                port = colon < 0 ? null : text.substring(colon + 1);
            }
            if (host.isEmpty()) {
                throw bad(entry, "the host is missing");
            }
            if (!(bracketed ? IPV6 : NAME).matcher(host).matches()) {
                throw bad(entry, "'" + host + "' is not a host name or address");
            }
            return new Server(host, port == null ? CheckoutService.DEFAULT_PORT : portOf(entry, port));
        }

        /**
         * Reads a comma-separated list of servers, {@code "hostA:1099,hostB:1099"}, each entry as
         * {@link #parse(String)} reads it.
         *
         * @throws IllegalArgumentException naming the entry when one is empty, malformed or listed twice
         */
        public static List<Server> parseList(String servers) {
            if (servers == null || servers.isBlank()) {
                throw new IllegalArgumentException("No checkout server given: expected host:port[,host:port...]");
            }
            List<Server> parsed = new ArrayList<>();
            for (String entry : servers.split(",", -1)) {
                if (entry.isBlank()) {
                    throw new IllegalArgumentException("Empty server entry in '" + servers
                            + "': expected host:port[,host:port...]");
                }
                Server server = parse(entry);
                if (parsed.contains(server)) {
                    throw bad(entry, "listed twice in '" + servers + "'");
                }
                parsed.add(server);
            }
            return List.copyOf(parsed);
        }

        private static int portOf(String entry, String port) {
            if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw bad(entry, "the port '" + port + "' is not a number 1-65535");
            }
            int value = Integer.parseInt(port);
            if (value < 1 || value > 65535) {
                throw bad(entry, "the port must be 1-65535, was " + value);
            }
            return value;
        }

        private static IllegalArgumentException bad(String entry, String why) {
            return new IllegalArgumentException("Bad checkout server '" + entry.strip() + "': " + why);
        }

        /** {@code host:port}, with an IPv6 address in brackets. */
        @Override
        public String toString() {
            return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /**
     * How to reach the checkout: one server, or several sharing their baskets, tried in list order
     * and then failed over to in turn (see {@link Checkout}). They belong to the connection made with
     * them: its stubs carry its timeouts and TLS material, so one JVM can hold connections made
     * with different options (plain and TLS, quick and patient) side by side, none changing another.
     *
     * @param servers the servers, at least one, none twice; the first that answers is used
     * @param connectTimeout how long to wait for a connection, 2 s by default (or the system property
     *        {@code lana.checkout.connectTimeoutMillis})
     * @param callTimeout how long to wait for the answer to a call, 10 s by default (or the system
     *        property {@code lana.checkout.callTimeoutMillis})
     * @param attempts how many times a call is tried on each server before it fails, 3 by default
     *        (a call that is not safe to repeat is tried once)
     * @param tls the certificates for mutual TLS, or null for plain TCP
     */
    public record Options(List<Server> servers, Duration connectTimeout, Duration callTimeout, int attempts,
                          Tls tls) {
        public Options {
            Objects.requireNonNull(servers, "servers");
            servers = List.copyOf(servers);
            if (servers.isEmpty()) {
                throw new IllegalArgumentException("No checkout server given");
            }
            if (new HashSet<>(servers).size() != servers.size()) {
                throw new IllegalArgumentException("A checkout server is listed twice in " + servers);
            }
            requirePositive("Connect timeout", connectTimeout);
            requirePositive("Call timeout", callTimeout);
            if (attempts < 1 || attempts > 10) {
                throw new IllegalArgumentException("Attempts must be 1-10, was " + attempts);
            }
        }

        /** Options for the one server at {@code host:port}. */
        public Options(String host, int port, Duration connectTimeout, Duration callTimeout, int attempts, Tls tls) {
            this(List.of(new Server(host, port)), connectTimeout, callTimeout, attempts, tls);
        }

        /** The first server's host. */
        public String host() {
            return servers.get(0).host();
        }

        /** The first server's port. */
        public int port() {
            return servers.get(0).port();
        }

        public Options withTimeouts(Duration connectTimeout, Duration callTimeout) {
            return new Options(servers, connectTimeout, callTimeout, attempts, tls);
        }

        public Options withAttempts(int attempts) {
            return new Options(servers, connectTimeout, callTimeout, attempts, tls);
        }

        public Options withTls(Tls tls) {
            return new Options(servers, connectTimeout, callTimeout, attempts, tls);
        }

        /** {@code host:port}, or {@code hostA:1099,hostB:1099} for several servers, for messages. */
        public String address() {
            return servers.stream().map(Server::toString).collect(Collectors.joining(","));
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

        /** The till this terminal's certificate is for ({@link TillId#ofCertificate}), where clerks sign in; or empty. */
        public Optional<String> till() {
            try {
                return TillId.ofKeyStore(load(keyStore));
            } catch (KeyStoreException e) {
                throw new IllegalArgumentException("Cannot read TLS store " + keyStore + " (" + e.getMessage() + ")", e);
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
