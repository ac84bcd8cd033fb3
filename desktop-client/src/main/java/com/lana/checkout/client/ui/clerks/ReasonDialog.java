package com.lana.checkout.client.ui.clerks;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.api.audit.AuditEntry;
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
import java.util.Optional;

/**
 * Asks why, in a few words, before an action the audit trail records with its reason (opening the
 * drawer without a sale). Enter takes it, Esc gives up; a blank reason or one longer than the audit
 * trail keeps is refused in the dialog. Build and use on the EDT.
 */
public final class ReasonDialog {

    public static final String DIALOG = "reasonDialog";
    public static final String REASON = "reason";
    public static final String PROBLEM = "reasonProblem";
    public static final String OK = "reasonOk";

    private final JDialog dialog;
    private final JTextField reason = new JTextField(28);
    private final JLabel problem = new JLabel(" ");
    private String answer;

    /** @param question what the reason is for, in a sentence */
    ReasonDialog(Window owner, String title, String question) {
        dialog = new JDialog(owner, title, Dialog.ModalityType.DOCUMENT_MODAL);
        dialog.setName(DIALOG);
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        reason.setName(REASON);
        problem.setName(PROBLEM);
        problem.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.error.foreground");
        JButton ok = new JButton("OK");
        ok.setName(OK);
        ok.addActionListener(e -> take());
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> dialog.dispose());
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);

        JPanel content = new JPanel(new MigLayout(
                "insets dialog, wrap 2",              // layout: platform dialog margins, two columns
                "[right][grow,fill]",                 // columns: label | field
                "[]para[]para[]para[]"));             // rows: question | reason | problem | buttons
        content.add(new JLabel(question), "span 2, alignx left");
        content.add(new JLabel("Reason"));
        content.add(reason);
        content.add(problem, "span 2, wmin 0");
        content.add(cancel, "span 2, split 2, tag cancel");
        content.add(ok, "tag ok");
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(ok);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
    }

    /** Asks (modal); empty when the clerk gave up. */
    Optional<String> ask() {
        reason.requestFocusInWindow();
        dialog.setVisible(true);
        return Optional.ofNullable(answer);
    }

    private void take() {
        String typed = reason.getText().strip();
        if (typed.isEmpty()) {
            refuse("Say why, in a few words");
        } else if (typed.length() > AuditEntry.REASON_LENGTH) {
            refuse("At most " + AuditEntry.REASON_LENGTH + " characters, was " + typed.length());
        } else {
            answer = typed;
            dialog.dispose();
        }
    }

    private void refuse(String why) {
        problem.setText(why);
        dialog.pack();
        reason.requestFocusInWindow();
        reason.selectAll();
    }
}
