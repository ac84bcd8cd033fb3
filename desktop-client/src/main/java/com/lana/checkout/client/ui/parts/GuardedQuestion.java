package com.lana.checkout.client.ui.parts;

import javax.swing.JDialog;
import javax.swing.JOptionPane;
import java.awt.Component;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;

/**
 * A yes/no question that one stray key cannot answer "yes": "no" is the default button, so Enter
 * (a barcode scanner ends every code with one) answers no; "yes" takes a click, or Tab then Space.
 * Characters typed while it is open (a scan meant for the scan field) are handed back with the
 * answer instead of being lost. Use on the EDT.
 */
public final class GuardedQuestion {

    /**
     * @param typedAhead printable characters typed while the question was open, in order
     */
    public record Answer(boolean yes, String typedAhead) {
    }

    private GuardedQuestion() {
    }

    public static Answer ask(Component parent, String title, String message, String yes, String no) {
        Object[] options = {yes, no};
        JOptionPane pane = new JOptionPane(message, JOptionPane.WARNING_MESSAGE, JOptionPane.DEFAULT_OPTION,
                null, options, no);
        JDialog dialog = pane.createDialog(parent, title);
        StringBuilder typed = new StringBuilder();
        KeyEventDispatcher catcher = event -> {
            boolean inDialog = event.getComponent() != null
                    && javax.swing.SwingUtilities.getWindowAncestor(event.getComponent()) == dialog;
            char key = event.getKeyChar();
            if (inDialog && event.getID() == KeyEvent.KEY_TYPED && !Character.isISOControl(key) && key != ' ') {
                typed.append(key);
                return true;   // kept for the scan field; a letter never answers
            }
            return false;
        };
        KeyboardFocusManager focus = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        focus.addKeyEventDispatcher(catcher);
        try {
            dialog.setVisible(true);
        } finally {
            focus.removeKeyEventDispatcher(catcher);
            dialog.dispose();
        }
        return new Answer(yes.equals(pane.getValue()), typed.toString());
    }
}
