package com.lana.checkout.client;

import com.formdev.flatlaf.FlatClientProperties;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;

/** Bottom line: server address and connection state, work in flight, and Retry when needed. */
final class StatusBar extends JPanel {

    static final String CONNECTION = "connectionState";
    static final String BUSY = "busy";

    private final JLabel connection = new JLabel();
    private final JProgressBar busy = new JProgressBar();
    private final JLabel busyText = new JLabel("Working…");
    private final JButton retry;

    StatusBar(JButton retry) {
        super(new MigLayout(
                "insets 2 8 2 8, fillx",                // layout: slim margins along the window's bottom
                "[grow][]8[]8[]",                       // columns: connection (takes the slack) | busy bar | text | retry
                "[28!]"));                              // rows: fixed height, so Retry appearing never jumps
        this.retry = retry;
        connection.setName(CONNECTION);
        busy.setName(BUSY);
        busy.putClientProperty(FlatClientProperties.STYLE, "arc: 4");
        busyText.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        add(connection);
        add(busy, "w 80!, hidemode 3");
        add(busyText, "hidemode 3");
        add(retry, "hidemode 3");
    }

    void show(String address, SalesModel.Connection state, boolean working) {
        switch (state) {
            case CONNECTED:
                connection.setText("● Connected to " + address);
                connection.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.connected.foreground");
                break;
            case CONNECTING:
                connection.setText("○ Connecting to " + address + "…");
                connection.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
                break;
            case UNREACHABLE:
                connection.setText("✕ Server " + address + " unreachable");
                connection.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.error.foreground");
                break;
            default:
                throw new IllegalStateException("Unknown state " + state);
        }
        busy.setIndeterminate(working);   // its animation timer runs while indeterminate, even hidden
        busy.setVisible(working);
        busyText.setVisible(working);
        retry.setVisible(state == SalesModel.Connection.UNREACHABLE);
    }
}
