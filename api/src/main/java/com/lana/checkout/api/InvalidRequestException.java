package com.lana.checkout.api;

/**
 * The request itself is malformed: a missing or over-long product code, a missing basket id, a
 * quantity out of range. Sending it again unchanged will fail again.
 */
public class InvalidRequestException extends CheckoutException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(message);
    }
}
