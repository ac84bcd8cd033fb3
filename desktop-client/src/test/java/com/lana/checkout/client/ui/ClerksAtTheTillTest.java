package com.lana.checkout.client.ui;

import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.client.clerks.SignIns;
import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.client.ui.clerks.AmountDialog;
import com.lana.checkout.client.ui.clerks.ApprovalDialog;
import com.lana.checkout.client.ui.clerks.ReportDialog;
import com.lana.checkout.client.ui.clerks.SignInDialog;
import com.lana.checkout.client.ui.journal.JournalWindow;
import com.lana.checkout.client.ui.refund.RefundDialog;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.swing.JButton;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.time.LocalDate;

import static com.lana.checkout.client.link.TestServers.ANN;
import static com.lana.checkout.client.link.TestServers.ANN_PIN;
import static com.lana.checkout.client.link.TestServers.BOB;
import static com.lana.checkout.client.link.TestServers.BOB_PIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clerks at the till, keyboard only, against a real server on a loopback port whose store has Ann, a
 * manager, and Bob, a clerk: signing in, a manager approving on the spot, locking the till, and the
 * shift from its float to its Z report.
 */
class ClerksAtTheTillTest extends GuiTest {

    private TestServers.Running server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private ClerkScreen openWithClerks() throws Exception {
        server = TestServers.withClerks();
        return ClerkScreen.open(robot, server.port());
    }

    @Test
    void theRightPinSignsTheClerkInAndTheStatusBarNamesTillAndClerk() throws Exception {
        ClerkScreen screen = openWithClerks().signInAndOpenShift(BOB, BOB_PIN, "100");

        screen.till.await("till and clerk named", () -> screen.till.label(StatusBar.CLERK).equals("Till T01 · Bob (clerk)"));
        screen.till.scan("PEN").awaitTotal("5.00€");
        assertThat(screen.showing(SignInDialog.DIALOG)).isFalse();
    }

    @Test
    void aWrongPinIsRefusedInTheServersWordsAndTheTillStaysLocked() throws Exception {
        ClerkScreen screen = openWithClerks().signIn(BOB, "11112222");

        DialogFixture signIn = screen.dialog(SignInDialog.DIALOG);
        screen.till.await("refusal shown", () -> signIn.label(SignInDialog.MESSAGE).text().equals("Wrong clerk name or PIN"));
        assertThat(signIn.textBox(SignInDialog.PIN).text()).as("the PIN emptied for the next try").isEmpty();
        assertThat(screen.till.onEdt(screen.signIns::state)).isEqualTo(SignIns.State.SIGNED_OUT);
        assertThat(screen.till.label(StatusBar.CLERK)).isEqualTo("Till T01 · nobody signed in");
    }

    @Test
    void aServerWithoutClerksNeverAsksForASignIn() throws Exception {
        server = TestServers.running();
        ClerkScreen screen = ClerkScreen.open(robot, server.port());

        screen.till.await("no clerks found", () -> screen.till.onEdt(screen.signIns::state) == SignIns.State.OPEN);
        screen.till.scan("PEN").awaitTotal("5.00€");
        assertThat(screen.showing(SignInDialog.DIALOG)).isFalse();
        assertThat(screen.till.isShowing(StatusBar.CLERK)).isFalse();
    }

    @Test
    void aClerksRefundGoesThroughOnceAManagerApprovesIt() throws Exception {
        ClerkScreen screen = openWithClerks().signInAndOpenShift(BOB, BOB_PIN, "100");
        screen.till.sell("PEN, MUG", "12.50€").payCash("20");

        DialogFixture refund = refundOfTheOnlySale(screen);
        robot.pressAndReleaseKey(KeyEvent.VK_0);       // the pen stays with the customer
        screen.till.await("only the mug coming back", () -> refund.table(RefundDialog.TABLE).contents()[0][3].equals("0"));
        confirmRefund(screen, refund);

        screen.approve(ANN, ANN_PIN);
        screen.till.await("refund recorded", () -> refundsToday() == 1);
        assertThat(server.service().refund(new RefundNumber(1)).toString()).contains("1 x Lana Coffee Mug", "-7.50€");
    }

