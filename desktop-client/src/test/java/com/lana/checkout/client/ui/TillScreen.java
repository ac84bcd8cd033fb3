package com.lana.checkout.client.ui;

import com.lana.checkout.client.link.Connector;
import com.lana.checkout.client.link.ServerLink;
import com.lana.checkout.client.sale.ParkedSalesMemory;
import com.lana.checkout.client.sale.Till;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Dialog;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.concurrent.Callable;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A sales window under test, with the helpers the GUI tests share. */
public final class TillScreen {

    /** Theme choices made by tests go here, never into the clerk's own preferences. */
    static final Preferences TEST_PREFERENCES = Preferences.userRoot().node("com/lana/checkout/client/test");

    static final Timeout PATIENCE = Timeout.timeout(20_000);   // only a failing wait takes this long
    /** How long a click may take to reach its button once the X server synced, before it counts as lost. */
    private static final Duration CLICK_ARRIVES = Duration.ofSeconds(3);

    /** Quick enough that tests see waiting, probing and reconnecting within a second or so. */
    public static final ServerLink.Timings TIMINGS = new ServerLink.Timings(Duration.ofMillis(300), Duration.ofSeconds(8),
            Duration.ofMillis(200));

    /** Where test windows remember parked sales: emptied by {@link #open}, kept by {@link #reopen}. */
    static final Preferences PARKED = TEST_PREFERENCES.node("parked");

    public final Till model;
    final TillWindow window;
    final FrameFixture frame;
    /** Where the window was put on the screen; see {@link #keepInPlace}. */
    private volatile java.awt.Point placed;

    private TillScreen(Till model, TillWindow window, FrameFixture frame) {
        this.model = model;
        this.window = window;
        this.frame = frame;
    }

    /** Installs the light theme; once, before the first window. */
    static Theme lightTheme() {
        TEST_PREFERENCES.put("theme", "light");
        Theme theme = new Theme(TEST_PREFERENCES);
        GuiActionRunner.execute(() -> {
            if (theme.isDark() || !(javax.swing.UIManager.getLookAndFeel() instanceof com.formdev.flatlaf.FlatLightLaf)) {
                theme.install();
            }
        });
        return theme;
    }

