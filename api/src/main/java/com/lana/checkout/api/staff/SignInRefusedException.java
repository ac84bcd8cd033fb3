package com.lana.checkout.api.staff;

import com.lana.checkout.api.CheckoutException;

/**
 * A clerk could not sign in. {@link #reason()} says why; the message is written for the person at the
 * till. Neither ever contains the PIN, and neither tells a name nobody has from a wrong PIN, so the
 * answer does not help anyone find the clerks' names; the server's log says which it was.
 */
public class SignInRefusedException extends CheckoutException {
    private static final long serialVersionUID = 1L;

    /** Why a sign-in was refused. */
    public enum Reason {
        /** No clerk has that name, or the PIN is not theirs: the answer does not say which. */
        WRONG_NAME_OR_PIN,
        /** The clerk and PIN are right, but the clerk may no longer sign in. */
        DISABLED,
        /** Too many wrong PINs in a row: the clerk may not sign in until the lock ends by itself. */
        LOCKED,
        /**
         * With mutual TLS, the terminal's certificate is for another till than the one asked for, or
         * names no till: a terminal cannot act as another till. The PIN was not checked.
         */
        WRONG_TILL
    }

    private final Reason reason;

    public SignInRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
