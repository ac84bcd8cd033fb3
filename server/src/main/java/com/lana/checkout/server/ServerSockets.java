package com.lana.checkout.server;

import java.io.IOException;
import java.io.Serializable;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.server.RMIServerSocketFactory;
import java.util.Objects;

/**
 * Listening sockets bound to one address (loopback, one interface, or all of them). Equal factories
 * let the RMI runtime put the registry and the service on one shared port.
 */
record ServerSockets(InetAddress bindAddress) implements RMIServerSocketFactory, Serializable {

    ServerSockets {
        Objects.requireNonNull(bindAddress, "bindAddress");
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(bindAddress, port), 128);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
