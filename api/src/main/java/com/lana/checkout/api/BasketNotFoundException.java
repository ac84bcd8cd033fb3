package com.lana.checkout.api;

/** The basket does not exist: it was never created, it was removed, or it expired. */
public class BasketNotFoundException extends CheckoutException {
    private static final long serialVersionUID = 1L;

    /** Why a basket is not there, as far as the server can tell. */
    public enum Reason {
        /** Never created, or removed. */
        UNKNOWN,
        /** Left unused longer than the server keeps idle baskets. */
        EXPIRED
    }

    private final BasketId basket;
    private final Reason reason;

    public BasketNotFoundException(BasketId basket) {
        this(basket, Reason.UNKNOWN);
    }

    public BasketNotFoundException(BasketId basket, Reason reason) {
        super(reason == Reason.EXPIRED
                ? "Basket " + basket + " expired after being left unused; start a new one"
                : "No basket " + basket + " (never created, or already removed)");
        this.basket = basket;
        this.reason = reason;
    }

    public BasketId basket() {
        return basket;
    }

    public Reason reason() {
        return reason;
    }
}
