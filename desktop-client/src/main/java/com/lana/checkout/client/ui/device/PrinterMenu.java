package com.lana.checkout.client.ui.device;

import com.lana.checkout.client.device.PrintWhen;
import com.lana.checkout.client.device.TillPrinting;
import com.lana.checkout.client.ui.StatusBar;
import com.lana.checkout.client.ui.TillWindow;
import com.lana.checkout.client.ui.parts.Shortcuts;

import javax.swing.ButtonGroup;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import java.awt.Dialog;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.Objects;

/**
 * The Printer menu of the sales window: when receipts print (every sale, ask, only on request — kept
 * per till), and Ctrl+Shift+P, which prints the receipt a failed printer kept, or else the last one,
 * again. In "ask" mode, asks after each sale whether to print. What the printer left undone stays in
 * the status bar until it is done. Build and use on the EDT.
 */
public final class PrinterMenu {

    public static final String MENU = "printerMenu";
    public static final String REPRINT = "reprintReceipt";
    public static final String QUESTION_YES = "Print";
    public static final String QUESTION_NO = "No receipt";

    private static final KeyStroke REPRINT_KEY = KeyStroke.getKeyStroke(KeyEvent.VK_P,
            Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx() | InputEvent.SHIFT_DOWN_MASK);

    private final JFrame frame;
    private final TillPrinting printing;
    private final JMenu menu = new JMenu("Printer");

    private PrinterMenu(JFrame frame, TillPrinting printing) {
        this.frame = Objects.requireNonNull(frame, "frame");
        this.printing = Objects.requireNonNull(printing, "printing");
        menu.setName(MENU);
        menu.setMnemonic(KeyEvent.VK_R);
        ButtonGroup group = new ButtonGroup();
        for (PrintWhen when : PrintWhen.values()) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem("Print receipts: " + when.caption());
            item.setName(name(when));
            item.setSelected(printing.when() == when);
            item.addActionListener(e -> printing.when(when));
            group.add(item);
            menu.add(item);
        }
        menu.addSeparator();
        JMenuItem reprint = new JMenuItem("Print receipt again");
        reprint.setName(REPRINT);
        reprint.setAccelerator(REPRINT_KEY);
        reprint.addActionListener(e -> printing.reprint());
        menu.add(reprint);
    }

    /**
     * Adds the menu to the window's menu bar, asks in the window when the choice is "ask", and keeps
     * what the printer left undone in the window's status bar until it is done.
     */
    public static PrinterMenu attach(TillWindow window, TillPrinting printing) {
        PrinterMenu menu = new PrinterMenu(window.frame(), printing);
        window.frame().getJMenuBar().add(menu.menu);
        window.frame().getJMenuBar().revalidate();
        printing.question(menu::ask);
        StatusBar status = window.statusBar();
        printing.status(text -> status.printer(text.isEmpty() || !printing.reprintHelps() ? text
                : text + " · " + Shortcuts.text(REPRINT_KEY)));
        return menu;
    }

    /** The name of the menu item choosing {@code when}, for tests. */
    public static String name(PrintWhen when) {
        return "print" + when.name();
    }

    /**
     * Asked once the sale is on screen and the payment dialog has closed (the question never stacks
     * on a dialog still open), not while the till tells its listeners; never over a closed window.
     */
    private void ask(String receipt, Runnable print, Runnable skip) {
        SwingUtilities.invokeLater(() -> {
            if (!frame.isDisplayable()) {
                skip.run();
                return;
            }
            for (Window owned : frame.getOwnedWindows()) {
                if (owned.isShowing() && owned instanceof Dialog dialog && dialog.isModal()) {
                    owned.addWindowListener(new WindowAdapter() {
                        @Override
                        public void windowClosed(WindowEvent e) {
                            owned.removeWindowListener(this);
                            ask(receipt, print, skip);
                        }
                    });
                    return;
                }
            }
            Object[] answers = {QUESTION_YES, QUESTION_NO};
            int answer = JOptionPane.showOptionDialog(frame, "Print the receipt of " + receipt + "?", "Receipt",
                    JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE, null, answers, answers[0]);
            (answer == 0 ? print : skip).run();
        });
    }
}
