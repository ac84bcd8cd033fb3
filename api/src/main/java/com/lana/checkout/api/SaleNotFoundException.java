package com.lana.checkout.api;

/** There is no completed sale with this number. */
public class SaleNotFoundException extends CheckoutException {
    private static final long serialVersionUID = 1L;

    private final SaleNumber number;

    public SaleNotFoundException(SaleNumber number) {
        super("No sale " + number);
        this.number = number;
    }

    public SaleNumber number() {
        return number;
    }
}
