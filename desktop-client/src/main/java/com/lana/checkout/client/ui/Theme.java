package com.lana.checkout.client.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;

import javax.swing.UIManager;
import javax.swing.UnsupportedLookAndFeelException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Light or dark FlatLaf look, remembered between runs in {@link Preferences}. The application's own
 * colours ({@code Lana.*}) live in {@code themes/FlatLightLaf.properties} and
 * {@code themes/FlatDarkLaf.properties} under {@code com/lana/checkout/client}. Use on the EDT.
 */
public final class Theme {

    private static final Logger LOG = Logger.getLogger(Theme.class.getName());
    private static final String KEY = "theme";
    private static final String DARK = "dark";
    private static final String LIGHT = "light";

    private final Preferences preferences;

    /** The user node the choice is kept in, the same for every version of the till. */
    private static final String PREFERENCES = "com/lana/checkout/client";

    /** @param preferences where the choice is kept; the application passes its user node */
    Theme(Preferences preferences) {
        this.preferences = preferences;
    }

    public static Theme userTheme() {
        return new Theme(Preferences.userRoot().node(PREFERENCES));
    }

    boolean isDark() {
        return DARK.equals(preferences.get(KEY, LIGHT));
    }

    /** Installs the remembered look; before any window exists. Falls back to Swing's default. */
    public void install() {
        FlatLaf.registerCustomDefaultsSource("com.lana.checkout.client.themes");
        if (!(isDark() ? FlatDarkLaf.setup() : FlatLightLaf.setup())) {
            LOG.warning("FlatLaf could not be installed; using Swing's default look");
        }
    }

    /** Switches every open window to the dark or light look and remembers the choice. */
    void use(boolean dark) {
        preferences.put(KEY, dark ? DARK : LIGHT);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            LOG.log(Level.FINE, "Theme choice not saved; it holds until the window closes", e);
        }
        try {
            UIManager.setLookAndFeel(dark ? new FlatDarkLaf() : new FlatLightLaf());
        } catch (UnsupportedLookAndFeelException e) {
            LOG.log(Level.WARNING, "Cannot switch theme", e);
            return;
        }
        FlatLaf.updateUI();
    }
}
