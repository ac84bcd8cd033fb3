package com.lana.checkout.client.ui.parts;

import com.formdev.flatlaf.FlatClientProperties;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JScrollPane;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import java.awt.Dialog;
import java.awt.Font;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.KeyEvent;

/**
 * A receipt as the till prints it (monospace, 42 columns): a completed sale's or a refund's, with a
 * button that saves it as PDF (Ctrl+P); or another text the till prints, a Z report, without one.
 * Esc closes. Build and use on the EDT.
 */
public final class ReceiptDialog extends JDialog {

    public static final String DIALOG = "receiptDialog";
    public static final String TEXT = "receiptText";
    static final String SAVE_PDF = "receiptSavePdf";

    /**
     * @param title the window's title, naming the receipt ({@code Receipt S-000001})
     * @param receipt the receipt's text, as the printer prints it
     * @param savePdf saves it as PDF; null when the text has no PDF
     */
    public ReceiptDialog(Window owner, String title, String receipt, Runnable savePdf) {
        super(owner, title, Dialog.ModalityType.DOCUMENT_MODAL);
        setName(DIALOG);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JTextArea text = new JTextArea(receipt);
        text.setName(TEXT);
        text.setEditable(false);
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, text.getFont().getSize()));
        text.setColumns(44);
        text.setRows(Math.min(30, (int) receipt.lines().count() + 1));
        text.setCaretPosition(0);
        JButton pdf = new JButton("Save PDF…  Ctrl+P");
        pdf.setName(SAVE_PDF);
        pdf.addActionListener(e -> savePdf.run());   // shown only when there is a PDF
        JButton close = new JButton("Close  Esc");
        close.addActionListener(e -> dispose());
        close.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);

        JPanel content = new JPanel(new MigLayout(
                "insets dialog, fill",                 // layout: platform dialog margins
                "[grow,fill]",                         // columns: one
                "[grow,fill]unrel[]"));                // rows: the receipt (grows) | buttons
        content.add(new JScrollPane(text), "wrap");
        if (savePdf != null) {
            content.add(pdf, "split 2, tag ok");
            KeyStroke ctrlP = KeyStroke.getKeyStroke(KeyEvent.VK_P, Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx());
            Shortcuts.bindInWindow(getRootPane(), ctrlP, "savePdf", savePdf);
        }
        content.add(close, "tag cancel");
        setContentPane(content);
        Shortcuts.bindInWindow(getRootPane(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close", this::dispose);
        getRootPane().setDefaultButton(close);
        pack();
        setLocationRelativeTo(owner);
    }
}
