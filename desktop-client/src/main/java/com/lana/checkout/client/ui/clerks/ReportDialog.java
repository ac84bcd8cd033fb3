package com.lana.checkout.client.ui.clerks;

import com.lana.checkout.api.shift.ShiftReport;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import java.awt.Dialog;
import java.awt.Font;
import java.awt.Window;
import java.awt.event.KeyEvent;

/**
 * A shift's X or Z report as the till's printer prints it, 42 columns in a fixed-width font; Enter
 * or Esc closes it. Build and use on the EDT.
 */
public final class ReportDialog {

    public static final String DIALOG = "shiftReportDialog";
    public static final String TEXT = "shiftReportText";
    public static final String CLOSE = "shiftReportClose";

    private final JDialog dialog;

    ReportDialog(Window owner, ShiftReport report) {
        dialog = new JDialog(owner, report.isZ() ? report.z() + " (shift " + report.shift().number() + " closed)"
                : "X report of shift " + report.shift().number(), Dialog.ModalityType.DOCUMENT_MODAL);
        dialog.setName(DIALOG);
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JTextArea text = new JTextArea(report.toString());
        text.setName(TEXT);
        text.setEditable(false);
        text.setFocusable(false);   // Enter and Esc reach the dialog, which closes
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, text.getFont().getSize()));
        text.setCaretPosition(0);
        JButton close = new JButton("Close");
        close.setName(CLOSE);
        close.addActionListener(e -> dialog.dispose());
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);

        JPanel content = new JPanel(new MigLayout(
                "insets dialog, fill, wrap 1",        // layout: platform dialog margins, one column
                "[grow,fill]",                        // columns: the report
                "[grow,fill,::560]para[]"));          // rows: the report, scrolling past 560 px | Close
        content.add(new JScrollPane(text));
        content.add(close, "tag ok");
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(close);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
    }

    /** Shows the report (modal) until closed. */
    void show() {
        dialog.setVisible(true);
    }
}
