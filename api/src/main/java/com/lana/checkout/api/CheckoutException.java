package com.lana.checkout.api;

/**
 * Base of the checked exceptions the checkout service answers with when a request cannot be
 * carried out; its message is written for the person who made the request.
 *
 * <p>These are answers, not failures of the server, so they carry no stack trace: a clerk's typo
 * costs no stack walk on the server, and JShell shows just the message.
 */
public class CheckoutException extends Exception {
    private static final long serialVersionUID = 1L;

    public CheckoutException(String message) {
        super(message, null, false, false);
    }
}
