package com.lana.checkout.api;

/**
 * The server could not reach the database that keeps its baskets (it is down, restarting or
 * overloaded), so the request was not carried out as far as the server can tell. Send it again in a
 * moment: adds and voids that carry an {@link OperationId} are applied at most once however often
 * they are sent. The server recovers by itself when the database answers again.
 */
public class StoreUnavailableException extends CheckoutException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message) {
        super(message);
    }
}
