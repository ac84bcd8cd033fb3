package com.lana.checkout.api;

import java.io.IOException;
import java.io.Serializable;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.rmi.server.RMIClientSocketFactory;

/**
 * How clients open connections to the checkout server: with a connect timeout and a read timeout,
 * so that no call waits forever on a server that is gone or stuck. The server puts this factory in
 * the stubs it hands out; it runs in the client and reads the client's settings:
 *
 * <ul>
 *   <li>{@code lana.checkout.connectTimeoutMillis}: how long to wait for a connection (default 2000);
 *   <li>{@code lana.checkout.callTimeoutMillis}: how long to wait for an answer (default 10000).
 * </ul>
 *
 * <p>All instances are equal, which lets the RMI runtime share one port and reuse connections.
 */
public final class ClientSocketFactory implements RMIClientSocketFactory, Serializable {
    private static final long serialVersionUID = 1L;

    public static final ClientSocketFactory PLAIN = new ClientSocketFactory();

    public static final int DEFAULT_CONNECT_TIMEOUT_MILLIS = 2_000;
    public static final int DEFAULT_CALL_TIMEOUT_MILLIS = 10_000;

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(millis("lana.checkout.callTimeoutMillis", DEFAULT_CALL_TIMEOUT_MILLIS));
            socket.connect(new InetSocketAddress(host, port),
                    millis("lana.checkout.connectTimeoutMillis", DEFAULT_CONNECT_TIMEOUT_MILLIS));
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static int millis(String property, int fallback) {
        Integer value = Integer.getInteger(property);
        return value != null && value > 0 ? value : fallback;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientSocketFactory;
    }

    @Override
    public int hashCode() {
        return 0x1A7A;
    }
}
