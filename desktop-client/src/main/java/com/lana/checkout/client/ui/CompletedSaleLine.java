package com.lana.checkout.client.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.api.Sale;
import net.miginfocom.swing.MigLayout;

import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The sale just completed, under the scan field until the next scan: its number and the change due,
 * the change in the largest type on screen (larger than the TOTAL), since it is what the clerk now
 * hands back. Its height is kept while empty, so nothing on screen jumps when it appears.
 */
final class CompletedSaleLine extends JPanel {

    private final JLabel completed = new JLabel();
    private final JLabel change = new JLabel();

    CompletedSaleLine() {
        super(new MigLayout(
                "insets 0, hidemode 0",               // layout: flush; hidden labels keep their place
                "[]unrel[]push",                      // columns: "Sale … completed · change due" | the change
                "[52!]"));                            // rows: one, of fixed height, shown or not
        completed.setName(TillWindow.COMPLETED);
        completed.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        completed.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.connected.foreground");
        change.setName(TillWindow.COMPLETED_CHANGE);
        change.putClientProperty(FlatClientProperties.STYLE, "font: bold +30; foreground: $Lana.saving.foreground");
        add(completed, "aligny baseline, wmin 0");
        add(change, "aligny baseline");
    }

    /** @param done the sale just completed, or null: then the line is empty */
    void show(Sale done) {
        completed.setVisible(done != null);
        change.setVisible(done != null);
        completed.setText(done == null ? "" : "Sale " + done.number() + " completed  ·  change due");
        change.setText(done == null ? "" : done.change().toString());
    }
}
