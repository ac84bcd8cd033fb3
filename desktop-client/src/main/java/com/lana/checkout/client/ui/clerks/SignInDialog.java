package com.lana.checkout.client.ui.clerks;

import com.formdev.flatlaf.FlatClientProperties;
import com.lana.checkout.client.clerks.SignIns;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JProgressBar;
import javax.swing.JTextField;
import javax.swing.WindowConstants;
import java.awt.Dialog;
import java.util.Arrays;
import java.util.Objects;

/**
 * The sign-in screen: over the sales window, which it keeps out of reach until a clerk is signed
 * in. Keyboard only: the clerk's name, Tab, the PIN (masked), Enter. While the server checks the PIN
 * a busy bar runs; a refusal shows in the server's words, the PIN emptied for the next try. Quit
 * closes the till as Ctrl+Q does. Build and use on the EDT.
 */
public final class SignInDialog {

    public static final String DIALOG = "signInDialog";
    public static final String NAME = "signInName";
    public static final String PIN = "signInPin";
    public static final String MESSAGE = "signInMessage";
    public static final String BUSY = "signInBusy";
    public static final String SIGN_IN = "signIn";
    public static final String QUIT = "signInQuit";

    private final SignIns signIns;
    private final JDialog dialog;
    private final JTextField name = new JTextField(20);
    private final JPasswordField pin = new JPasswordField(10);
    private final JLabel message = new JLabel(" ");
    private final JProgressBar busy = new JProgressBar();
    private final JButton signIn = new JButton("Sign in");

    /** @param quit closes the till, asking first as Ctrl+Q does */
    SignInDialog(JFrame owner, SignIns signIns, Runnable quit) {
        this.signIns = Objects.requireNonNull(signIns, "signIns");
        dialog = new JDialog(owner, "Sign in at till " + signIns.till(), Dialog.ModalityType.DOCUMENT_MODAL);
        dialog.setName(DIALOG);
        dialog.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        name.setName(NAME);
        pin.setName(PIN);
        message.setName(MESSAGE);
        busy.setName(BUSY);
        busy.setVisible(false);
        message.putClientProperty(FlatClientProperties.STYLE, "foreground: $Lana.error.foreground");
        signIn.setName(SIGN_IN);
        signIn.addActionListener(e -> signIn());
        JButton quitButton = new JButton("Quit");
        quitButton.setName(QUIT);
        quitButton.setFocusable(false);
        quitButton.addActionListener(e -> quit.run());
        JLabel title = new JLabel("Till " + signIns.till() + ": sign in");
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");

        JPanel content = new JPanel(new MigLayout(
                "insets dialog, wrap 2",              // layout: platform dialog margins, two columns
                "[right][grow,fill,260::]",           // columns: labels | fields
                "[]para[][]para[]0[]para[]"));        // rows: title | name | PIN | message, busy bar | buttons
        content.add(title, "span 2");
        content.add(new JLabel("Clerk"));
        content.add(name);
        content.add(new JLabel("PIN"));
        content.add(pin);
        content.add(message, "span 2, wmin 0");
        content.add(busy, "span 2, hidemode 3");
        content.add(quitButton, "span 2, split 2, tag cancel");
        content.add(signIn, "tag ok");
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(signIn);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
    }

    /** Shows the screen (modal: returns once a clerk is signed in, or it was closed) with the keyboard in the name field. */
    void open() {
        if (signIns.state() == SignIns.State.SIGNED_IN || signIns.state() == SignIns.State.OPEN) {
            return;   // signed in before the screen came up
        }
        show();
        name.requestFocusInWindow();
        dialog.setVisible(true);
    }

    /** Shows what the sign-in is at now; closes once a clerk is signed in. */
    void show() {
        SignIns.State state = signIns.state();
        boolean checking = state == SignIns.State.SIGNING_IN;
        busy.setVisible(checking);
        busy.setIndeterminate(checking);
        signIn.setEnabled(!checking);
        String said = signIns.message();
        message.setText(checking ? "Checking the PIN…" : said.isEmpty() ? " " : said);
        if (state == SignIns.State.SIGNED_OUT && !said.isEmpty()) {
            pin.setText("");
            (name.getText().isBlank() ? name : pin).requestFocusInWindow();
        }
        dialog.pack();
        if (state == SignIns.State.SIGNED_IN || state == SignIns.State.OPEN) {
            close();
        }
    }

    boolean isShowing() {
        return dialog.isShowing();
    }

    void close() {
        name.setText("");
        pin.setText("");
        dialog.dispose();
    }

    private void signIn() {
        char[] typed = pin.getPassword();
        try {
            if (name.getText().isBlank()) {
                message.setText("Type your name first");
                name.requestFocusInWindow();
            } else if (typed.length == 0) {
                message.setText("Type your PIN");
                pin.requestFocusInWindow();
            } else {
                signIns.signIn(name.getText(), new String(typed));
            }
        } finally {
            Arrays.fill(typed, '\0');
        }
    }
}
