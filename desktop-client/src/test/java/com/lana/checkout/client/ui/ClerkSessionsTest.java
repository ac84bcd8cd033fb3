package com.lana.checkout.client.ui;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.audit.AuditAction;
import com.lana.checkout.api.audit.AuditEntry;
import com.lana.checkout.api.shift.CashMovement;
import com.lana.checkout.api.staff.Till;
import com.lana.checkout.client.clerks.SignIns;
import com.lana.checkout.client.link.Connector;
import com.lana.checkout.client.link.MovableClock;
import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.client.ui.clerks.AmountDialog;
import com.lana.checkout.client.ui.clerks.ApprovalDialog;
import com.lana.checkout.client.ui.clerks.SignInDialog;
import com.lana.checkout.server.rmi.CheckoutServer;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JLabel;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static com.lana.checkout.client.link.TestServers.ANN;
import static com.lana.checkout.client.link.TestServers.ANN_PIN;
import static com.lana.checkout.client.link.TestServers.BOB;
import static com.lana.checkout.client.link.TestServers.BOB_PIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk's session that ends under the clerk — it expired, its server restarted, or its server
 * stopped while another sharing the store answers — and a manager's approval given again after a
 * wrong PIN: the till asks for a sign-in (never "unreachable" for good), and what the clerk did
 * goes through once, against real servers on loopback ports.
 */
class ClerkSessionsTest extends GuiTest {

    private static final Duration SESSION_IDLE_TIMEOUT = Duration.ofMinutes(10);

