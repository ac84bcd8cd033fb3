package com.lana.checkout.client;

import com.lana.checkout.server.CheckoutServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.awt.event.KeyEvent;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The window when the server is away, slow or restarted: it says so, never freezes, and recovers. */
class ServerOutageTest extends GuiTest {

    private CheckoutServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static CheckoutServer startServer(int port) throws IOException, InterruptedException {
        return TestServers.start(port);
    }

    @Test
    void opensWithoutAServerSaysSoAndConnectsOnRetry() throws Exception {
        int port = freePort();
        SalesScreen screen = SalesScreen.open(robot, port);
        screen.awaitMessage("No answer from");
        screen.frame.label(StatusBar.CONNECTION).requireText("✕ Server 127.0.0.1:" + port + " unreachable");
        assertThat(screen.isShowing(SalesWindow.RETRY)).isTrue();

        server = startServer(port);
        screen.frame.button(SalesWindow.RETRY).click();
        screen.awaitConnected().awaitMessage("Ready to scan");
        assertThat(screen.isShowing(SalesWindow.RETRY)).isFalse();
        screen.scan("PEN").scan("TSHIRT").scan("MUG").awaitTotal("32.50€");
    }

    @Test
    void serverStoppedShowsAMessageWithoutFreezingAndRetryWorksAfterARestart() throws Exception {
        server = startServer(0);
        int port = server.port();
        SalesScreen screen = SalesScreen.open(robot, port).awaitConnected();
        screen.scan("PEN").awaitTotal("5.00€").awaitIdle();

        server.close();
        screen.scan("MUG").awaitMessage("No answer from").awaitIdle();
        screen.frame.label(StatusBar.CONNECTION).requireText("✕ Server 127.0.0.1:" + port + " unreachable");
        screen.scanField().enterText("still typing").requireText("still typing");   // the EDT is free
        screen.scanField().deleteText();

        server = startServer(port);
        screen.press(KeyEvent.VK_F5);
        // Baskets live in the server's memory: the restarted server no longer has this sale.
        screen.awaitConnected().awaitMessage("is gone").awaitTotal("0.00€");
        screen.scan("PEN").scan("TSHIRT").scan("MUG").awaitTotal("32.50€");
    }

    @Test
    void aSlowServerShowsWorkInFlightAndTheWindowStaysResponsive() throws Exception {
        server = startServer(0);
        CountDownLatch release = new CountDownLatch(1);
        Connector slow = slowAdds(Connector.rmi("127.0.0.1", server.port()), release);
        SalesScreen screen = SalesScreen.open(robot, slow).awaitConnected();
        assertThat(screen.isShowing(StatusBar.BUSY)).isFalse();

        screen.scan("PEN");
        screen.await("busy indicator", () -> screen.onEdt(() -> screen.model.isBusy()));
        assertThat(screen.isShowing(StatusBar.BUSY)).isTrue();
        screen.scanField().enterText("MUG").requireText("MUG");   // typing goes on while the call waits

        release.countDown();
        screen.awaitTotal("5.00€").awaitIdle();
        assertThat(screen.isShowing(StatusBar.BUSY)).isFalse();
        screen.scanField().pressAndReleaseKeys(KeyEvent.VK_ENTER);
        screen.awaitTotal("12.50€");
    }

    /** A connector whose service holds every add until {@code release} opens. */
    private static Connector slowAdds(Connector real, CountDownLatch release) {
        return Intercept.beforeEachCall(real, (method, args) -> {
            if (method.equals("addProduct")) {
                assertThat(release.await(20, TimeUnit.SECONDS)).isTrue();
            }
        });
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
