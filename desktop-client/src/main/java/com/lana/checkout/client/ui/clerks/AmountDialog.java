package com.lana.checkout.client.ui.clerks;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.api.Money;
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
 * Asks for an amount of cash — a float counted, cash in or out, a blind count — and, where one is
 * due, the reason. {@code 50}, {@code 50.00} and {@code 50,00} all do; Enter takes it, Esc gives up.
 * Shows nothing of what the till expects. Build and use on the EDT.
 */
public final class AmountDialog {

    public static final String DIALOG = "amountDialog";
    public static final String AMOUNT = "amount";
    public static final String REASON = "amountReason";
    public static final String PROBLEM = "amountProblem";
    public static final String OK = "amountOk";

    /** What the clerk typed: the amount, and the reason (empty where none was asked). */
    record Answer(Money amount, String reason) {
    }

    private final JDialog dialog;
    private final JTextField amount = new JTextField(10);
    private final JTextField reason = new JTextField(24);
    private final JLabel problem = new JLabel(" ");
    private final boolean asksReason;
    private Answer answer;

    /**
     * @param question what to count or type, in a sentence
     * @param asksReason whether a reason is asked for too
     */
    AmountDialog(Window owner, String title, String question, boolean asksReason) {
        this.asksReason = asksReason;
        dialog = new JDialog(owner, title, Dialog.ModalityType.DOCUMENT_MODAL);
        dialog.setName(DIALOG);
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        amount.setName(AMOUNT);
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
                "[right][grow,fill]",                 // columns: labels | fields
                "[]para[][]para[]para[]"));           // rows: question | amount | reason | problem | buttons
        content.add(new JLabel(question), "span 2");
        content.add(new JLabel("Amount (€)"));
        content.add(amount);
        if (asksReason) {
            content.add(new JLabel("Reason"));
            content.add(reason);
        }
        content.add(problem, "span 2, wmin 0");
        content.add(cancel, "span 2, split 2, tag cancel");
        content.add(ok, "tag ok");
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(ok);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
    }

    /** Asks (modal); empty when the clerk gave up. */
    Optional<Answer> ask() {
        amount.requestFocusInWindow();
        dialog.setVisible(true);
        return Optional.ofNullable(answer);
    }

    private void take() {
        Money typed;
        try {
            typed = Money.parse(amount.getText().strip().replace(',', '.'));
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage(), amount);
            return;
        }
        if (typed.isNegative()) {
            refuse("An amount of cash is not negative, was " + typed, amount);
        } else if (asksReason && reason.getText().isBlank()) {
            refuse("Say why, in a few words", reason);
        } else {
            answer = new Answer(typed, reason.getText().strip());
            dialog.dispose();
        }
    }

    private void refuse(String why, JTextField field) {
        problem.setText(why);
        dialog.pack();
        field.requestFocusInWindow();
        field.selectAll();
    }
}
