package com.lana.checkout.client.ui.clerks;

import com.formdev.flatlaf.FlatClientProperties;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import java.awt.Dialog;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Objects;

/**
 * The small form the shift's dialogs share: a question, labelled fields, a line that says what is
 * wrong with what was typed, Cancel and OK. Enter is OK, which hands the typed text to whoever
 * checks it; Esc gives up. Document-modal, like the till's other dialogs. Build and use on the EDT.
 */
final class FieldsDialog {

    private final JDialog dialog;
    private final JPanel content = new JPanel(new MigLayout(
            "insets dialog, wrap 2",              // layout: platform dialog margins, two columns
            "[right][grow,fill]",                 // columns: labels | fields
            "[]para[]"));                         // rows: the question, a gap, then one per field, problem, buttons
    private final JLabel problem = new JLabel(" ");
    private final JButton ok = new JButton("OK");

    /**
     * @param names the dialog's, its problem line's and its OK button's component names, for tests
     * @param question what to type, in a sentence
     * @param take checks what was typed when OK or Enter is pressed: {@link #close()}s or {@link #refuse}s
     */
    FieldsDialog(Window owner, String title, Names names, String question, Runnable take) {
        Objects.requireNonNull(take, "take");
        dialog = new JDialog(owner, title, Dialog.ModalityType.DOCUMENT_MODAL);
        dialog.setName(names.dialog());
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        problem.setName(names.problem());
        problem.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.error.foreground");
        ok.setName(names.ok());
        ok.addActionListener(e -> take.run());
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        content.add(new JLabel(question), "span 2, alignx left");
    }

    /** Component names of one dialog. */
    record Names(String dialog, String problem, String ok) {
    }

    /** Adds a field under the question, or under the field added before. */
    FieldsDialog field(String label, JTextField field) {
        content.add(new JLabel(label));
        content.add(field);
        return this;
    }

    /** Shows the form (modal) with the keyboard in {@code first}; returns once it closed. */
    void open(JTextField first) {
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> dialog.dispose());
        content.add(problem, "span 2, gaptop para, alignx left, wmin 0");
        content.add(cancel, "span 2, gaptop para, split 2, tag cancel");
        content.add(ok, "tag ok");
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(ok);
        dialog.pack();
        dialog.setLocationRelativeTo(dialog.getOwner());
        first.requestFocusInWindow();
        dialog.setVisible(true);
    }

    /** Says what is wrong and gives {@code field} the keyboard, its text selected to be typed over. */
    void refuse(String why, JTextField field) {
        problem.setText(why);
        dialog.pack();
        field.requestFocusInWindow();
        field.selectAll();
    }

    /** What was typed is taken: the form closes. */
    void close() {
        dialog.dispose();
    }
}
