package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.server.catalog.CatalogFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.rmi.ConnectException;
import java.rmi.NoSuchObjectException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A client from {@link Checkout#connect} survives a server restart on the same port
 * without being connected again: its stale stub ({@link NoSuchObjectException}) or refused
 * connection ({@link ConnectException}) makes it look the service up again.
 */
@Timeout(60)
class ReconnectTest {

    private CheckoutServer server;
    private int port;

    @BeforeEach
    void start() throws IOException {
        server = HardeningFixtures.startServer();
        port = server.port();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aClientCarriesOnAfterARestartOnTheSamePort() throws Exception {
        CheckoutService checkout = connectedClient();

        server.close();
        server = restartOn(port);

        // The old stub names an object the new server never exported: looked up again, silently.
        checkout.ping();
        BasketId basket = checkout.createBasket();
        assertThat(checkout.addProduct(basket, "MUG").lines()).hasSize(1);
    }

    @Test
    void whileTheServerIsDownACallFailsNamingTheServer() throws Exception {
        CheckoutService checkout = connectedClient();

        server.close();

        assertThatExceptionOfType(ConnectException.class)
                .isThrownBy(checkout::createBasket)
                .withMessageContaining("127.0.0.1:" + port);
    }

    @Test
    void aClientWhoseCallFailedWhileTheServerWasDownWorksAgainAfterTheRestart() throws Exception {
        CheckoutService checkout = connectedClient();
        server.close();
        assertThat(catchThrowable(checkout::createBasket)).as("while the server is down")
                .isInstanceOf(ConnectException.class);

        server = restartOn(port);

        BasketId basket = checkout.createBasket();
        assertThat(checkout.receipt(basket).lines()).isEmpty();
    }

    /** Control: the raw stub the client started with does not survive the restart by itself. */
    @Test
    void aRawStubGoesStaleOnRestart() throws Exception {
        CheckoutService raw = HardeningFixtures.rawStub(port);
        raw.ping();

        server.close();
        server = restartOn(port);

        assertThatExceptionOfType(NoSuchObjectException.class).isThrownBy(raw::ping);
    }

    /** A client from {@link Checkout#connect} that has reached the running server once. */
    private CheckoutService connectedClient() throws Exception {
        CheckoutService checkout = Checkout.connect(Checkout.options("127.0.0.1", port));
        checkout.ping();
        return checkout;
    }

    private static CheckoutServer restartOn(int port) throws IOException {
        return CheckoutServer.start(CheckoutServer.Options.loopback(port, CatalogFile.defaults()));
    }
}
