package com.lana.checkout.client.ui;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.client.link.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.event.KeyEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** Typos at the scan field the till catches: a huge line, priced as the customer would pay it, and a quantity typed last. */
class ScanMistakesTest extends GuiTest {

    private TestServers.Running server;
    private TillScreen screen;

    @BeforeEach
    void open() throws Exception {
        server = TestServers.running();
        screen = TillScreen.open(robot, server.port()).awaitConnected();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aLargeLineWarningShowsWhatTheCustomerWouldPayWithThePromotion() throws Exception {
        screen.scan("PEN").awaitTotal("5.00€").awaitIdle();

        screen.scan("60*PEN");

        org.assertj.swing.fixture.JOptionPaneFixture pane = screen.frame.optionPane().requireTitle("Large line");
        String question = screen.onEdt(() -> (String) pane.target().getMessage());
        assertThat(question).contains("The line would hold 61 units, 155.00€ with 2-for-1 on PEN.")
                .contains("The sale would come to 155.00€.")
                .doesNotContain("305.00€");
        pane.buttonWithText(TillWindow.LARGE_YES).focus().pressAndReleaseKeys(KeyEvent.VK_SPACE);
        screen.awaitTotal("155.00€").awaitIdle();
        BasketId basket = screen.onEdt(() -> screen.model.current().basket());
        assertThat(server.service().total(basket)).hasToString("155.00€");
    }

    @Test
    void aQuantityTypedAfterTheCodeIsRefusedWithTheRightOrderSuggested() {
        screen.scan("PEN*3");

        screen.awaitMessage("did you mean 3*PEN?");
        assertThat(screen.onEdt(() -> screen.model.notice().isProblem())).isTrue();
        screen.scanField().requireText("PEN*3");
        assertThat(screen.onEdt(() -> screen.model.current().basket())).as("nothing sent to the server").isNull();
        assertThat(screen.onEdt(() -> screen.model.current().isEmpty())).isTrue();
    }
}
