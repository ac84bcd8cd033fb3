package com.lana.checkout.api.staff;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A clerk's name as typed at a till or on the command line: trimmed, 1 to {@value #MAX_LENGTH}
 * characters, no control characters. It keeps the form it was given in for display ({@code Ann
 * Smith}) and compares by a folded form, {@link #key()}, so {@code ann smith} names the same clerk.
 * Immutable and thread-safe.
 */
public final class ClerkName implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Longest name, in characters (Unicode code points). */
    public static final int MAX_LENGTH = 40;

    private final String display;

    private ClerkName(String display) {
        this.display = display;
    }

    /**
     * The name in {@code text}, trimmed.
     *
     * @throws IllegalArgumentException naming the text and the rule it breaks
     */
    public static ClerkName of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("A clerk's name is missing");
        }
        String display = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        int length = display.codePointCount(0, display.length());
        if (length == 0) {
            throw new IllegalArgumentException("A clerk's name is 1-" + MAX_LENGTH + " characters, was empty");
        }
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("A clerk's name is 1-" + MAX_LENGTH + " characters, '"
                    + shown(display) + "' has " + length);
        }
        if (display.codePoints().anyMatch(ClerkName::isControl)) {
            throw new IllegalArgumentException("A clerk's name has no control characters, '" + shown(display)
                    + "' has");
        }
        return new ClerkName(display);
    }

    /** The name as it was given, trimmed: what tills and lists show. */
    public String display() {
        return display;
    }

    /** The folded form names are compared and stored by: the same for {@code Ann}, {@code ANN} and {@code ann}. */
    public String key() {
        return display.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code other} is a name that compares equal to this one, whatever the case. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ClerkName name && name.key().equals(key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    /** The display form. */
    @Override
    public String toString() {
        return display;
    }

    private Object readResolve() {
        return of(display);
    }

    private static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** Text as it may appear in a message: control characters escaped, at most {@value #MAX_LENGTH} characters shown. */
    static String shown(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_LENGTH).forEach(cp -> {
            if (isControl(cp)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            out.append('…');
        }
        return out.toString();
    }
}
