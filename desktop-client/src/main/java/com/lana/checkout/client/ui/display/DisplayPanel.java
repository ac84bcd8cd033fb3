package com.lana.checkout.client.ui.display;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.client.customer.CustomerView;
import net.miginfocom.swing.MigLayout;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.SwingConstants;

/**
 * The customer display's face: the item that changed last with its price, the TOTAL in the
 * largest type, then once paid what was tendered and the change, and a welcome or a thank-you.
 * Rows keep their height while empty, so nothing moves as the sale goes on.
 *
 * <pre>
 *  Pen                       2.50€
 *  ────────────────────────────────
 *  TOTAL                    32.50€
 *  Paid                     50.00€
 *  Change                   17.50€
 *  Thank you for shopping at Lana!
 * </pre>
 */
final class DisplayPanel extends JPanel {

    private final JLabel item = label(CustomerDisplay.ITEM, SwingConstants.LEADING, "h1");
    private final JLabel itemPrice = label(CustomerDisplay.ITEM_PRICE, SwingConstants.TRAILING, "h1");
    private final JLabel total = label(CustomerDisplay.TOTAL, SwingConstants.TRAILING, "h00");
    private final JLabel tenderedCaption = label(null, SwingConstants.LEADING, "h2");
    private final JLabel tendered = label(CustomerDisplay.TENDERED, SwingConstants.TRAILING, "h2");
    private final JLabel changeCaption = label(null, SwingConstants.LEADING, "h1");
    private final JLabel change = label(CustomerDisplay.CHANGE, SwingConstants.TRAILING, "h0");
    private final JLabel message = label(CustomerDisplay.MESSAGE, SwingConstants.CENTER, "h2");

    DisplayPanel() {
        super(new MigLayout(
                "insets 24, fill, hidemode 0",        // layout: roomy margins; hidden labels keep their place
                "[grow,fill][right]",                 // columns: captions and names | amounts, right-aligned
                "[]unrel[]unrel[]push[][]unrel[]"));  // rows: item, line, TOTAL, tendered, change, message
        JLabel totalCaption = label(null, SwingConstants.LEADING, "h1");
        totalCaption.setText("TOTAL");
        tenderedCaption.setText("Paid");
        changeCaption.setText("Change");
        total.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.total.foreground");
        change.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.saving.foreground");
        add(item, "wmin 0");
        add(itemPrice, "wrap");
        add(new JSeparator(), "span 2, wrap");
        add(totalCaption, "aligny baseline");
        add(total, "aligny baseline, wrap");
        add(tenderedCaption);
        add(tendered, "wrap");
        add(changeCaption, "aligny baseline");
        add(change, "aligny baseline, wrap");
        add(message, "span 2, wmin 0");
    }

    void show(CustomerView content) {
        item.setText(content.item());
        itemPrice.setText(content.itemPrice());
        total.setText(content.total());
        tendered.setText(content.tendered());
        change.setText(content.change());
        tenderedCaption.setVisible(content.paid());
        changeCaption.setVisible(content.paid());
        message.setText(content.message());
    }

    private static JLabel label(String name, int alignment, String styleClass) {
        JLabel label = new JLabel("", alignment);
        label.setName(name);
        label.putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        return label;
    }
}
