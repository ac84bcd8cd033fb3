package com.lana.checkout.client.ui;

import com.lana.checkout.client.device.FakePoleDisplay;
import com.lana.checkout.client.device.PoleDisplay;
import com.lana.checkout.client.link.TestServers;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.SwingUtilities;
import java.time.Duration;
import java.util.List;

/** A pole display on the network follows the till's sale, against a real server and a fake display on 127.0.0.1. */
class PoleDisplayAtTheTillTest extends GuiTest {

    private TestServers.Running server;
    private FakePoleDisplay pole;
    private PoleDisplay display;

    @BeforeEach
    void start() throws Exception {
        server = TestServers.running();
        pole = FakePoleDisplay.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (display != null) {
            display.close();
        }
        pole.close();
        server.close();
    }

    private TillScreen openScreen() {
        TillScreen screen = TillScreen.open(robot, server.port()).awaitConnected();
        display = GuiActionRunner.execute(() -> PoleDisplay.attach(screen.model, pole.address(), Duration.ofSeconds(2),
                SwingUtilities::invokeLater));
        return screen;
    }

    @Test
    void anEmptySaleIsWelcomed() {
        TillScreen screen = openScreen();

        screen.await("the welcome", () -> pole.lines().equals(List.of("  Welcome to Lana   ", " ".repeat(20))));
    }

    @Test
    void eachScanShowsTheItemAndTheRunningTotal() {
        TillScreen screen = openScreen();

        screen.sell("PEN, TSHIRT", "25.00€");

        screen.await("the T-shirt and the total", () -> pole.lines().equals(
                List.of("Lana T-Shirt  20.00€", "TOTAL         25.00€")));
    }

    @Test
    void aPaidSaleShowsWhatWasHandedOverAndTheChange() {
        TillScreen screen = openScreen().sell("PEN, TSHIRT, MUG", "32.50€");

        screen.payCash("50");

        screen.await("the change", () -> pole.lines().equals(List.of("Paid          50.00€", "Change        17.50€")));
    }

    @Test
    void aDisplayThatDoesNotAnswerIsSaidOnceAndTheTillSellsOn() throws Exception {
        pole.stopListening();
        TillScreen screen = openScreen();

        screen.awaitMessage("Pole display at " + pole.address() + " not answering; the till sells on");
        screen.sell("PEN", "5.00€");
    }
}