    @Test
    void afterAnApprovalTheKeyboardIsBackInTheDialogThatNeededIt() throws Exception {
        ClerkScreen screen = openWithClerks().signInAndOpenShift(BOB, BOB_PIN, "100");
        screen.till.sell("PEN", "5.00€").payCash("5");
        DialogFixture refund = refundOfTheOnlySale(screen);
        confirmRefund(screen, refund);

        screen.approve(ANN, ANN_PIN);

        screen.till.await("refund recorded", () -> refundsToday() == 1);
        screen.till.await("the keyboard in the refund dialog or the receipt it opened", () -> screen.till.onEdt(() -> {
            java.awt.Window focused = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusedWindow();
            return focused != null && (focused == refund.target() || focused.getOwner() == refund.target());
        }));
    }

    /** F10, then F6 on the day's only sale: its refund dialog, with the keyboard in its table. */
    private DialogFixture refundOfTheOnlySale(ClerkScreen screen) {
        screen.till.press(KeyEvent.VK_F10);
        DialogFixture journal = WindowFinder.findDialog(JournalWindow.WINDOW).withTimeout(TillScreen.PATIENCE.duration())
                .using(robot);
        TillScreen.awaitCondition("journal read", () -> journal.table(JournalWindow.TABLE).rowCount() == 1);
        journal.table(JournalWindow.TABLE).pressAndReleaseKeys(KeyEvent.VK_F6);
        DialogFixture refund = screen.dialog(RefundDialog.DIALOG);
        screen.till.awaitFocused(refund.table(RefundDialog.TABLE).target());
        return refund;
    }

    /** Enter, then Tab to the question's Refund button and Space. */
    private void confirmRefund(ClerkScreen screen, DialogFixture refund) {
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        JOptionPaneFixture question = refund.optionPane().requireTitle("Refund");
        JButton yes = question.buttonWithText(RefundDialog.YES).target();
        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        screen.till.awaitFocused(yes);
        robot.pressAndReleaseKey(KeyEvent.VK_SPACE);
    }

    private int refundsToday() {
        try {
            return server.service().refunds(LocalDate.now()).size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void cashOutByAClerkIsRecordedOnceAManagerApprovesIt() throws Exception {
        ClerkScreen screen = openWithClerks().signInAndOpenShift(BOB, BOB_PIN, "100");

        screen.pressMenuKey(KeyEvent.VK_O).typeAmount("20", "Window cleaner").approve(ANN, ANN_PIN);

        screen.till.awaitMessage("Cash out 20.00€: Window cleaner");
        screen.till.press(KeyEvent.VK_F11);
        DialogFixture x = screen.dialog(ReportDialog.DIALOG);
        assertThat(x.textBox(ReportDialog.TEXT).text()).contains("X report", "Window cleaner", "-20.00€")
                .containsPattern("Expected cash +80\\.00€");
    }

    @Test
    void anEmptyFloatIsRefusedInTheDialogSayingWhatToType() throws Exception {
        ClerkScreen screen = openWithClerks().signIn(BOB, BOB_PIN);
        DialogFixture float_ = screen.dialog(AmountDialog.DIALOG);
        screen.till.awaitFocused(float_.textBox(AmountDialog.AMOUNT).target());

        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);

        screen.till.awaitLabel(float_, AmountDialog.PROBLEM, "Type the amount in euros: 50, 50.00 or 50,00");
        assertThat(screen.showing(AmountDialog.DIALOG)).isTrue();
    }

    @Test
    void cashOutWithoutAReasonIsRefusedInTheDialog() throws Exception {
        ClerkScreen screen = openWithClerks().signInAndOpenShift(ANN, ANN_PIN, "100");
        screen.pressMenuKey(KeyEvent.VK_O);
        DialogFixture asked = screen.dialog(AmountDialog.DIALOG);
        screen.till.awaitFocused(asked.textBox(AmountDialog.AMOUNT).target());

        robot.enterText("20");
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);

        screen.till.awaitLabel(asked, AmountDialog.PROBLEM, "Say why, in a few words");
        screen.till.awaitFocused(asked.textBox(AmountDialog.REASON).target());
    }

