package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.server.catalog.CatalogFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.rmi.ConnectException;
import java.rmi.RemoteException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.lana.checkout.server.rmi.HardeningFixtures.hasCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * No client call waits on RMI's defaults (which are "forever" for an answer and a
 * minute for a connection handshake). Each test asserts the call fails, and within a generous
 * bound of ten times the configured timeout: a correctness bound, not a performance one.
 */
@Timeout(60)
class DeadlineTest {

    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    private static final Duration CALL_TIMEOUT = Duration.ofMillis(300);
    private static final Duration BOUND = CALL_TIMEOUT.plus(CONNECT_TIMEOUT).multipliedBy(10);

    private final List<AutoCloseable> resources = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeEverything() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    @Test
    void aCallTheServerNeverAnswersFailsAfterTheCallTimeout() throws Exception {
        GatedStore store = new GatedStore();
        CheckoutServer server = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()).withStore(store));
        resources.add(server);
        CheckoutService checkout = Checkout.connect(Checkout.options("127.0.0.1", server.port())
                .withTimeouts(CONNECT_TIMEOUT, CALL_TIMEOUT).withAttempts(1));
        BasketId basket = checkout.createBasket();

        // The add reaches the server and waits there at the store's gate, which this test holds shut.
        store.hold();
        RemoteException failure = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(RemoteException.class,
                        () -> checkout.addProduct(basket, "PEN")));
        store.open();

        assertThat(hasCause(failure, SocketTimeoutException.class)).as("%s", failure).isTrue();
        assertThat(failure).hasMessageContaining("did not answer addProduct within 300 ms")
                .hasMessageContaining("127.0.0.1:" + server.port());
    }

    @Test
    void aServerThatAcceptsButNeverSpeaksIsGivenUpAfterTheCallTimeout() throws Exception {
        ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        List<Socket> held = new CopyOnWriteArrayList<>();
        resources.add(silent);
        resources.add(() -> {
            for (Socket socket : held) {
                socket.close();
            }
        });
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    held.add(silent.accept());
                }
            } catch (IOException closed) {
                // test over
            }
        }, "silent-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();

        ConnectException failure = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(ConnectException.class,
                        () -> Checkout.connect(Checkout.options("127.0.0.1", silent.getLocalPort())
                                .withTimeouts(CONNECT_TIMEOUT, CALL_TIMEOUT))));

        assertThat(held).as("the connection was accepted").isNotEmpty();
        assertThat(hasCause(failure, SocketTimeoutException.class)).as("%s", failure).isTrue();
        assertThat(failure).hasMessageContaining("127.0.0.1:" + silent.getLocalPort())
                .hasMessageContaining("did not answer in time");
    }

    /**
     * A listener whose accept queue is full drops new connection attempts, as a black-holed
     * address does: the connection is neither made nor refused.
     */
    @Test
    void aConnectionNobodyCompletesIsGivenUpAfterTheConnectTimeout() throws Exception {
        ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        resources.add(full);
        boolean dropped = false;
        for (int i = 0; i < 8 && !dropped; i++) {
            dropped = connectionIsDropped(full.getLocalPort());
        }
        assertThat(dropped).as("a black hole on loopback").isTrue();

        ConnectException failure = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(ConnectException.class,
                        () -> Checkout.connect(Checkout.options("127.0.0.1", full.getLocalPort())
                                .withTimeouts(CONNECT_TIMEOUT, CALL_TIMEOUT))));

        assertThat(failure).hasMessageContaining("127.0.0.1:" + full.getLocalPort())
                .hasMessageContaining("Connect timed out");
    }

    /** Tries one connection; a made one stays open (it keeps the queue full), a dropped one times out. */
    private boolean connectionIsDropped(int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            resources.add(socket);
            return false;
        } catch (SocketTimeoutException dropped) {
            socket.close();
            return true;
        }
    }

    @Test
    void defaultsAreBoundedToo() {
        Checkout.Options defaults = Checkout.options("127.0.0.1", 1099);

        assertThat(defaults.connectTimeout()).isLessThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.callTimeout()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> defaults.withTimeouts(Duration.ZERO, CALL_TIMEOUT));
    }
}
