package com.lana.checkout.api;

/** The product code or barcode is well formed but the catalog has no such product, or it is not on sale. */
public class UnknownProductException extends CheckoutException {
    private static final long serialVersionUID = 1L;

    private final String productCode;

    public UnknownProductException(String productCode) {
        this(productCode, "Unknown product code '" + Texts.abbreviate(productCode) + "'");
    }

    /** For a code or barcode no product has, or a product that is not on sale, said in {@code message}. */
    public UnknownProductException(String productCode, String message) {
        super(message);
        this.productCode = productCode;
    }

    public String productCode() {
        return productCode;
    }
}
