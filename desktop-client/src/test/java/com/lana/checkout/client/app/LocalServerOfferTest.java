package com.lana.checkout.client.app;

import com.lana.checkout.api.Checkout;
import com.lana.checkout.client.ui.GuiTest;
import com.lana.checkout.client.ui.StatusBar;
import com.lana.checkout.client.ui.TillScreen;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.SwingUtilities;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A single-till shop: with no server answering, the till offers to run one inside itself, and says it is local. */
class LocalServerOfferTest extends GuiTest {

    private LocalServer local;

    @AfterEach
    void stopLocalServer() {
        if (local != null) {
            local.close();
        }
    }

    @Test
    void whenNoServerAnswersTheTillAsksToRunOneInside() throws Exception {
        int port = freePort();
        assertThat(LocalServerOffer.anyAnswers(Checkout.options("127.0.0.1", port))).isFalse();
        CompletableFuture<Boolean> answer = new CompletableFuture<>();

        SwingUtilities.invokeLater(() -> answer.complete(LocalServerOffer.ask(null, "127.0.0.1:" + port, "memory")));
        JOptionPaneFixture question = JOptionPaneFinder.findOptionPane().withTimeout(10_000).using(robot);
        question.requireTitle(LocalServerOffer.TITLE);
        assertThat(question.target().getMessage().toString())
                .startsWith("No checkout server answers at 127.0.0.1:" + port + ".\nRun one inside this till?");
        question.buttonWithText(LocalServerOffer.YES).focus().pressAndReleaseKeys(KeyEvent.VK_SPACE);

        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aTillOnItsOwnServerSellsAndTheStatusBarSaysTheServerIsInside() throws Exception {
        local = LocalServer.start(freePort(), "memory");

        TillScreen screen = TillScreen.open(robot, local.connector()).awaitConnected();
        screen.scan("PEN").scan("TSHIRT").scan("MUG").awaitTotal("32.50€");

        assertThat(screen.label(StatusBar.CONNECTION))
                .isEqualTo("● Connected to 127.0.0.1:" + local.port() + " (inside this till)");
    }

    @Test
    void theTillsOwnServerKeepsItsSalesInTheStoreGiven(@TempDir Path folder) throws Exception {
        local = LocalServer.start(0, "jdbc:h2:file:" + folder.resolve("till"));

        assertThat(local.storeDescription()).startsWith("H2 file jdbc:h2:file:" + folder.resolve("till"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
