package com.lana.checkout.api;

/**
 * A barcode's check digit does not match its other digits: the scanner misread it, or it was
 * typed wrong. Scanning it again usually works; it is never looked up, so it can never add the
 * wrong product.
 */
public class MisreadBarcodeException extends CheckoutException {
    private static final long serialVersionUID = 1L;

    private final String barcode;

    public MisreadBarcodeException(String barcode) {
        super("Misread barcode " + Texts.abbreviate(barcode) + ", scan again");
        this.barcode = barcode;
    }

    public String barcode() {
        return barcode;
    }
}
