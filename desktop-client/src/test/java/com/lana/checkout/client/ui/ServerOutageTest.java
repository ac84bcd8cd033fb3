package com.lana.checkout.client.ui;

import com.lana.checkout.client.link.Connector;
import com.lana.checkout.client.link.Intercept;
import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.server.rmi.CheckoutServer;
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
    void opensWithoutAServerSaysSoAndConnectsByItselfOnceOneRuns() throws Exception {
        int port = freePort();
        TillScreen screen = TillScreen.open(robot, port);
        screen.await("unreachable", () -> screen.label(StatusBar.CONNECTION).startsWith("✕ Server 127.0.0.1:" + port + " unreachable"));
        assertThat(screen.isShowing(TillWindow.RETRY)).isTrue();

        server = startServer(port);
        screen.awaitConnected().awaitMessage("Ready to scan");   // no key pressed: the client probes on its own
        assertThat(screen.isShowing(TillWindow.RETRY)).isFalse();
        screen.scan("PEN").scan("TSHIRT").scan("MUG").awaitTotal("32.50€");
    }

    @Test
    void aHungServerShowsScansAsPendingAndAppliesEachOnceInOrderWhenReleased() throws Exception {
        server = startServer(0);
        CountDownLatch release = new CountDownLatch(1);
        TillScreen screen = TillScreen.open(robot, slowAdds(Connector.rmi("127.0.0.1", server.port()), release))
                .awaitConnected();

        screen.scan("PEN").scan("TSHIRT").scan("MUG");
        screen.await("three pending rows", () -> screen.rows().length == 3);
        assertThat(java.util.Arrays.stream(screen.rows()).map(row -> row[0]))
                .containsExactly("Lana Pen — sending…", "Lana T-Shirt — queued", "Lana Coffee Mug — queued");
        screen.await("waiting shown", () -> screen.label(StatusBar.CONNECTION).startsWith("◔ Waiting for the server"));
        assertThat(screen.label(StatusBar.CONNECTION)).contains("3 scans not confirmed yet");
        assertThat(screen.label(ReceiptPanel.PENDING_NOTE)).contains("3 scans waiting for the server");
        assertThat(screen.total()).isEqualTo("0.00€");
        screen.scanField().enterText("still typing");   // the EDT is free while every add waits
        screen.await("typed text shown", () -> screen.onEdt(() -> screen.scanField().target().getText()).equals("still typing"));
        screen.scanField().deleteText();

        release.countDown();
        screen.awaitTotal("32.50€").awaitIdle();
        assertThat(screen.rows()).isDeepEqualTo(new String[][] {
                {"Lana Pen", "1", "5.00€", "5.00€"},
                {"Lana T-Shirt", "1", "20.00€", "20.00€"},
                {"Lana Coffee Mug", "1", "7.50€", "7.50€"}});
        assertThat(screen.isShowing(ReceiptPanel.PENDING_NOTE)).isFalse();
        assertThat(server.service().receipt(screen.onEdt(() -> screen.model.current().basket())).units()).isEqualTo(3);
    }

    @Test
    void scansWhileTheServerIsDownStayOnScreenAndF5RecreatesTheSaleAfterARestart() throws Exception {
        server = startServer(0);
        int port = server.port();
        TillScreen screen = TillScreen.open(robot, port).awaitConnected();
        screen.scan("PEN").awaitTotal("5.00€").awaitIdle();

        server.close();
        screen.scan("MUG").scan("TSHIRT");
        screen.await("unreachable", () -> screen.label(StatusBar.CONNECTION).startsWith("✕ Server 127.0.0.1:" + port));
        screen.await("two scans waiting", () -> screen.rows().length == 3
                && screen.rows()[1][0].equals("Lana Coffee Mug — waiting for the server")
                && screen.rows()[2][0].equals("Lana T-Shirt — waiting for the server"));

        // Baskets live in the server's memory: the restarted server no longer has this sale, but the screen does.
        server = startServer(port);
        screen.awaitConnected().awaitMessage("is not on the server any more");
        assertThat(screen.rows()).hasNumberOfRows(3);
        screen.press(KeyEvent.VK_F5).awaitTotal("32.50€").awaitIdle()
                .awaitMessage(" is on the server again with all its 3 items, each once");
        assertThat(java.util.Arrays.stream(screen.rows()).map(row -> row[0] + " × " + row[1]))
                .containsExactly("Lana Pen × 1", "Lana Coffee Mug × 1", "Lana T-Shirt × 1");
        assertThat(server.service().receipt(screen.onEdt(() -> screen.model.current().basket())).units()).isEqualTo(3);
    }

    @Test
    void aSlowServerShowsWorkInFlightAndTheWindowStaysResponsive() throws Exception {
        server = startServer(0);
        CountDownLatch release = new CountDownLatch(1);
        Connector slow = slowAdds(Connector.rmi("127.0.0.1", server.port()), release);
        TillScreen screen = TillScreen.open(robot, slow).awaitConnected();
        assertThat(screen.isShowing(StatusBar.BUSY)).isFalse();

        screen.scan("PEN");
        screen.await("busy indicator", () -> screen.onEdt(() -> screen.model.isBusy()));
        assertThat(screen.isShowing(StatusBar.BUSY) || screen.label(StatusBar.CONNECTION).startsWith("◔")).isTrue();
        screen.scanField().enterText("MUG");   // typing goes on while the call waits
        javax.swing.text.JTextComponent field = screen.scanField().target();
        screen.await("MUG typed while the call waits", () -> screen.onEdt(() -> "MUG".equals(field.getText())));

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
