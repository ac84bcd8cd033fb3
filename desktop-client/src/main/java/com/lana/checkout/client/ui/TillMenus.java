package com.lana.checkout.client.ui;

import com.lana.checkout.client.ui.parts.Shortcuts;

import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@link TillAction} table made into Swing: one {@link Action} per row, with its key, and from
 * those the menu bar and the buttons of each place. A key works wherever the action is, since the
 * menu item and the button share the action. Build and use on the EDT.
 */
final class TillMenus {

    private final Map<TillAction, Action> actions = new EnumMap<>(TillAction.class);
    private final JCheckBoxMenuItem darkTheme = new JCheckBoxMenuItem();

    /** @param handler what each action does */
    TillMenus(Function<TillAction, Runnable> handler) {
        for (TillAction action : TillAction.values()) {
            actions.put(action, Shortcuts.action(action.caption, action.keyCode, action.modifiers, action.tooltip,
                    handler.apply(action)));
        }
        darkTheme.setName(TillWindow.DARK_THEME);
    }

    /** The buttons of the actions placed there, in the table's order. */
    List<JButton> buttons(TillAction.Button place) {
        List<JButton> buttons = new ArrayList<>();
        for (TillAction action : TillAction.values()) {
            if (action.button == place) {
                buttons.add(Shortcuts.button(actions.get(action), action.buttonName));
            }
        }
        return buttons;
    }

    /** The one button placed there. */
    JButton button(TillAction.Button place) {
        return buttons(place).get(0);
    }

    /** The menu bar: the table's menus, items and separators, in its order. */
    JMenuBar menuBar() {
        JMenuBar bar = new JMenuBar();
        // F10 opens the journal; the look and feel would otherwise give it to the menu bar.
        bar.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_F10, 0), "none");
        for (TillAction.Menu title : TillAction.Menu.values()) {
            JMenu menu = new JMenu(title.title);
            menu.setMnemonic(title.mnemonic);
            if (title == TillAction.Menu.VIEW) {
                menu.setName(TillWindow.VIEW_MENU);
            }
            for (TillAction action : TillAction.values()) {
                if (action.menu == title) {
                    menu.add(menuItem(action));
                    if (action.separatedAfter()) {
                        menu.addSeparator();
                    }
                }
            }
            bar.add(menu);
        }
        return bar;
    }

    /** Shows whether the dark theme is on, in its check box. */
    void darkTheme(boolean on) {
        darkTheme.setSelected(on);
    }

    /** The dark theme is a check box; every other action a plain item (its shortcut shows, so no tooltip). */
    private JMenuItem menuItem(TillAction action) {
        JMenuItem item = action == TillAction.DARK_THEME ? darkTheme : new JMenuItem();
        item.setAction(actions.get(action));
        item.setToolTipText(null);
        return item;
    }
}
