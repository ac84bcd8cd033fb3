package com.lana.checkout.api;

/** The basket is not open: it was never created, it was removed, it expired, or it was paid. */
public class BasketNotFoundException extends CheckoutException {
    private static final long serialVersionUID = 1L;

    /** Why a basket is not there, as far as the server can tell. */
    public enum Reason {
        /** Never created, or removed. */
        UNKNOWN,
        /** Left unused longer than the server keeps idle baskets. */
        EXPIRED,
        /** Paid: completed as the sale {@link #paidAs()}. */
        PAID
    }

    private final BasketId basket;
    private final Reason reason;
    private final SaleNumber paidAs;

    public BasketNotFoundException(BasketId basket) {
        this(basket, Reason.UNKNOWN);
    }

    /** A basket not found for {@code reason}, which is not {@link Reason#PAID} (see {@link #paid}). */
    public BasketNotFoundException(BasketId basket, Reason reason) {
        this(basket, reason, null);
    }

    private BasketNotFoundException(BasketId basket, Reason reason, SaleNumber paidAs) {
        super(switch (reason) {
            case EXPIRED -> "Basket " + basket + " expired after being left unused; start a new one";
            case PAID -> "Basket " + basket + " was paid as sale " + paidAs + "; start a new one";
            case UNKNOWN -> "No basket " + basket + " (never created, or already removed)";
        });
        if (reason == Reason.PAID && paidAs == null) {
            throw new IllegalArgumentException("A paid basket names its sale; use BasketNotFoundException.paid");
        }
        this.basket = basket;
        this.reason = reason;
        this.paidAs = paidAs;
    }

    /** No open basket's id ends with {@code suffix}; such an exception names no {@link #basket()}. */
    public static BasketNotFoundException noneEndsWith(BasketIdSuffix suffix) {
        return new BasketNotFoundException("No open basket " + suffix + " on the server (its id ends with these"
                + " characters on the till that has it: check the code, or type the full id)");
    }

    private BasketNotFoundException(String message) {
        super(message);
        this.basket = null;
        this.reason = Reason.UNKNOWN;
        this.paidAs = null;
    }

    /** The basket was completed as sale {@code sale}. */
    public static BasketNotFoundException paid(BasketId basket, SaleNumber sale) {
        return new BasketNotFoundException(basket, Reason.PAID, sale);
    }

    /** The sale the basket was paid as, when the reason is {@link Reason#PAID}; otherwise null. */
    public SaleNumber paidAs() {
        return paidAs;
    }

    /** The basket not found; null when it was looked up by the end of its id ({@link #noneEndsWith}). */
    public BasketId basket() {
        return basket;
    }

    public Reason reason() {
        return reason;
    }
}
