package com.lana.checkout.api;

/**
 * The basket's total is no longer the one the clerk showed the customer (another terminal changed
 * the basket meanwhile), so the sale was not completed and nothing was recorded. Show the customer
 * {@link #current()} and take payment again.
 */
public class TotalChangedException extends CheckoutException {
    private static final long serialVersionUID = 1L;

    private final Money expected;
    private final Receipt current;

    public TotalChangedException(Money expected, Receipt current) {
        super("The total changed from " + expected + " to " + current.total()
                + " (the basket was changed meanwhile); nothing was charged, show the customer the new total");
        this.expected = expected;
        this.current = current;
    }

    /** The total the clerk expected. */
    public Money expected() {
        return expected;
    }

    /** The basket as it is now. */
    public Receipt current() {
        return current;
    }
}