    /** A fresh window that remembers no parked sales. */
    public static TillScreen open(Robot robot, Connector connector) {
        try {
            PARKED.clear();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
        return reopen(robot, connector);
    }

    /** A window, as after a restart of the client: it remembers the parked sales earlier windows left. */
    static TillScreen reopen(Robot robot, Connector connector) {
        Theme theme = lightTheme();
        ParkedSalesMemory memory = new ParkedSalesMemory(PARKED, connector.address());
        Till model = GuiActionRunner.execute(() -> new Till(connector, SwingUtilities::invokeLater,
                TIMINGS, memory));
        TillWindow window = GuiActionRunner.execute(() -> new TillWindow(model, theme));
        // Where show() puts the window, centred on the screen: worked out here, not read back, as the
        // toolkit may already have overwritten the window's bounds with a stale (0, 0) by then.
        java.awt.Point placed = GuiActionRunner.execute(() -> {
            window.show();
            java.awt.Point centre = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getCenterPoint();
            java.awt.Dimension size = window.frame().getSize();
            return new java.awt.Point(Math.max(0, centre.x - size.width / 2), Math.max(0, centre.y - size.height / 2));
        });
        FrameFixture frame = new FrameFixture(robot, window.frame());
        TillScreen screen = new TillScreen(model, window, frame);
        screen.placed = placed;
        // Focus comes once the X server has mapped the window over the others: only then do clicks reach it.
        return screen.await("the new window has the keyboard", () -> screen.onEdt(() -> window.frame().isFocused()));
    }

    public static TillScreen open(Robot robot, int port) {
        return open(robot, Connector.rmi("127.0.0.1", port));
    }

    public JTextComponentFixture scanField() {
        return frame.textBox(ScanPanel.SCAN_FIELD);
    }

    /** Types a code into the scan field and presses Enter, as a keyboard-mode barcode scanner does. */
    public TillScreen scan(String text) {
        scanField().enterText(text).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        return this;
    }

    /** Presses a key in the scan field, where the clerk's keyboard focus lives. */
    public TillScreen press(int keyCode) {
        scanField().pressAndReleaseKeys(keyCode);
        return this;
    }

    /** Presses a key with the platform's menu modifier held (Ctrl, or Cmd on a Mac). */
    TillScreen pressWithMenuKey(int keyCode) {
        int modifier = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx() == InputEvent.META_DOWN_MASK
                ? KeyEvent.VK_META : KeyEvent.VK_CONTROL;
        scanField().focus();
        // Raw keys after the focus: the key may open a dialog, which a fixture would fight for the focus.
        frame.robot().pressKey(modifier);
        frame.robot().pressAndReleaseKey(keyCode);
        frame.robot().releaseKey(modifier);
        return this;
    }

    /** This window's payment dialog, once F12 opened it (another till's window may have one open too). */
    DialogFixture paymentDialog() {
        return WindowFinder.findDialog(new org.assertj.swing.core.GenericTypeMatcher<>(Dialog.class) {
            @Override
            protected boolean isMatching(Dialog dialog) {
                return PaymentDialog.DIALOG.equals(dialog.getName()) && dialog.getOwner() == window.frame()
                        && dialog.isShowing();
            }
        }).withTimeout(PATIENCE.duration()).using(frame.robot());
    }

    /** The text a named label, text component or button of the dialog shows now. */
    String text(DialogFixture dialog, String name) {
        Component component = frame.robot().finder().findByName(dialog.target(), name, false);
        return onEdt(() -> component instanceof javax.swing.JLabel label ? label.getText()
                : component instanceof javax.swing.text.JTextComponent text ? text.getText()
                : ((javax.swing.AbstractButton) component).getText());
    }

    /** Waits until the dialog's component called {@code name} shows a text containing {@code part}. */
    TillScreen awaitText(DialogFixture dialog, String name, String part) {
        Pause.pause(new Condition(name + " containing '" + part + "'") {
            @Override
            public boolean test() {
                return text(dialog, name).contains(part);
            }

            @Override
            protected String descriptionAddendum() {
                return "; it reads '" + text(dialog, name) + "', the message '" + text(dialog, PaymentDialog.MESSAGE) + "'";
            }
        }, PATIENCE);
        return this;
    }

    /**
     * Clicks the product button of {@code code} once it can take a click: buttons are built when the
     * favourites arrive from the server and have no size until the layout that follows has run, and a
     * click on a button of no size lands beside it, on a busy machine.
     */
    public TillScreen clickProduct(String code) {
        String name = ProductButtonsPanel.buttonName(code);
        await("product button " + code + " laid out", () -> onEdt(() -> {
            java.util.Collection<Component> found = frame.robot().finder().findAll(window.frame(),
                    c -> name.equals(c.getName()) && c.isShowing());
            return found.size() == 1 && found.iterator().next().isEnabled()
                    && found.iterator().next().getWidth() > 0 && found.iterator().next().getHeight() > 0
                    && found.iterator().next().isValid();
        }));
        return clickButton(name);
    }

    /**
     * Clicks the window's button called {@code name} with the pointer, once: should the X server
     * drop the robot's click (under Xvfb with no window manager, a click just after a window was
     * mapped or raised sometimes never reaches it), the button has not fired, and it is clicked
     * again. Whether it fired is what the button itself reports, so a slow till is never clicked
     * twice; a click that reached another window's button of that name (a window above this one)
     * fails the test rather than being made again.
     */
    public TillScreen clickButton(String name) {
        return clickOnce(frame.button(name));
    }

    /** Puts the window at {@code bounds}, as a clerk resizing it would; {@link #keepInPlace} keeps it there. */
    void setBounds(java.awt.Rectangle bounds) {
        onEdt(() -> {
            window.frame().setBounds(bounds);
            window.frame().validate();
            return null;
        });
        placed = bounds.getLocation();
    }

    /**
     * Puts the window back where it was put, should the toolkit have moved it. Under Xvfb with no
     * window manager a loaded machine sometimes leaves a new window's bounds at (0, 0) while the X
     * server shows it where it was put; the robot then aims every click (0, 0)-relative and misses.
     * Setting the location again makes both agree.
     */
    private void keepInPlace() {
        java.awt.Point now = onEdt(() -> window.frame().getLocation());
        if (placed != null && !placed.equals(now)) {
            System.err.println("TillScreen: the window was at " + now + ", put back at " + placed);
            onEdt(() -> {
                window.frame().setLocation(placed);
                return null;
            });
            frame.robot().waitForIdle();
        }
    }

    /** Where a click on {@code button} lands and which windows are on screen: for a failure's message. */
    private static String whatTheClickMet(javax.swing.JButton button) {
        StringBuilder met = new StringBuilder("button at ").append(button.getLocationOnScreen()).append(' ')
                .append(button.getSize()).append(", enabled ").append(button.isEnabled()).append("; windows:");
        for (java.awt.Window shown : java.awt.Window.getWindows()) {
            if (shown.isShowing()) {
                met.append(' ').append(shown.getClass().getSimpleName()).append('[').append(shown.getName())
                        .append(shown instanceof Dialog dialog ? ", " + dialog.getModalityType() : "")
                        .append(", focused ").append(shown.isFocused()).append(", at ").append(shown.getBounds())
                        .append(']');
            }
        }
        return met.toString();
    }

    /**
     * Waits until the X server has handed this JVM every event made so far, and the event queue
     * has dispatched them: AssertJ-Swing's own wait sees only the event queue, so a click may still
     * be on its way from the X server when it returns.
     */
    private static void awaitDelivered() {
        try {
            new java.awt.Robot().waitForIdle();   // flushes, then syncs with the X server
        } catch (java.awt.AWTException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As {@link #clickButton}, for a button of any window (a dialog's, say). */
    TillScreen clickOnce(org.assertj.swing.fixture.JButtonFixture fixture) {
        javax.swing.JButton button = fixture.target();
        java.util.concurrent.atomic.AtomicInteger fired = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger elsewhere = new java.util.concurrent.atomic.AtomicInteger();
        java.awt.event.ActionListener counter = e -> (e.getSource() == button ? fired : elsewhere).incrementAndGet();
        java.util.List<javax.swing.AbstractButton> watched = onEdt(() -> {
            java.util.List<javax.swing.AbstractButton> same = new java.util.ArrayList<>();
            for (Component found : frame.robot().finder().findAll(c -> c instanceof javax.swing.AbstractButton
                    && c.getName() != null && c.getName().equals(button.getName()) && c.isShowing())) {
                same.add((javax.swing.AbstractButton) found);
            }
            if (!same.contains(button)) {
                same.add(button);
            }
            same.forEach(each -> each.addActionListener(counter));   // added last, so told first
            return same;
        });
        try {
            for (int attempt = 1; fired.get() == 0; attempt++) {
                if (elsewhere.get() > 0) {
                    throw new AssertionError("The click on " + button.getName() + " reached another window's button");
                }
                if (attempt > 3) {
                    throw new AssertionError("Button " + button.getName() + " never fired after 3 clicks; "
                            + onEdt(() -> whatTheClickMet(button)));
                }
                if (attempt > 1) {
                    System.err.println("TillScreen: click " + attempt + " on " + button.getName()
                            + ": the X server dropped the one before");
                }
                keepInPlace();
                fixture.click();
                awaitDelivered();
                long until = System.nanoTime() + CLICK_ARRIVES.toNanos();
                while (fired.get() == 0 && elsewhere.get() == 0 && System.nanoTime() < until) {
                    frame.robot().waitForIdle();   // a click is late, not lost, until well after the X server synced
                }
            }
        } finally {
            onEdt(() -> {
                watched.forEach(each -> each.removeActionListener(counter));
                return null;
            });
        }
        return this;
    }

    /**
     * Whether the named component of {@code container} shows its whole text inside the window: a
     * label as wide as its text, a text area with its last character in view; neither blank nor cut.
     */
    boolean shownWhole(java.awt.Container container, String name) {
        Component component = frame.robot().finder().findByName(container, name, false);
        return onEdt(() -> {
            java.awt.Window window = SwingUtilities.getWindowAncestor(component);
            java.awt.Rectangle inWindow = SwingUtilities.convertRectangle(component.getParent(), component.getBounds(),
                    window);
            java.awt.Rectangle visible = SwingUtilities.convertRectangle(component, ((javax.swing.JComponent) component)
                    .getVisibleRect(), window);
            boolean inside = component.isShowing() && new java.awt.Rectangle(window.getSize()).contains(visible)
                    && visible.width > 0 && visible.height > 0;
            if (component instanceof javax.swing.JLabel label) {
                return inside && !label.getText().isBlank() && visible.equals(inWindow)
                        && label.getPreferredSize().width <= label.getWidth()
                        && label.getPreferredSize().height <= label.getHeight();
            }
            javax.swing.text.JTextComponent text = (javax.swing.text.JTextComponent) component;
            int end = text.getDocument().getLength();
            java.awt.geom.Rectangle2D last = text.modelToView2D(Math.max(0, end - 1));
            return inside && end > 0 && text.getVisibleRect().contains(last.getBounds());
        });
    }

    /** Whether the dialog lies within this window's bounds on the screen. */
    /**
     * Waits until the dialog lies inside the sales window, as it is placed; the window system moves
     * and sizes windows asynchronously, so a busy machine may show it there a moment later.
     */
    TillScreen awaitDialogInsideWindow(DialogFixture dialog) {
        Pause.pause(new Condition("dialog inside the sales window") {
            @Override
            public boolean test() {
                return onEdt(() -> window.frame().getBounds().contains(dialog.target().getBounds()));
            }

            @Override
            protected String descriptionAddendum() {
                return onEdt(() -> "; the dialog is at " + dialog.target().getBounds() + ", the window at "
                        + window.frame().getBounds());
            }
        }, PATIENCE);
        return this;
    }

    /** Scans the codes, comma-separated, and waits for the server's total. */
    TillScreen sell(String codes, String total) {
        for (String code : codes.split(",\\s*")) {
            scan(code);
        }
        return awaitTotal(total).awaitIdle();
    }

    /**
     * Pays in cash with the keyboard only: F12, the amount typed into the cash field (where the
     * dialog puts the keyboard), Enter; waits until the dialog has closed.
     */
    TillScreen payCash(String amount) {
        press(KeyEvent.VK_F12);
        DialogFixture dialog = paymentDialog();
        awaitCashFieldFocused(dialog);
        frame.robot().enterText(amount);
        frame.robot().pressAndReleaseKey(KeyEvent.VK_ENTER);
        return recordSale(dialog);
    }

    /** Waits for the payments to be shown for confirmation, then Enter records the sale; waits until the dialog closed. */
    TillScreen recordSale(DialogFixture dialog) {
        awaitText(dialog, PaymentDialog.CONFIRM, "Record sale");
        awaitFocused(dialog.button(PaymentDialog.CONFIRM).target());
        frame.robot().pressAndReleaseKey(KeyEvent.VK_ENTER);
        return await("payment dialog closed", () -> !onEdt(() -> dialog.target().isShowing()));
    }

    /** Whether a dialog of this window is on screen. */
    boolean dialogShowing() {
        return !frame.robot().finder().findAll(c -> c instanceof Dialog dialog && c.isShowing()
                && dialog.getOwner() == window.frame()).isEmpty();
    }

    /** Whether the named component is on screen now; unlike fixtures, also finds hidden ones. */
    public boolean isShowing(String name) {
        Component component = frame.robot().finder().findByName(window.frame(), name, false);
        return onEdt(component::isShowing);
    }

    /** The receipt table as text, rows of cells. */
    public String[][] rows() {
        return frame.table(ReceiptPanel.TABLE).contents();
    }

    public String label(String name) {
        return frame.label(name).text();
    }

    public String total() {
        return label(ReceiptPanel.TOTAL);
    }

    public String message() {
        return label(ScanPanel.MESSAGE);
    }

    public TillScreen awaitConnected() {
        return await("connected", () -> onEdt(() -> model.connection() == ServerLink.State.CONNECTED && !model.isBusy()));
    }

    /** Waits until the TOTAL label reads {@code amount}. */
    public TillScreen awaitTotal(String amount) {
        Pause.pause(new Condition("TOTAL " + amount) {
            @Override
            public boolean test() {
                return total().equals(amount);
            }

            @Override
            protected String descriptionAddendum() {   // what the clerk saw instead, should it time out
                return "; the screen shows TOTAL " + total() + ", rows " + java.util.Arrays.deepToString(rows()) + ", message '" + message() + "'";
            }
        }, PATIENCE);
        return this;
    }

    public TillScreen awaitMessage(String part) {
        return await("message containing '" + part + "'", () -> message().contains(part));
    }

    /**
     * Waits until the payment dialog's cash field has the keyboard: the dialog asks for it when it
     * opens, and a busy machine may hand it over a moment after the dialog shows.
     */
    TillScreen awaitCashFieldFocused(DialogFixture dialog) {
        return awaitFocused(dialog.textBox(PaymentDialog.CASH).target());
    }

    /** Waits until the dialog's label called {@code name} reads {@code text}. */
    TillScreen awaitLabel(DialogFixture dialog, String name, String text) {
        javax.swing.JLabel label = dialog.label(name).target();
        return await(name + " reads " + text, () -> onEdt(() -> text.equals(label.getText())));
    }

    /** Waits until {@code component} has the keyboard, which focus hands over asynchronously. */
    TillScreen awaitFocused(Component component) {
        return await(component.getName() + " has the keyboard", () -> onEdt(component::isFocusOwner));
    }

    public TillScreen awaitIdle() {
        return await("no call in flight", () -> onEdt(() -> !model.isBusy()));
    }

    /** Waits, polling, until {@code condition} holds; it runs on the test thread (use onEdt inside). */
    public TillScreen await(String description, BooleanSupplier condition) {
        Pause.pause(new Condition(description) {
            @Override
            public boolean test() {
                return condition.getAsBoolean();
            }
        }, PATIENCE);
        return this;
    }

    /** Waits, polling, until {@code condition} holds, with no screen at hand. */
    static void awaitCondition(String description, BooleanSupplier condition) {
        Pause.pause(new Condition(description) {
            @Override
            public boolean test() {
                return condition.getAsBoolean();
            }
        }, PATIENCE);
    }

    public <T> T onEdt(Callable<T> query) {
        return GuiActionRunner.execute(query);
    }
}
