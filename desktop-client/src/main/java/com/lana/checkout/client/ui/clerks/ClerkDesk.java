package com.lana.checkout.client.ui.clerks;

import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.api.staff.Approval;
import com.lana.checkout.api.staff.Clerk;
import com.lana.checkout.client.clerks.ShiftCalls;
import com.lana.checkout.client.clerks.SignIns;
import com.lana.checkout.client.link.ServerLink;
import com.lana.checkout.client.sale.Till;
import com.lana.checkout.client.ui.StatusBar;
import com.lana.checkout.client.ui.TillWindow;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.HierarchyEvent;
import java.awt.event.WindowEvent;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The clerks at the sales window: asks the server, once connected, whether clerks sign in; if so
 * keeps the {@link SignInDialog} over the window while nobody is signed in, asks for the float when
 * a clerk signs in at a till without an open shift, names till and clerk in the status bar, adds
 * the {@link ShiftMenu} (Ctrl+L locks the till), and asks a manager in an {@link ApprovalDialog}
 * wherever the server wants one. A server without clerks sees none of it. Build and use on the EDT.
 */
public final class ClerkDesk {

    private final TillWindow window;
    private final StatusBar status;
    private final Till model;
    private final SignIns signIns;
    private final ShiftActions shift;
    private final ShiftMenu menu;
    private SignInDialog signIn;
    private SignIns.State shown = SignIns.State.CHECKING;
    private boolean windowClosed;

    private ClerkDesk(TillWindow window, Till model, SignIns signIns) {
        this.window = Objects.requireNonNull(window, "window");
        this.status = window.statusBar();
        this.model = Objects.requireNonNull(model, "model");
        this.signIns = Objects.requireNonNull(signIns, "signIns");
        shift = new ShiftActions(window.frame(), model, new ShiftCalls(model.link(), signIns),
                this::backToTheWindow);
        menu = new ShiftMenu(shift, signIns::lock);
    }

    /** Puts the clerks at {@code window}, whose till is {@code model}; sign-ins through {@code signIns}. */
    public static ClerkDesk attach(TillWindow window, Till model, SignIns signIns) {
        ClerkDesk desk = new ClerkDesk(window, model, signIns);
        JFrame frame = window.frame();
        frame.getJMenuBar().add(desk.menu.menu());
        frame.getJMenuBar().revalidate();
        desk.menu.enable(false);
        model.link().approver((needed, refusal, answer) -> SwingUtilities.invokeLater(() -> {
            if (!desk.windowOpen()) {
                answer.accept(null);   // the till closed meanwhile: nobody is there to approve
                return;
            }
            Window over = desk.activeWindow();
            Approval given = new ApprovalDialog(over, needed, refusal).ask();
            desk.backTo(over);
            answer.accept(given);
        }));
        // Told as dispose() runs, before an answer already queued on the EDT comes in (WINDOW_CLOSED comes after them).
        frame.getRootPane().addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.DISPLAYABILITY_CHANGED) != 0 && !e.getComponent().isDisplayable()) {
                desk.windowClosed = true;
            }
        });
        signIns.addListener(desk::signInChanged);
        model.addListener(desk::tillChanged);
        desk.tillChanged();
        return desk;
    }

    /** {@code kick} opens the drawer after the server recorded "Open drawer" (with its approval, where needed). */
    public void drawerOpened(Runnable kick) {
        shift.drawerOpened(kick);
    }

    /** {@code made} is told each X and Z report the server made, as it is shown: the printer prints it. */
    public void reportMade(Consumer<ShiftReport> made) {
        shift.reportMade(made);
    }

    /** Once connected, asks whether clerks sign in here. */
    private void tillChanged() {
        if (signIns.state() == SignIns.State.CHECKING && model.connection() == ServerLink.State.CONNECTED) {
            signIns.check();
        }
    }

    private void signInChanged() {
        SignIns.State state = signIns.state();
        Clerk clerk = signIns.clerk();
        status.who(switch (state) {
            case CHECKING, OPEN -> "";
            case SIGNED_OUT, SIGNING_IN -> "Till " + signIns.till() + " · nobody signed in";
            case SIGNED_IN -> "Till " + signIns.till() + " · " + clerk.name().display() + " (" + clerk.role() + ")";
        });
        menu.enable(state == SignIns.State.SIGNED_IN);
        if (!windowOpen()) {
            shown = state;   // a call that ends after the window closed opens no screen over nothing
            return;
        }
        boolean signingIn = state == SignIns.State.SIGNED_OUT || state == SignIns.State.SIGNING_IN;
        if (signIn != null) {
            signIn.show();
        } else if (signingIn) {
            signIn = new SignInDialog(window.frame(), signIns, this::quit);
            SwingUtilities.invokeLater(() -> {
                if (windowOpen()) {
                    signIn.open();     // modal: returns once signed in (or the window closed)
                }
                signIn = null;
                backToTheWindow();
            });
        }
        if (state == SignIns.State.SIGNED_IN && shown != SignIns.State.SIGNED_IN && !signIns.shiftOpen()) {
            SwingUtilities.invokeLater(() -> {
                if (windowOpen()) {
                    shift.openShift();
                }
            });
        }
        shown = state;
    }

    /** Whether the sales window is still open: once closed, its dialogs stay closed too. */
    private boolean windowOpen() {
        return !windowClosed;
    }

    /** After a dialog of its own: the window has the keyboard again (it gives it to the scan field). */
    private void backToTheWindow() {
        if (windowOpen() && window.frame().isDisplayable()) {
            window.frame().toFront();
            window.frame().requestFocus();
        }
    }

    private void quit() {
        window.frame().dispatchEvent(new WindowEvent(window.frame(), WindowEvent.WINDOW_CLOSING));
    }

    /** After an approval asked over {@code over}: the keyboard goes back to it (the refund dialog, say). */
    private void backTo(Window over) {
        if (over == window.frame()) {
            backToTheWindow();
        } else if (over.isShowing()) {
            over.toFront();
            over.requestFocus();
        }
    }

    /**
     * Where an approval is asked: over the dialog the clerk is in (a refund, say), else over the window.
     * A question that just closed (the refund's "Refund?", the cash out amount) may still count as
     * active for a moment: then the innermost window still showing over the sales window is taken.
     */
    private Window activeWindow() {
        Window active = KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
        return active != null && active.isShowing() ? active : innermostShowing(window.frame());
    }

    private static Window innermostShowing(Window owner) {
        for (Window owned : owner.getOwnedWindows()) {
            if (owned.isShowing()) {
                return innermostShowing(owned);
            }
        }
        return owner;
    }
}
