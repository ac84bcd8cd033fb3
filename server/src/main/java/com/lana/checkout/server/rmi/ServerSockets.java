package com.lana.checkout.server.rmi;

import com.lana.checkout.server.service.CallingTerminal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.rmi.server.RMIServerSocketFactory;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;

/**
 * Listening sockets bound to one address (loopback, one interface, or all of them), plain or
 * mutual TLS 1.3: with TLS, a client must present a certificate signed by a CA the server trusts
 * before a single byte of RMI is read. Equal factories let the RMI runtime put the registry and
 * the service on one shared port. With TLS, the client certificate of the connection a call came
 * over is known to that call ({@link #terminals()}).
 *
 * @param tls the server's TLS context, or null for plain TCP
 */
record ServerSockets(InetAddress bindAddress, SSLContext tls) implements RMIServerSocketFactory {

    private static final Logger LOG = Logger.getLogger(ServerSockets.class.getName());

    ServerSockets {
        Objects.requireNonNull(bindAddress, "bindAddress");
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        ServerSocket socket = tls == null ? new ServerSocket() : new TappedTlsServerSocket(tls);
        try {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(bindAddress, port), 128);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Who the terminals calling through these sockets are: with TLS, their certificates say. */
    CallingTerminal terminals() {
        return tls == null ? CallingTerminal.UNPROVEN : new TerminalCertificates();
    }

    /**
     * The listening socket is closed by now, but the RMI runtime's accept thread lets go of it a
     * moment later; waits (briefly) for that, so that a server started right after the one that
     * closed returns, on the same port, can listen on it.
     */
    static void awaitReleased(InetAddress address, int port) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (true) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress(address, port), 1);
                return;
            } catch (IOException stillBound) {
                if (System.nanoTime() > deadline) {
                    LOG.log(Level.FINE, "Port " + port + " still in use after close", stillBound);
                    return;
                }
                Thread.onSpinWait();
            }
        }
    }

    /** Why a server could not listen on {@code port} of {@code address}, said for the operator. */
    static IOException portProblem(InetAddress address, int port, Exception e) {
        Throwable cause = e.getCause();
        String where = address.getHostAddress() + ":" + port;
        if (cause instanceof BindException) {
            return new IOException("Port " + port + " on " + address.getHostAddress()
                    + " is already in use (another checkout server?); choose another with --port", e);
        }
        return new IOException("Cannot listen on " + where + ": " + (cause != null ? cause.getMessage() : e.getMessage()), e);
    }

    /** A port free on {@code address} now, for a server asked to pick one. */
    static int freePort(InetAddress address) {
        try (ServerSocket probe = new ServerSocket(0, 1, address)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + address, e);
        }
    }
}
