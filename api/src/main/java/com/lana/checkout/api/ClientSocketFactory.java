package com.lana.checkout.api;

import java.io.IOException;
import java.io.Serializable;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.rmi.server.RMIClientSocketFactory;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * How clients open connections to the checkout server: with a connect timeout and a read timeout,
 * so that no call waits forever on a server that is gone or stuck, and over mutual TLS when the
 * server runs with {@code --tls}. The server puts this factory in the stubs it hands out; it runs
 * in the client and uses the client's settings ({@link Checkout.Options}).
 *
 * <p>Instances are equal when their mode is, which lets the RMI runtime share one port between
 * the registry and the service and reuse connections.
 */
public final class ClientSocketFactory implements RMIClientSocketFactory, Serializable {
    private static final long serialVersionUID = 1L;

    public static final ClientSocketFactory PLAIN = new ClientSocketFactory(false);
    public static final ClientSocketFactory TLS = new ClientSocketFactory(true);

    private final boolean tls;

    private ClientSocketFactory(boolean tls) {
        this.tls = tls;
    }

    public boolean isTls() {
        return tls;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket socket = new DeadlineSocket(ClientSettings.callTimeoutMillis());
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(ClientSettings.callTimeoutMillis());
            socket.connect(new InetSocketAddress(host, port), ClientSettings.connectTimeoutMillis());
            if (!tls) {
                return socket;
            }
            SSLSocket secure = (SSLSocket) ClientSettings.tls().createSocket(socket, host, port, true);
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
        return other instanceof ClientSocketFactory that && that.tls == tls;
    }

    @Override
    public int hashCode() {
        return tls ? 0x7157 : 0x1A7A;
    }

    @Override
    public String toString() {
        return tls ? "mutual TLS" : "plain TCP";
    }
}
