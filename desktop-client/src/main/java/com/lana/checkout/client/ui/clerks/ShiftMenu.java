package com.lana.checkout.client.ui.clerks;

import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;

/**
 * The Shift menu of the sales window, each item with its key: open the shift, cash in, cash out,
 * open the drawer without a sale, the X report, close the shift, and lock the till for the next clerk. Its items work only while a clerk
 * is signed in. Build and use on the EDT.
 */
public final class ShiftMenu {

    public static final String MENU = "shiftMenu";
    public static final String OPEN = "openShift";
    public static final String CASH_IN = "cashIn";
    public static final String CASH_OUT = "cashOut";
    public static final String OPEN_DRAWER = "openDrawer";
    public static final String X_REPORT = "xReport";
    public static final String CLOSE = "closeShift";
    public static final String LOCK = "lockTill";

    private static final int MENU_KEY = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

    private final JMenu menu = new JMenu("Shift");

    ShiftMenu(ShiftActions shift, Runnable lock) {
        menu.setName(MENU);
        menu.setMnemonic(KeyEvent.VK_H);
        item(OPEN, "Open shift…", KeyEvent.VK_O, MENU_KEY | InputEvent.SHIFT_DOWN_MASK, shift::openShift);
        item(CASH_IN, "Cash in…", KeyEvent.VK_I, MENU_KEY, shift::cashIn);
        item(CASH_OUT, "Cash out…", KeyEvent.VK_O, MENU_KEY, shift::cashOut);
        item(OPEN_DRAWER, "Open drawer…", KeyEvent.VK_K, MENU_KEY, shift::openDrawer);
        item(X_REPORT, "X report", KeyEvent.VK_F11, 0, shift::xReport);
        item(CLOSE, "Close shift (blind count)…", KeyEvent.VK_E, MENU_KEY, shift::closeShift);
        menu.addSeparator();
        item(LOCK, "Lock till", KeyEvent.VK_L, MENU_KEY, lock);
    }

    JMenu menu() {
        return menu;
    }

    /** Whether a clerk is signed in, so that the items work. */
    void enable(boolean signedIn) {
        for (int i = 0; i < menu.getItemCount(); i++) {
            if (menu.getItem(i) != null) {
                menu.getItem(i).setEnabled(signedIn);
            }
        }
    }

    private void item(String name, String caption, int keyCode, int modifiers, Runnable handler) {
        JMenuItem item = new JMenuItem(caption);
        item.setName(name);
        item.setAccelerator(KeyStroke.getKeyStroke(keyCode, modifiers));
        item.addActionListener(e -> handler.run());
        menu.add(item);
    }
}
