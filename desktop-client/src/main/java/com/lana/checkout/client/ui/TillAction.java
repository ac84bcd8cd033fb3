package com.lana.checkout.client.ui;

import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every action of the {@link TillWindow}, declared once: its menu and place there, its caption, key
 * and tooltip, and where its button is. The window builds its menus, buttons and key bindings from
 * this table, in this order, and gives each action its handler.
 */
enum TillAction {
    PAY(Menu.SALE, "Pay…", KeyEvent.VK_F12, 0, "Take payment and complete this sale", Button.PAY, TillWindow.PAY),
    NEW_SALE(Menu.SALE, "New sale", KeyEvent.VK_F2, 0,
            "Start the next customer's sale; a sale with items is parked", Button.SALE, TillWindow.NEW_SALE),
    PARK(Menu.SALE, "Park", KeyEvent.VK_F3, 0, "Set this sale aside and start another", Button.SALE, TillWindow.PARK),
    RESUME(Menu.SALE, "Resume", KeyEvent.VK_F4, 0,
            "Resume the selected parked sale, or the one waiting longest", Button.SALE, TillWindow.RESUME),
    OPEN(Menu.SALE, "Open basket…", KeyEvent.VK_F6, 0,
            "Show a sale by the code another till shows for it, or its basket's full id", Button.SALE, TillWindow.OPEN),
    COPY_BASKET(Menu.SALE, "Copy basket id", KeyEvent.VK_B, Keys.MENU,
            "Copy the full id of this sale's basket, e.g. to open it on another terminal", Button.NONE, null),
    CANCEL(Menu.SALE, "Cancel sale…", KeyEvent.VK_F7, 0,
            "Remove this sale's basket from the server, after confirmation", Button.SALE, TillWindow.CANCEL),
    LAST_RECEIPT(Menu.SALE, "Receipt", KeyEvent.VK_R, Keys.MENU,
            "Show the receipt of the sale completed last", Button.SALE_LAST, TillWindow.RECEIPT),
    LAST_RECEIPT_PDF(Menu.SALE, "Receipt PDF…", KeyEvent.VK_P, Keys.MENU,
            "Save the receipt of the sale completed last as a PDF file", Button.SALE_LAST, TillWindow.RECEIPT_PDF),
    JOURNAL(Menu.SALE, "Journal", KeyEvent.VK_F10, 0, "Today's sales and the day report", Button.SALE, TillWindow.JOURNAL),
    QUIT(Menu.SALE, "Quit", KeyEvent.VK_Q, Keys.MENU, "Close the window; asks first while sales are open", Button.NONE, null),
    FIND(Menu.ITEMS, "Find…", KeyEvent.VK_F, Keys.MENU,
            "Find a product by a word of its name, its code or barcode, and add it", Button.SCAN, TillWindow.FIND),
    VOID_LINE(Menu.ITEMS, "Void line", KeyEvent.VK_F8, 0,
            "Take one unit of the selected line off the receipt", Button.RECEIPT, TillWindow.VOID_LINE),
    VOID_LAST(Menu.ITEMS, "Void last scanned", KeyEvent.VK_F9, 0,
            "Take one unit of the product scanned last off the receipt", Button.RECEIPT, TillWindow.VOID_LAST),
    RETRY(Menu.SERVER, "Retry", KeyEvent.VK_F5, 0,
            "Ask the server now; re-create a sale the server lost, with its lines", Button.STATUS, TillWindow.RETRY),
    DARK_THEME(Menu.VIEW, "Dark theme", KeyEvent.VK_D, Keys.MENU,
            "Switch between the light and the dark look", Button.NONE, null);

    /** The menus, in the menu bar's order. */
    enum Menu {
        SALE("Sale", KeyEvent.VK_S), ITEMS("Items", KeyEvent.VK_I), SERVER("Server", KeyEvent.VK_V), VIEW("View", KeyEvent.VK_W);

        final String title;
        final int mnemonic;

        Menu(String title, int mnemonic) {
            this.title = title;
            this.mnemonic = mnemonic;
        }
    }

    /**
     * Where an action's button is: none, beside the scan field, Pay above the others, the sale
     * buttons (the receipt ones last), under the receipt, the status bar.
     */
    enum Button {
        NONE, SCAN, PAY, SALE, SALE_LAST, RECEIPT, STATUS
    }

    /** The actions after which their menu has a separator. */
    private static final Set<TillAction> SEPARATED = EnumSet.of(PAY, CANCEL, JOURNAL, FIND);

    final Menu menu;
    final String caption;
    final int keyCode;
    final int modifiers;
    final String tooltip;
    final Button button;
    /** The button's component name, which tests find it by; null without a button. */
    final String buttonName;

    TillAction(Menu menu, String caption, int keyCode, int modifiers, String tooltip, Button button, String buttonName) {
        this.menu = menu;
        this.caption = caption;
        this.keyCode = keyCode;
        this.modifiers = modifiers;
        this.tooltip = tooltip;
        this.button = button;
        this.buttonName = buttonName;
    }

    /** True when its menu shows a separator after it. */
    boolean separatedAfter() {
        return SEPARATED.contains(this);
    }

    private static final class Keys {
        static final int MENU = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
    }
}
