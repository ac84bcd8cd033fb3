package com.lana.checkout.api;

import java.io.IOException;
import java.io.Serializable;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.rmi.server.RMIClientSocketFactory;
import java.util.Objects;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * How clients open connections to the checkout server: with a connect timeout and a read timeout,
 * so that no call waits forever on a server that is gone or stuck, and over mutual TLS when the
 * server runs with {@code --tls}. The server puts this factory in the stubs it hands out; it runs
 * in the client, with the settings of the client's connection ({@link Checkout.Options}).
 *
 * <p>Each connection has its own settings, and its stubs carry them: the factory of its registry
 * is made with them, and a factory read from the server while the connection looks the service up
 * takes them on (in {@code readResolve}), so every socket of that stub — the calls', and those of
 * the RMI runtime's lease renewals on its own threads — is opened with that connection's timeouts
 * and TLS material. The serial form is only the mode: settings never travel.
 *
 * <p>Instances are equal when their mode and settings are. The RMI runtime keys its pool of open
 * connections by host, port and factory, so connections with different settings never share a
 * socket (one opened with another's read timeout or certificate), and equal factories let the
 * registry and the service share one port and reuse connections.
 */
public final class ClientSocketFactory implements RMIClientSocketFactory, Serializable {
    private static final long serialVersionUID = 1L;

    /** Plain TCP with the default settings: what a plain server hands out. */
    public static final ClientSocketFactory PLAIN = new ClientSocketFactory(false, ClientSettings.DEFAULTS);
    /** Mutual TLS with the default settings: what a {@code --tls} server hands out. */
    public static final ClientSocketFactory TLS = new ClientSocketFactory(true, ClientSettings.DEFAULTS);

    private final boolean tls;
    /** Never null, except on an instance just read from a stream, which {@code readResolve} replaces. */
    private final transient ClientSettings settings;

    private ClientSocketFactory(boolean tls, ClientSettings settings) {
        this.tls = tls;
        this.settings = settings;
    }

    /** A factory for one connection's sockets. */
    static ClientSocketFactory of(boolean tls, ClientSettings settings) {
        return new ClientSocketFactory(tls, Objects.requireNonNull(settings, "settings"));
    }

    public boolean isTls() {
        return tls;
    }

    /** The settings its sockets are opened with. */
    ClientSettings settings() {
        return settings;
    }

    /**
     * A factory read from the server takes on the settings of the connection looking the service up
     * on this thread, or the defaults when none is.
     */
    private Object readResolve() {
        return new ClientSocketFactory(tls, ClientSettings.ofCurrentLookup());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket socket = new DeadlineSocket(settings.callTimeoutMillis());
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(settings.callTimeoutMillis());
            socket.connect(new InetSocketAddress(host, port), settings.connectTimeoutMillis());
            if (!tls) {
                return socket;
            }
            SSLSocket secure = (SSLSocket) settings.tlsSockets().createSocket(socket, host, port, true);
            secure.setUseClientMode(true);
            // Check the server's certificate names the host we meant to reach, as HTTPS does.
            SSLParameters parameters = secure.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            secure.setSSLParameters(parameters);
            // The handshake is bounded by the read timeout set above.
            secure.startHandshake();
            return secure;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * A socket whose read timeout never exceeds the call deadline. The RMI runtime sets its own
     * read timeout while it shakes hands on a new connection (one minute, by default), which
     * would let a server that accepts connections but never answers hold a call that long.
     */
    private static final class DeadlineSocket extends Socket {
        private final int deadlineMillis;

        DeadlineSocket(int deadlineMillis) {
            this.deadlineMillis = deadlineMillis;
        }

        @Override
        public void setSoTimeout(int timeout) throws SocketException {
            super.setSoTimeout(timeout == 0 ? deadlineMillis : Math.min(timeout, deadlineMillis));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientSocketFactory that && that.tls == tls && Objects.equals(that.settings, settings);
    }

    @Override
    public int hashCode() {
        return (tls ? 0x7157 : 0x1A7A) * 31 + Objects.hashCode(settings);
    }

    @Override
    public String toString() {
        return tls ? "mutual TLS" : "plain TCP";
    }
}
