package com.lana.checkout.api.staff;

import com.lana.checkout.api.InvalidRequestException;

/**
 * What was given as a PIN cannot be one: a PIN is 4 to 8 digits. The message states the rule and
 * never repeats what was typed.
 */
public class InvalidPinException extends InvalidRequestException {
    private static final long serialVersionUID = 1L;

    /** The rule every PIN follows, as messages say it. */
    public static final String RULE = "A PIN is 4 to 8 digits (0-9)";

    public InvalidPinException() {
        super(RULE);
    }
}
