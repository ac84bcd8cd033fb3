package com.lana.checkout.api;

/** The product code is well formed but the catalog has no such product. */
public class UnknownProductException extends CheckoutException {
    private static final long serialVersionUID = 1L;

    private final String productCode;

    public UnknownProductException(String productCode) {
        super("Unknown product code '" + Texts.abbreviate(productCode) + "'");
        this.productCode = productCode;
    }

    public String productCode() {
        return productCode;
    }
}
