package com.lana.checkout.client.ui.clerks;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.api.staff.Approval;
import com.lana.checkout.api.staff.ApprovalRequiredException;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import java.awt.Dialog;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Arrays;

/**
 * Asks a manager, on the spot, to approve the one action the server said a clerk needs approval
 * for: what the server said, the manager's name and PIN (masked). Cancel is the default button, so
 * a stray Enter approves nothing; Alt+A approves, Esc cancels. Build and use on the EDT.
 */
public final class ApprovalDialog {

    public static final String DIALOG = "approvalDialog";
    public static final String ACTION = "approvalAction";
    public static final String REFUSAL = "approvalRefusal";
    public static final String MANAGER = "approvalManager";
    public static final String PIN = "approvalPin";
    public static final String APPROVE = "approve";
    public static final String CANCEL = "approvalCancel";

    private final JDialog dialog;
    private final JTextField manager = new JTextField(20);
    private final JPasswordField pin = new JPasswordField(10);
    private final JLabel refusal = new JLabel(" ");
    private Approval given;

    /** @param refused why the approval given last was not taken, or null the first time */
    ApprovalDialog(Window owner, ApprovalRequiredException needed, String refused) {
        dialog = new JDialog(owner, "Manager's approval", Dialog.ModalityType.DOCUMENT_MODAL);
        dialog.setName(DIALOG);
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JLabel action = new JLabel("<html><b>A manager's approval, for this one action:</b><br>"
                + escaped(needed.action() == null ? needed.getMessage() : needed.action()) + "</html>");
        action.setName(ACTION);
        manager.setName(MANAGER);
        pin.setName(PIN);
        refusal.setName(REFUSAL);
        refusal.setText(refused == null ? " " : refused);
        refusal.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.error.foreground");
        JButton approve = new JButton("Approve");
        approve.setName(APPROVE);
        approve.setMnemonic(KeyEvent.VK_A);
        approve.addActionListener(e -> approve());
        JButton cancel = new JButton("Cancel");
        cancel.setName(CANCEL);
        cancel.addActionListener(e -> dialog.dispose());
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);

        JPanel content = new JPanel(new MigLayout(
                "insets dialog, wrap 2",              // layout: platform dialog margins, two columns
                "[right][grow,fill,260::]",           // columns: labels | fields
                "[]para[][]para[]para[]"));           // rows: what needs approval | manager | PIN | refusal | buttons
        content.add(action, "span 2, wmin 0, w 420");
        content.add(new JLabel("Manager"));
        content.add(manager);
        content.add(new JLabel("PIN"));
        content.add(pin);
        content.add(refusal, "span 2, wmin 0");
        content.add(cancel, "span 2, split 2, tag cancel");
        content.add(approve, "tag ok");
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(cancel);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
    }

    /** Shows the question (modal) and answers the approval given, or null when cancelled. */
    Approval ask() {
        manager.requestFocusInWindow();
        dialog.setVisible(true);
        return given;
    }

    private void approve() {
        char[] typed = pin.getPassword();
        try {
            if (manager.getText().isBlank()) {
                refusal.setText("Type the manager's name");
                manager.requestFocusInWindow();
            } else if (typed.length == 0) {
                refusal.setText("Type the manager's PIN");
                pin.requestFocusInWindow();
            } else {
                given = Approval.of(manager.getText(), new String(typed));
                dialog.dispose();
            }
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    private static String escaped(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
