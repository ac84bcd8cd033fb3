package com.lana.checkout.client.ui;

import com.lana.checkout.client.clerks.SignIns;
import com.lana.checkout.client.link.Connector;
import com.lana.checkout.client.ui.clerks.AmountDialog;
import com.lana.checkout.client.ui.clerks.ApprovalDialog;
import com.lana.checkout.client.ui.clerks.ClerkDesk;
import com.lana.checkout.client.ui.clerks.SignInDialog;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;

import java.awt.Dialog;
import java.awt.event.KeyEvent;

/** A sales window at till {@value #TILL} whose clerks sign in, with the keyboard-only helpers of the clerks' tests. */
final class ClerkScreen {

    static final String TILL = "T01";

    final TillScreen till;
    final SignIns signIns;
    final ClerkDesk desk;
    private final Robot robot;

    private ClerkScreen(TillScreen till, SignIns signIns, ClerkDesk desk) {
        this.till = till;
        this.signIns = signIns;
        this.desk = desk;
        this.robot = till.frame.robot();
    }

    /** A fresh window at till {@value #TILL}, its clerks' screens attached as the application attaches them. */
    static ClerkScreen open(Robot robot, int port) {
        return open(robot, Connector.rmi("127.0.0.1", port));
    }

    /** Like {@link #open(Robot, int)}, connecting through {@code connector} (to several servers, say). */
    static ClerkScreen open(Robot robot, Connector connector) {
        TillScreen till = TillScreen.open(robot, connector);
        SignIns signIns = till.onEdt(() -> new SignIns(till.model.link(), TILL));
        ClerkDesk desk = till.onEdt(() -> ClerkDesk.attach(till.window, till.model, signIns));
        return new ClerkScreen(till, signIns, desk);
    }

    /** The dialog called {@code name} once it is on screen. */
    DialogFixture dialog(String name) {
        return WindowFinder.findDialog(new GenericTypeMatcher<>(Dialog.class) {
            @Override
            protected boolean isMatching(Dialog dialog) {
                return name.equals(dialog.getName()) && dialog.isShowing();
            }
        }).withTimeout(TillScreen.PATIENCE.duration()).using(robot);
    }

    /** Whether a dialog called {@code name} is on screen now. */
    boolean showing(String name) {
        return !robot.finder().findAll(c -> c instanceof Dialog dialog && name.equals(dialog.getName())
                && dialog.isShowing()).isEmpty();
    }

    /** Types the name, Tab, the PIN and Enter into the sign-in screen. */
    ClerkScreen signIn(String name, String pin) {
        DialogFixture signIn = dialog(SignInDialog.DIALOG);
        till.awaitFocused(signIn.textBox(SignInDialog.NAME).target());
        robot.enterText(name);
        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        till.awaitFocused(signIn.textBox(SignInDialog.PIN).target());
        robot.enterText(pin);
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        return this;
    }

    /** Types {@code amount} into the amount dialog the till asks with now (and {@code reason}, if not null), then Enter. */
    ClerkScreen typeAmount(String amount, String reason) {
        DialogFixture asked = dialog(AmountDialog.DIALOG);
        till.awaitFocused(asked.textBox(AmountDialog.AMOUNT).target());
        robot.enterText(amount);
        if (reason != null) {
            robot.pressAndReleaseKey(KeyEvent.VK_TAB);
            till.awaitFocused(asked.textBox(AmountDialog.REASON).target());
            robot.enterText(reason);
        }
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        till.await("amount dialog closed", () -> !showing(AmountDialog.DIALOG));
        return this;
    }

    /** Signs in and opens the shift the till asks for, with {@code float} counted; waits until the till may sell. */
    ClerkScreen signInAndOpenShift(String name, String pin, String counted) {
        signIn(name, pin).typeAmount(counted, null);
        till.await("shift open", () -> till.onEdt(signIns::shiftOpen));
        return this;
    }

    /** A manager approves, in the approval dialog asked now: name, Tab, PIN, Alt+A. */
    ClerkScreen approve(String manager, String pin) {
        offerApproval(manager, pin);
        till.await("approval dialog closed", () -> !showing(ApprovalDialog.DIALOG));
        return this;
    }

    /** Types a manager's name, Tab, a PIN and Alt+A into the approval dialog asked now, whatever the server makes of it. */
    ClerkScreen offerApproval(String manager, String pin) {
        DialogFixture approval = dialog(ApprovalDialog.DIALOG);
        till.awaitFocused(approval.textBox(ApprovalDialog.MANAGER).target());
        robot.enterText(manager);
        robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        till.awaitFocused(approval.textBox(ApprovalDialog.PIN).target());
        robot.enterText(pin);
        robot.pressKey(KeyEvent.VK_ALT);
        robot.pressAndReleaseKey(KeyEvent.VK_A);
        robot.releaseKey(KeyEvent.VK_ALT);
        return this;
    }

    /** Presses a window-wide key with the platform's menu modifier held, from the scan field. */
    ClerkScreen pressMenuKey(int keyCode) {
        till.pressWithMenuKey(keyCode);
        return this;
    }
}
