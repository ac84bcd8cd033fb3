package com.lana.checkout.api;

/** The product code or barcode is well formed but the catalog has no such product, or it is not on sale. */
public class UnknownProductException extends CheckoutException {
    private static final long serialVersionUID = 1L;

    private final String productCode;
    /** Whether the product exists but is off sale; false when no product has the code (or for an older server). */
    private final boolean offSale;

    public UnknownProductException(String productCode) {
        this(productCode, "Unknown product code '" + Texts.abbreviate(productCode) + "'");
    }

    /** For a code or barcode no product has, or a product that is not on sale, said in {@code message}. */
    public UnknownProductException(String productCode, String message) {
        this(productCode, message, false);
    }

    private UnknownProductException(String productCode, String message, boolean offSale) {
        super(message);
        this.productCode = productCode;
        this.offSale = offSale;
    }

    /** The product exists but is not on sale: {@code TURRON Turrón de Jijona is not on sale}. */
    public static UnknownProductException offSale(String scanned, Product product) {
        return new UnknownProductException(scanned, product.code() + " " + product.name() + " is not on sale", true);
    }

    /** Whether the product exists but is not on sale, rather than no product having the code. */
    public boolean isOffSale() {
        return offSale;
    }

    public String productCode() {
        return productCode;
    }
}
