package com.lana.checkout.api;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules for product codes. A code is what a clerk types or a barcode scanner sends: it is
 * trimmed and upper-cased ({@code " pen "} is {@code PEN}), and in canonical form it is 1 to 32
 * characters from {@code A-Z}, {@code 0-9}, {@code -} and {@code _}.
 */
public final class ProductCode {

    public static final int MAX_LENGTH = 32;

    private static final Pattern CANONICAL = Pattern.compile("[A-Z0-9_-]{1," + MAX_LENGTH + "}");

    private ProductCode() {
    }

    /**
     * The canonical form of a code typed by a person or sent by a client.
     *
     * @throws InvalidRequestException when the text is null, blank, too long or has characters no
     *     code can have; the message names the text
     */
    public static String normalize(String raw) throws InvalidRequestException {
        if (raw == null) {
            throw new InvalidRequestException("Product code is missing");
        }
        if (isCanonical(raw)) {
            return raw;
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new InvalidRequestException("Product code is empty");
        }
        if (code.length() > MAX_LENGTH) {
            throw new InvalidRequestException("Product code '" + Texts.abbreviate(code)
                    + "' is too long: at most " + MAX_LENGTH + " characters");
        }
        if (!CANONICAL.matcher(code).matches()) {
            throw new InvalidRequestException("Product code '" + Texts.abbreviate(code)
                    + "' may only contain letters A-Z, digits, '-' and '_'");
        }
        return code;
    }

    /**
     * Whether {@code code} matches {@link #CANONICAL}, by a loop over its characters: what a till or
     * a scanner sends almost always is, and this answers it without a regex matcher on every add.
     */
    private static boolean isCanonical(String code) {
        int length = code.length();
        if (length == 0 || length > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Checks a code that must already be canonical (catalog data); for compact constructors. */
    static String requireCanonical(String code) {
        if (code == null || !isCanonical(code)) {
            throw new IllegalArgumentException("Product code '" + Texts.abbreviate(code)
                    + "' must be 1-" + MAX_LENGTH + " characters from A-Z, 0-9, '-' and '_'");
        }
        return code;
    }
}
