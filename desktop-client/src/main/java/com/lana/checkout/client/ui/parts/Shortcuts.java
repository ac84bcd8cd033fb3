package com.lana.checkout.client.ui.parts;

import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;

/**
 * Actions with a shortcut and the menu items, buttons and key bindings made from them; and how
 * shortcuts are written in tooltips and button captions: {@code F3}, {@code Ctrl+D}. Use on the EDT.
 */
public final class Shortcuts {

    private Shortcuts() {
    }

    public static String text(KeyStroke stroke) {
        String modifiers = InputEvent.getModifiersExText(stroke.getModifiers());
        String key = KeyEvent.getKeyText(stroke.getKeyCode());
        return modifiers.isEmpty() ? key : modifiers + "+" + key;
    }

    /** Binds a key of a focused component to a handler. */
    public static void bind(JComponent component, KeyStroke key, String name, Runnable handler) {
        bind(component, JComponent.WHEN_FOCUSED, key, name, handler);
    }

    /** Binds a key to a handler wherever the focus is in the window or dialog of {@code root}. */
    public static void bindInWindow(JRootPane root, KeyStroke key, String name, Runnable handler) {
        bind(root, JComponent.WHEN_IN_FOCUSED_WINDOW, key, name, handler);
    }

    /**
     * Binds a key of {@code component} to a handler, under one of {@link JComponent}'s focus
     * conditions ({@code WHEN_FOCUSED}, {@code WHEN_ANCESTOR_OF_FOCUSED_COMPONENT}, ...).
     */
    public static void bind(JComponent component, int condition, KeyStroke key, String name, Runnable handler) {
        component.getInputMap(condition).put(key, name);
        component.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                handler.run();
            }
        });
    }

    /** A plain button named {@code name} (for tests) that runs {@code handler}. */
    public static JButton button(String text, String name, Runnable handler) {
        JButton button = new JButton(text);
        button.setName(name);
        button.addActionListener(e -> handler.run());
        return button;
    }

    /** A button for an action, captioned with its shortcut, that leaves the focus in the scan field. */
    public static JButton button(Action action, String name) {
        JButton button = new JButton(action);
        button.setName(name);
        button.setFocusable(false);
        KeyStroke key = (KeyStroke) action.getValue(Action.ACCELERATOR_KEY);
        button.setText(action.getValue(Action.NAME) + "  " + Shortcuts.text(key));
        return button;
    }

    /** An action with its shortcut and a tooltip that names it. */
    public static Action action(String name, int keyCode, int modifiers, String description, Runnable handler) {
        KeyStroke key = KeyStroke.getKeyStroke(keyCode, modifiers);
        AbstractAction action = new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                handler.run();
            }
        };
        action.putValue(Action.ACCELERATOR_KEY, key);
        action.putValue(Action.SHORT_DESCRIPTION, description + " (" + Shortcuts.text(key) + ")");
        return action;
    }
}
