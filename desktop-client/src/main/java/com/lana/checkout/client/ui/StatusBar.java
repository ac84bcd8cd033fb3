package com.lana.checkout.client.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.client.link.ServerLink;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;

/**
 * Bottom line: the till and the clerk signed in (where clerks sign in), server address and connection
 * state as the last calls found it (connected, waiting for an answer for n seconds, unreachable),
 * scans not confirmed yet, a receipt the printer has not printed, work in flight, and Retry.
 */
public final class StatusBar extends JPanel {

    public static final String CONNECTION = "connectionState";
    public static final String BUSY = "busy";
    public static final String CLERK = "tillClerk";
    public static final String PRINTER = "printerState";

    private final JLabel clerk = new JLabel();
    private final JLabel connection = new JLabel();
    private final JLabel printer = new JLabel();
    private final JProgressBar busy = new JProgressBar();
    private final JLabel busyText = new JLabel("Working…");
    private final JButton retry;
    private boolean busyNow;

    StatusBar(JButton retry) {
        super(new MigLayout(
                "insets 2 8 2 8, fillx",                // layout: slim margins along the window's bottom
                "[]12[grow]12[]8[]8[]8[]",              // columns: till and clerk | connection (takes the slack)
                                                        //   | printer | busy bar | text | retry
                "[28!]"));                              // rows: fixed height, so Retry appearing never jumps
        this.retry = retry;
        clerk.setName(CLERK);
        clerk.setVisible(false);
        connection.setName(CONNECTION);
        busy.setName(BUSY);
        busy.putClientProperty(FlatClientProperties.STYLE, "arc: 4");
        busyText.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        add(clerk, "hidemode 3");
        add(connection, "wmin 0");   // a long state shrinks, it never widens the window
        printer.setName(PRINTER);
        printer.setVisible(false);
        printer.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.warning.foreground");
        add(printer, "hidemode 3, wmin 0");   // shrinks with the connection state rather than push it out
        add(busy, "w 80!, hidemode 3");
        add(busyText, "hidemode 3");
        add(retry, "hidemode 3");
    }

    /**
     * @param waitingSeconds how long the oldest outstanding call has waited, 0 when not worth saying
     * @param pendingScans scans the server has not confirmed, in every sale
     * @param pendingPayments payments the server has not confirmed, in every sale
     */
    void show(String address, ServerLink.State state, long waitingSeconds, int pendingScans, int pendingPayments) {
        String pending = (pendingScans == 0 ? "" : "  ·  " + pendingScans + (pendingScans == 1 ? " scan" : " scans")
                + " not confirmed yet")
                + (pendingPayments == 0 ? "" : "  ·  " + pendingPayments + (pendingPayments == 1 ? " payment" : " payments")
                + " not confirmed yet");
        switch (state) {
            case CONNECTED -> {
                if (waitingSeconds > 0) {
                    connection.setText("◔ Waiting for the server at " + address + " (" + waitingSeconds + " s)" + pending);
                    connection.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.warning.foreground");
                } else {
                    connection.setText("● Connected to " + address + pending);
                    connection.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.connected.foreground");
                }
            }
            case CONNECTING -> {
                connection.setText("○ Connecting to " + address + "…" + pending);
                connection.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
            }
            case UNREACHABLE -> {
                connection.setText("✕ Server " + address + " unreachable, trying again every few seconds" + pending);
                connection.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.error.foreground");
            }
        }
        boolean working = waitingSeconds == 0 && state != ServerLink.State.UNREACHABLE && busyNow;
        busy.setIndeterminate(working);   // its animation timer runs while indeterminate, even hidden
        busy.setVisible(working);
        busyText.setVisible(working);
        retry.setVisible(state == ServerLink.State.UNREACHABLE);
    }

    /** Names the till and who works at it ({@code Till T01 · Bob}); empty hides it, where nobody signs in. */
    public void who(String text) {
        clerk.setText(text);
        clerk.setVisible(!text.isEmpty());
    }

    /** What the receipt printer left undone ({@code ⚠ Printer not answering — receipt S-000042 kept}); empty hides it. */
    public void printer(String text) {
        printer.setText(text.isEmpty() ? "" : "⚠ " + text);
        printer.setVisible(!text.isEmpty());
    }

    /** Whether a call the clerk asked for is in flight; shown with the next {@link #show}. */
    void busy(boolean working) {
        busyNow = working;
    }
}
