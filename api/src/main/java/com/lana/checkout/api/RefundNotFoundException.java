package com.lana.checkout.api;

/** There is no refund with this number. */
public class RefundNotFoundException extends CheckoutException {
    private static final long serialVersionUID = 1L;

    private final RefundNumber number;

    public RefundNotFoundException(RefundNumber number) {
        super("No refund " + number);
        this.number = number;
    }

    public RefundNumber number() {
        return number;
    }
}
