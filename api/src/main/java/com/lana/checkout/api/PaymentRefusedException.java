package com.lana.checkout.api;

/**
 * The payments do not settle the sale; nothing was recorded. {@link #reason()} says which rule they
 * broke and {@link #amount()} by how much.
 */
public class PaymentRefusedException extends CheckoutException {
    private static final long serialVersionUID = 1L;

    /** Which rule the payments broke. */
    public enum Reason {
        /** No payment at all; {@link #amount()} is the total due. */
        NO_PAYMENT,
        /** The payments add up to less than the total; {@link #amount()} is what is still due. */
        SHORT,
        /** A card paid more than was still due when it came; {@link #amount()} is the excess. */
        CARD_OVERPAYS,
        /** There is nothing to pay for: the basket is empty; {@link #amount()} is zero. */
        NOTHING_TO_PAY
    }

    private final Reason reason;
    private final Money amount;

    public PaymentRefusedException(Reason reason, Money amount, String message) {
        super(message);
        this.reason = reason;
        this.amount = amount;
    }

    public Reason reason() {
        return reason;
    }

    /** By how much the payments miss, as the reason says. */
    public Money amount() {
        return amount;
    }
}
