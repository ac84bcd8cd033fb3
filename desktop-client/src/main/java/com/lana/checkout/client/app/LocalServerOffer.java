package com.lana.checkout.client.app;

import com.lana.checkout.api.Checkout;

import javax.swing.JDialog;
import javax.swing.JOptionPane;
import java.awt.Component;
import java.rmi.RemoteException;

/**
 * At start-up, when no checkout server answers: offers the clerk of a single-till shop to run one
 * inside this till ({@link LocalServer}) rather than wait for one. Asks on the EDT.
 */
final class LocalServerOffer {

    static final String TITLE = "No checkout server";
    static final String YES = "Run a server in this till";
    static final String NO = "Keep trying";

    private LocalServerOffer() {
    }

    /** Whether any of the servers answers now. Call off the EDT: it may wait for the connect timeout. */
    static boolean anyAnswers(Checkout.Options options) {
        try {
            Checkout.connect(options).ping();
            return true;
        } catch (RemoteException e) {
            return false;
        }
    }

    /**
     * Asks whether to run a server inside this till. On the EDT.
     *
     * @param address the servers that did not answer, {@code HOST:PORT}
     * @param store where the local server would keep baskets and sales, as given by {@code --store}
     */
    static boolean ask(Component parent, String address, String store) {
        String where = "memory".equals(store) ? "in this till's memory (lost when it closes; "
                + "run-client.sh --store jdbc:h2:file:PATH keeps them)" : "in " + store;
        JOptionPane pane = new JOptionPane("No checkout server answers at " + address + ".\n"
                + "Run one inside this till?\n\nFor a shop with this one till: sales are kept " + where + ".",
                JOptionPane.QUESTION_MESSAGE, JOptionPane.DEFAULT_OPTION, null, new Object[] {YES, NO}, YES);
        JDialog dialog = pane.createDialog(parent, TITLE);
        dialog.setVisible(true);
        dialog.dispose();
        return YES.equals(pane.getValue());
    }

    /** Says that the local server could not start, and that the till keeps trying the servers given. */
    static void tellFailed(Component parent, String why, String address) {
        JOptionPane.showMessageDialog(parent, "The server inside this till did not start: " + why
                + "\nThe till keeps trying " + address + ".", TITLE, JOptionPane.ERROR_MESSAGE);
    }
}
