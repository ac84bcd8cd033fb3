package com.lana.checkout.server.rmi;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.rmi.server.RMIServerSocketFactory;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * Listening sockets bound to one address (loopback, one interface, or all of them), plain or
 * mutual TLS 1.3: with TLS, a client must present a certificate signed by a CA the server trusts
 * before a single byte of RMI is read. Equal factories let the RMI runtime put the registry and
 * the service on one shared port.
 *
 * @param tls the server's TLS context, or null for plain TCP
 */
record ServerSockets(InetAddress bindAddress, SSLContext tls) implements RMIServerSocketFactory {

    ServerSockets {
        Objects.requireNonNull(bindAddress, "bindAddress");
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        ServerSocket socket = tls == null ? new ServerSocket() : tls.getServerSocketFactory().createServerSocket();
        try {
            if (socket instanceof SSLServerSocket secure) {
                secure.setNeedClientAuth(true);
                secure.setEnabledProtocols(new String[] {"TLSv1.3"});
            }
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(bindAddress, port), 128);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
