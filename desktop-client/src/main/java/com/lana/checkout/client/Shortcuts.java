package com.lana.checkout.client;

import javax.swing.KeyStroke;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;

/** How shortcuts are written in tooltips and button captions: {@code F3}, {@code Ctrl+D}. */
final class Shortcuts {

    private Shortcuts() {
    }

    static String text(KeyStroke stroke) {
        String modifiers = InputEvent.getModifiersExText(stroke.getModifiers());
        String key = KeyEvent.getKeyText(stroke.getKeyCode());
        return modifiers.isEmpty() ? key : modifiers + "+" + key;
    }
}
