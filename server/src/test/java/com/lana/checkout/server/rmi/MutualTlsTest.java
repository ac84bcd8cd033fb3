package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.ClientSocketFactory;
import com.lana.checkout.server.catalog.CatalogFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.rmi.ConnectException;
import java.rmi.RemoteException;
import java.rmi.registry.LocateRegistry;
import java.rmi.server.RMIClientSocketFactory;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A server started with mutual TLS takes calls only from clients presenting a
 * certificate from the CA it trusts. Two development CAs are made with the repository's own
 * {@code scripts/make-dev-certs.sh}. The bad clients use socket factories of this test, each with
 * its own TLS context, to reach below {@link Checkout#connect}; the good client, both through such a
 * factory and through {@link Checkout#connect}, is the control.
 */
@Timeout(300)
class MutualTlsTest {

    private static final char[] PASSWORD = DevCertificates.PASSWORD;
    private static final int SOCKET_TIMEOUT_MILLIS = 5_000;

    @TempDir
    static Path certificates;
    private static Path caA;
    private static Path caB;

    private CheckoutServer server;

    @BeforeAll
    static void makeTwoCertificateAuthorities() throws Exception {
        caA = certificates.resolve("a");
        caB = certificates.resolve("b");
        DevCertificates.make(caA, caB);
    }

    @BeforeEach
    void startServerTrustingCaA() throws IOException {
        server = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults())
                .withTls(DevCertificates.server(caA)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aClientWithoutACertificateCannotCall() throws Exception {
        TlsSockets anonymous = new TlsSockets(trustOnly(caA.resolve("truststore.p12")));

        assertThatExceptionOfType(RemoteException.class).isThrownBy(() -> lookUp(anonymous));
        assertStillServing();
    }

    @Test
    void aClientWithACertificateFromAnotherCaCannotCall() throws Exception {
        TlsSockets stranger = new TlsSockets(tls(caB, caA).sslContext());

        assertThatExceptionOfType(RemoteException.class).isThrownBy(() -> lookUp(stranger));
        assertStillServing();
    }

    @Test
    void aPlaintextClientCannotCall() throws Exception {
        assertThatExceptionOfType(RemoteException.class).isThrownBy(() -> lookUp(ClientSocketFactory.PLAIN));
        assertStillServing();
    }

    @Test
    void checkoutConnectWithAForeignCertificateFailsClearly() {
        assertThatExceptionOfType(ConnectException.class)
                .isThrownBy(() -> Checkout.connect(Checkout.options("127.0.0.1", server.port()).withTls(tls(caB, caA))))
                .withMessageContaining("127.0.0.1:" + server.port())
                .withMessageContaining("certificate");
    }

    /** Control: the same paths with a certificate from the trusted CA work. */
    @Test
    void aClientWithACertificateFromTheTrustedCaCanCall() throws Exception {
        CheckoutService checkout = Checkout.connect(Checkout.options("127.0.0.1", server.port()).withTls(tls(caA, caA)));
        BasketId basket = checkout.createBasket();
        assertThat(checkout.addProduct(basket, "PEN").lines()).hasSize(1);

        assertThat(lookUp(new TlsSockets(tls(caA, caA).sslContext()))).isNotNull();
    }

    /**
     * Below RMI: the server answers the first bytes of the RMI protocol only on a connection whose
     * TLS handshake presented a trusted certificate (control: the trusted client gets the answer).
     */
    @Test
    void theServerRefusesAtTheTlsHandshake() throws Exception {
        assertThat(answersRmiHandshake(tls(caB, caA).sslContext())).as("certificate from another CA").isFalse();
        assertThat(answersRmiHandshake(trustOnly(caA.resolve("truststore.p12")))).as("no certificate").isFalse();
        assertThat(answersRmiHandshake(tls(caA, caA).sslContext())).as("control: trusted certificate").isTrue();
    }

    /** Sends the RMI protocol's opening (magic, version, stream protocol); true if the server acknowledges it. */
    private boolean answersRmiHandshake(SSLContext context) throws IOException {
        try (Socket socket = new TlsSockets(context).createSocket("127.0.0.1", server.port())) {
            // TLS 1.3: the client's handshake completes even when the server then refuses the
            // certificate; the refusal (an alert, or a closed connection) comes with the next write or read.
            socket.getOutputStream().write(new byte[] {'J', 'R', 'M', 'I', 0, 2, 0x4B});
            socket.getOutputStream().flush();
            return socket.getInputStream().read() == 0x4E;
        } catch (java.net.SocketTimeoutException silence) {
            throw silence;
        } catch (IOException refused) {
            return false;
        }
    }

    /**
     * Looks the service up through {@code sockets}: a call to the server's registry, on the
     * service's port, over a connection {@code sockets} opened. (The stub it answers with opens its
     * own connections, with the api's factory and default settings, so calling it would test
     * something else.)
     */
    private CheckoutService lookUp(RMIClientSocketFactory sockets) throws Exception {
        return (CheckoutService) LocateRegistry.getRegistry("127.0.0.1", server.port(), sockets)
                .lookup(CheckoutService.NAME);
    }

    private void assertStillServing() throws Exception {
        CheckoutService good = Checkout.connect(Checkout.options("127.0.0.1", server.port()).withTls(tls(caA, caA)));
        good.ping();
    }

    private static Checkout.Tls tls(Path clientCa, Path trustedCa) {
        return DevCertificates.client(clientCa, trustedCa);
    }

    private static SSLContext trustOnly(Path truststore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(truststore)) {
            store.load(in, PASSWORD);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /**
     * Client sockets over this test's own TLS context. Equal only to itself, so the RMI runtime
     * never hands one case a connection another case opened.
     */
    static final class TlsSockets implements RMIClientSocketFactory {
        private final SSLContext context;

        TlsSockets(SSLContext context) {
            this.context = context;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            Socket plain = new Socket();
            try {
                plain.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
                plain.connect(new InetSocketAddress(host, port), SOCKET_TIMEOUT_MILLIS);
                SSLSocket secure = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
                secure.setUseClientMode(true);
                SSLParameters parameters = secure.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                secure.setSSLParameters(parameters);
                secure.startHandshake();
                return secure;
            } catch (IOException e) {
                plain.close();
                throw e;
            }
        }
    }
}