    @Test
    void closingTheShiftTakesABlindCountThenShowsTheZReport() throws Exception {
        ClerkScreen screen = openWithClerks().signInAndOpenShift(BOB, BOB_PIN, "100");
        screen.till.sell("PEN", "5.00€").payCash("5");

        screen.pressMenuKey(KeyEvent.VK_E);
        DialogFixture count = screen.dialog(AmountDialog.DIALOG);
        assertThat(screen.till.onEdt(() -> robot.finder().findAll(count.target(), c -> c instanceof javax.swing.JLabel label
                && label.getText() != null && label.getText().contains("105"))))
                .as("nothing of what the drawer should hold").isEmpty();
        screen.typeAmount("103", null);

        DialogFixture z = screen.dialog(ReportDialog.DIALOG);
        assertThat(z.textBox(ReportDialog.TEXT).text()).contains("Z report T01-000001")
                .containsPattern("Expected cash +105\\.00€").containsPattern("Counted cash +103\\.00€")
                .containsPattern("Short +-2\\.00€");
    }

    @Test
    void aCancelNoManagerApprovedLeavesTheSaleOnScreen() throws Exception {
        ClerkScreen screen = openWithClerks().signInAndOpenShift(BOB, BOB_PIN, "100");
        screen.till.sell("PEN, MUG", "12.50€");

        screen.till.press(KeyEvent.VK_F7);
        screen.till.frame.optionPane().requireTitle("Cancel sale").buttonWithText(TillWindow.CANCEL_YES).focus()
                .pressAndReleaseKeys(KeyEvent.VK_SPACE);
        DialogFixture approval = screen.dialog(ApprovalDialog.DIALOG);
        screen.till.awaitFocused(approval.textBox(ApprovalDialog.MANAGER).target());
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);

        screen.till.awaitMessage("not cancelled").awaitTotal("12.50€");
        assertThat(screen.till.rows().length).as("both lines back").isEqualTo(2);
    }

    @Test
    void aSessionEndingAfterTheWindowClosedOpensNoSignInScreen() throws Exception {
        ClerkScreen screen = openWithClerks().signInAndOpenShift(BOB, BOB_PIN, "100");

        screen.till.onEdt(() -> {
            screen.till.window.frame().dispose();
            screen.signIns.lock();     // as a call answering "sign in again" just after the till closed
            return null;
        });
        robot.waitForIdle();

        // Window.getWindows(), not the robot's finder: that one no longer looks under a disposed window.
        assertThat(screen.till.onEdt(() -> java.util.Arrays.stream(Window.getWindows())
                .anyMatch(w -> SignInDialog.DIALOG.equals(w.getName()) && w.isShowing())))
                .as("a sign-in screen over a closed till").isFalse();
        assertThat(screen.till.onEdt(screen.signIns::state)).isEqualTo(SignIns.State.SIGNED_OUT);
    }

    @Test
    void lockingTheTillLeavesTheSaleForTheNextClerk() throws Exception {
        ClerkScreen screen = openWithClerks().signInAndOpenShift(BOB, BOB_PIN, "100");
        screen.till.sell("PEN", "5.00€");

        screen.pressMenuKey(KeyEvent.VK_L).signIn(ANN, ANN_PIN);

        screen.till.await("Ann named", () -> screen.till.label(StatusBar.CLERK).equals("Till T01 · Ann (manager)"));
        screen.till.scan("MUG").awaitTotal("12.50€");
        assertThat(screen.showing(AmountDialog.DIALOG)).as("the shift Bob opened goes on").isFalse();
    }
}
