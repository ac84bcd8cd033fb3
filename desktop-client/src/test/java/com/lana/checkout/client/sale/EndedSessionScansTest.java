package com.lana.checkout.client.sale;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Money;
import com.lana.checkout.client.link.Connector;
import com.lana.checkout.client.link.MovableClock;
import com.lana.checkout.client.link.ServerLink;
import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.client.ui.TillScreen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;

import static com.lana.checkout.client.link.TestServers.BOB;
import static com.lana.checkout.client.link.TestServers.BOB_PIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scans into a sale's basket through a clerk's session that expired, without Swing (the test thread
 * plays the UI thread, so no poll runs unless the test ticks): the scan is kept, not dropped, and
 * goes through once the next session starts.
 */
class EndedSessionScansTest {

    private static final Duration SESSION_IDLE_TIMEOUT = Duration.ofMinutes(10);

    private final UiQueue ui = new UiQueue();
    private final MovableClock clock = new MovableClock();
    private final AtomicInteger signInsAsked = new AtomicInteger();
    private TestServers.Running server;
    private Till model;

    @BeforeEach
    void signBobIn() throws Exception {
        server = TestServers.withClerks(SESSION_IDLE_TIMEOUT, clock);
        model = new Till(Connector.rmi("127.0.0.1", server.port()), ui.executor(), TillScreen.TIMINGS,
                new ParkedSalesMemory(Preferences.userRoot().node("com/lana/checkout/client/test/sessions"), "sessions"));
        model.link().onSignInRequired(signInsAsked::incrementAndGet);
        model.start();
        ui.runUntil("connected", () -> model.connection() == ServerLink.State.CONNECTED, this::state);
        signIn().openShift(Money.parse("100.00"));
        model.scan("PEN");
        ui.runUntil("the pen added", () -> model.pendingScans() == 0 && !model.isBusy(), this::state);
    }

    @AfterEach
    void stop() {
        model.close();
        server.close();
    }

    @Test
    void aScanRefusedForAnExpiredSessionIsKeptAndTheClerkIsAskedToSignIn() {
        clock.moveOn(SESSION_IDLE_TIMEOUT.plusMinutes(1));

        model.scan("MUG");

        ui.runUntil("a sign-in asked for", () -> signInsAsked.get() == 1 && !model.isBusy(), this::state);
        assertThat(model.pendingScans()).as("the mug kept").isEqualTo(1);
        assertThat(model.notice().text()).contains("1 scan kept on screen, sent once a clerk signs in");
    }

    @Test
    void aScanKeptForAnExpiredSessionGoesThroughOnceWhenTheClerkSignsInAgain() throws Exception {
        clock.moveOn(SESSION_IDLE_TIMEOUT.plusMinutes(1));
        model.scan("MUG");
        ui.runUntil("a sign-in asked for", () -> signInsAsked.get() == 1 && !model.isBusy(), this::state);

        signIn();

        ui.runUntil("the mug added", () -> model.pendingScans() == 0 && !model.isBusy(), this::state);
        BasketId basket = model.current().basket();
        assertThat(model.current().receipt().total()).hasToString("12.50€");
        assertThat(server.service().receipt(basket).units()).as("the pen and the mug, once each").isEqualTo(2);
    }

    /** Signs Bob in at till T01 and lets the till's calls go through his session, as the sign-in screen does. */
    private com.lana.checkout.api.staff.Till signIn() throws Exception {
        com.lana.checkout.api.staff.Till session = server.service().signIn("T01", BOB, BOB_PIN);
        model.link().useSession(session);
        return session;
    }

    private Object state() {
        return "notice: " + model.notice() + ", pending scans: " + model.pendingScans() + ", sign-ins asked: "
                + signInsAsked.get();
    }
}
