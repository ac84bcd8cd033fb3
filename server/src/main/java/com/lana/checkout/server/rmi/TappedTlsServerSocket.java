package com.lana.checkout.server.rmi;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * A listening socket for mutual TLS 1.3 that tells the RMI call running on a thread which TLS
 * connection it came over ({@link #connectionOfThisThread()}), and so whose client certificate.
 *
 * <p>The RMI runtime reads each accepted connection on a thread of its own and runs the calls it
 * reads there, on that same thread (JDK 17 refuses the multiplexing protocol that did otherwise).
 * So each accepted TCP socket is wrapped before TLS is layered on it: whenever a thread reads the
 * connection's bytes it records that connection as its own, and a call reads at least its own
 * header before it runs. A client must present a certificate signed by a CA the server trusts before
 * a single byte of RMI is read (the TLS handshake is shaken on the first read).
 */
final class TappedTlsServerSocket extends ServerSocket {

    private static final ThreadLocal<SSLSocket> READING = new ThreadLocal<>();

    private final SSLSocketFactory tls;

    TappedTlsServerSocket(SSLContext context) throws IOException {
        this.tls = context.getSocketFactory();
    }

    /** The TLS connection this thread read from last, while it is open; null when none. */
    static SSLSocket connectionOfThisThread() {
        SSLSocket connection = READING.get();
        return connection == null || connection.isClosed() ? null : connection;
    }

    @Override
    public Socket accept() throws IOException {
        if (isClosed()) {
            throw new SocketException("Socket is closed");
        }
        TappedSocket plain = new TappedSocket();
        implAccept(plain);
        try {
            SSLSocket secure = (SSLSocket) tls.createSocket(plain, null, true);   // server side, shakes hands on first read
            secure.setNeedClientAuth(true);
            secure.setEnabledProtocols(new String[] {"TLSv1.3"});
            plain.layered = secure;
            return secure;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    /** A TCP socket whose reader records, on its thread, the TLS connection layered on it. */
    private static final class TappedSocket extends Socket {
        private volatile SSLSocket layered;
        private InputStream tapped;

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (tapped == null) {
                tapped = new FilterInputStream(super.getInputStream()) {
                    @Override
                    public int read() throws IOException {
                        return readBy(in.read());
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        return readBy(in.read(buffer, offset, length));
                    }
                };
            }
            return tapped;
        }

        /** Records this connection as this thread's, until it ends ({@code read} is -1). */
        private int readBy(int read) {
            SSLSocket connection = layered;
            if (read < 0) {
                if (READING.get() == connection) {
                    READING.remove();
                }
            } else if (connection != null) {
                READING.set(connection);
            }
            return read;
        }
    }
}
