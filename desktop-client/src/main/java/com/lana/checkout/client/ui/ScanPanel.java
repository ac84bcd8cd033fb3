package com.lana.checkout.client.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.client.sale.Notice;
import com.lana.checkout.client.sale.PendingScan;
import com.lana.checkout.client.ui.parts.NoticeStyle;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import java.awt.event.KeyEvent;
import java.util.function.Predicate;

/**
 * The scan field, which keeps the keyboard focus, the Find button beside it, and the inline message
 * under them. Typing a code (or a barcode scanner in keyboard mode sending one) then Enter hands
 * the text to the model.
 */
final class ScanPanel extends JPanel {

    static final String SCAN_FIELD = "scanField";
    static final String MESSAGE = "scanMessage";

    private final JTextField field = new JTextField(24);
    private final JLabel message = new JLabel(" ");
    private PendingScan offered;

    /**
     * @param onScan takes the typed text; answers true when it was a scan, so the field is cleared
     * @param find opens the product search
     */
    ScanPanel(Predicate<String> onScan, JButton find) {
        super(new MigLayout(
                "insets 0, fillx",        // layout: no margin of its own, take the full width
                "[][grow,fill][]",        // columns: caption | field | Find button
                "[]2[]"));                // rows: field, message right under it
        field.setName(SCAN_FIELD);
        field.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT,
                "Product code or barcode, or 3*CODE for three — then Enter");
        field.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        field.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        field.setToolTipText("Type or scan a product code or barcode and press Enter; 3*PEN adds three."
                + " Esc clears. Ctrl+F finds a product by name.");
        field.addActionListener(e -> scanEntered(onScan));
        field.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "clearScan");
        field.getActionMap().put("clearScan", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                field.setText("");
            }
        });
        message.setName(MESSAGE);

        JLabel caption = new JLabel("Scan");
        caption.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        caption.setLabelFor(field);
        add(caption);
        add(field);
        add(find, "wrap");
        add(message, "span 3, growx, wmin 0");   // the full width under the field; may shrink, never widens the window
    }

    JTextField field() {
        return field;
    }

    void showNotice(Notice notice) {
        String text = notice == null ? " " : notice.text();
        message.setText(text);
        message.setToolTipText(notice == null ? null : text);
        message.putClientProperty(FlatClientProperties.STYLE, NoticeStyle.of(notice));
    }

    /**
     * Offers a scan the server refused again, selected, for the clerk to correct as if the till had
     * refused it: once, and only into an empty field (what the clerk typed since is never replaced).
     */
    void offer(PendingScan refused) {
        if (refused != null && refused != offered && field.getText().isEmpty()) {
            field.setText(refused.quantity() == 1 ? refused.code() : refused.quantity() + "*" + refused.code());
            field.selectAll();
        }
        offered = refused;
    }

    private void scanEntered(Predicate<String> onScan) {
        if (field.getText().isBlank()) {
            return;   // a second Enter after a scan, or a scanner's stray one: nothing to say
        }
        if (onScan.test(field.getText())) {
            field.setText("");
        } else {
            field.selectAll();   // not a scan: leave it for the clerk to fix or type over
        }
        field.requestFocusInWindow();
    }
}
