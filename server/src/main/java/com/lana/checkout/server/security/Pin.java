package com.lana.checkout.server.security;

import com.lana.checkout.api.staff.InvalidPinException;

import java.util.Arrays;

/**
 * A clerk's PIN, 4 to 8 digits, held only as long as it takes to hash or check it. It never shows:
 * {@code toString} is a mask, and {@link #clear()} overwrites the digits once they are no longer needed.
 */
public final class Pin {

    static final int MIN_DIGITS = 4;
    static final int MAX_DIGITS = 8;

    private final char[] digits;

    private Pin(char[] digits) {
        this.digits = digits;
    }

    /**
     * A copy of {@code typed} as a PIN; the caller may clear {@code typed} at once.
     *
     * @throws InvalidPinException stating the rule, not what was typed, when it is not 4 to 8 digits
     */
    public static Pin of(char[] typed) throws InvalidPinException {
        if (typed == null || typed.length < MIN_DIGITS || typed.length > MAX_DIGITS) {
            throw new InvalidPinException();
        }
        for (char c : typed) {
            if (c < '0' || c > '9') {
                throw new InvalidPinException();
            }
        }
        return new Pin(typed.clone());
    }

    /** Like {@link #of(char[])}, for a PIN that came as a string (over the wire, from JShell). */
    public static Pin of(String typed) throws InvalidPinException {
        if (typed == null) {
            throw new InvalidPinException();
        }
        return of(typed.toCharArray());
    }

    /** A PIN nobody is given: hashed to check against when no clerk has a name, so that answer takes as long. */
    static Pin decoy() {
        return new Pin(new char[] {'0', '0', '0', '0'});
    }

    /** The digits; the caller must not keep nor show them. */
    char[] digits() {
        return digits;
    }

    /** Overwrites the digits; the PIN is unusable afterwards. */
    public void clear() {
        Arrays.fill(digits, '\0');
    }

    @Override
    public String toString() {
        return "Pin[****]";
    }
}
