package com.lana.checkout.api;

/**
 * A refund that cannot be made as asked; nothing was recorded. {@link #reason()} says which rule it
 * broke; the message names the sale, the product and the quantities.
 */
public class RefundRefusedException extends CheckoutException {
    private static final long serialVersionUID = 1L;

    /** Which rule the refund broke. */
    public enum Reason {
        /** The list of items coming back is empty. */
        NOTHING_RETURNED,
        /** A product coming back is not on the sale's receipt. */
        NOT_IN_SALE,
        /** More units of a product come back than the sale sold less those already returned. */
        MORE_THAN_REMAIN,
        /** The refund is to cards, and is more than the sale's cards paid less what they got back. */
        CARD_REFUND_TOO_LARGE
    }

    private final Reason reason;

    public RefundRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