    private TestServers.Running running;
    private final List<CheckoutServer> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        if (running != null) {
            running.close();
        }
        servers.forEach(CheckoutServer::close);
    }

    @Test
    void aScanOnAnExpiredSessionAsksForASignInAndGoesThroughOnceTheClerkSignsInAgain() throws Exception {
        MovableClock clock = new MovableClock();
        running = TestServers.withClerks(SESSION_IDLE_TIMEOUT, clock);
        ClerkScreen screen = ClerkScreen.open(robot, running.port()).signInAndOpenShift(BOB, BOB_PIN, "100");
        screen.till.sell("PEN", "5.00€").payCash("5");

        clock.moveOn(SESSION_IDLE_TIMEOUT.plusMinutes(1));     // the till stood idle, between customers
        screen.till.scan("MUG");

        Supplier<String> signIn = signInMessage(screen);
        screen.till.await("told why", () -> signIn.get().contains("sign in again"));
        assertThat(screen.till.onEdt(() -> screen.till.model.pendingScans())).as("the mug kept").isEqualTo(1);
        assertThat(screen.till.message()).isEqualTo("No clerk signed in: 1 scan kept on screen, sent once a clerk signs in");
        screen.signIn(BOB, BOB_PIN);
        screen.till.awaitTotal("7.50€").awaitIdle();
        BasketId basket = screen.till.onEdt(() -> screen.till.model.current().basket());
        assertThat(running.service().receipt(basket).units()).as("the mug added once").isEqualTo(1);
        assertThat(screen.showing(AmountDialog.DIALOG)).as("the shift Bob opened goes on").isFalse();
    }

    @Test
    void aServerRestartedOnADurableStoreAsksForASignInAndTheOpenSaleContinues(@TempDir Path folder) throws Exception {
        String h2 = "jdbc:h2:file:" + folder.resolve("till");
        TestServers.withAnnAndBob(h2).close();
        CheckoutServer first = TestServers.startWithClerks(0, h2);
        int port = first.port();
        ClerkScreen screen = ClerkScreen.open(robot, port).signInAndOpenShift(BOB, BOB_PIN, "100");
        screen.till.sell("PEN, TSHIRT", "25.00€");
        BasketId basket = screen.till.onEdt(() -> screen.till.model.current().basket());

        first.close();
        screen.till.await("unreachable, or asking for a sign-in", () -> screen.till.label(StatusBar.CONNECTION).startsWith("✕")
                || screen.showing(SignInDialog.DIALOG));
        CheckoutServer restarted = keep(TestServers.startWithClerks(port, h2));

        screen.signIn(BOB, BOB_PIN);
        screen.till.await("signed in", () -> screen.till.onEdt(screen.signIns::state) == SignIns.State.SIGNED_IN);
        screen.till.scan("MUG").awaitTotal("32.50€").awaitIdle();
        assertThat(screen.till.onEdt(() -> screen.till.model.current().basket())).as("the same sale").isEqualTo(basket);
        assertThat(restarted.service().receipt(basket).units()).isEqualTo(3);
        assertThat(screen.showing(AmountDialog.DIALOG)).as("the shift survived the restart").isFalse();
    }

    @Test
    void whenTheSessionsServerStopsTheClerkSignsInAgainOnTheOtherAndTheSaleContinues() throws Exception {
        CheckoutStore store = TestServers.withAnnAndBob(CheckoutStores.MEMORY);
        CheckoutServer first = keep(TestServers.sharingWithClerks(store));
        CheckoutServer second = keep(TestServers.sharingWithClerks(store));
        Connector both = Connector.rmi(Checkout.options("127.0.0.1:" + first.port() + ",127.0.0.1:" + second.port()));
        ClerkScreen screen = ClerkScreen.open(robot, both).signInAndOpenShift(BOB, BOB_PIN, "100");
        screen.till.sell("PEN, TSHIRT", "25.00€");
        BasketId basket = screen.till.onEdt(() -> screen.till.model.current().basket());

        first.close();

        Supplier<String> signIn = signInMessage(screen);
        screen.till.await("told why", () -> signIn.get().contains("sign in again"));
        screen.signIn(BOB, BOB_PIN);
        screen.till.await("signed in", () -> screen.till.onEdt(screen.signIns::state) == SignIns.State.SIGNED_IN);
        screen.till.scan("MUG").awaitTotal("32.50€").awaitIdle();
        assertThat(screen.till.label(StatusBar.CONNECTION)).isEqualTo("● Connected to 127.0.0.1:" + second.port());
        assertThat(second.service().receipt(basket).units()).isEqualTo(3);
    }

    @Test
    void anApprovalRefusedForAWrongPinIsAskedAgainWithTheRefusalAndGoesThroughOnce() throws Exception {
        running = TestServers.withClerks();
        ClerkScreen screen = ClerkScreen.open(robot, running.port()).signInAndOpenShift(BOB, BOB_PIN, "100");

        screen.pressMenuKey(KeyEvent.VK_O).typeAmount("20", "Window cleaner").offerApproval(ANN, "11112222");

        screen.till.await("asked again, saying why", () -> refusalShown().contains("PIN is wrong"));
        assertThat(screen.till.shownWhole(screen.dialog(ApprovalDialog.DIALOG).target(), ApprovalDialog.REFUSAL))
                .as("the refusal readable whole").isTrue();
        screen.approve(ANN, ANN_PIN);
        screen.till.awaitMessage("Cash out 20.00€: Window cleaner");
        Till ann = running.service().signIn(ClerkScreen.TILL, ANN, ANN_PIN);
        assertThat(ann.xReport().movements()).filteredOn(movement -> movement.kind() == CashMovement.Kind.OUT)
                .as("taken out once").hasSize(1);
        assertThat(ann.audit(LocalDate.now())).filteredOn(entry -> entry.action() == AuditAction.CASH_OUT)
                .extracting(AuditEntry::approvedBy).containsExactly(ANN);
    }

    /** The refusal an approval dialog on screen shows now, or empty while none shows one. */
    private String refusalShown() {
        return GuiActionRunner.execute(() -> robot.finder().findAll(c -> c instanceof Dialog dialog
                && ApprovalDialog.DIALOG.equals(dialog.getName()) && dialog.isShowing()).stream()
                .map(dialog -> (JLabel) robot.finder().findByName((Container) dialog, ApprovalDialog.REFUSAL, false))
                .map(JLabel::getText).findFirst().orElse(""));
    }

    /** What the sign-in screen says, read when asked, once the screen is up. */
    private static Supplier<String> signInMessage(ClerkScreen screen) {
        JLabel message = screen.dialog(SignInDialog.DIALOG).label(SignInDialog.MESSAGE).target();
        return () -> screen.till.onEdt(message::getText);
    }

    private CheckoutServer keep(CheckoutServer server) {
        servers.add(server);
        return server;
    }
}
