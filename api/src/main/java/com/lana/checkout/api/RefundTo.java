package com.lana.checkout.api;

/** How a refund is paid back to the customer. */
public enum RefundTo {
    /**
     * The way the customer paid: the sale's cards first, in the order they were charged, each up to
     * what it paid less what earlier refunds gave back to it, then the rest in cash.
     */
    ORIGINAL,
    /** All in cash from the drawer, however the sale was paid. */
    CASH,
    /**
     * All to the sale's cards, like {@link #ORIGINAL} but never in cash: refused when the cards have
     * less left to give back than the refund.
     */
    CARD
}
