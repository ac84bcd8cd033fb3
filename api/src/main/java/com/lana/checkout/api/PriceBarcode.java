package com.lana.checkout.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule for in-store barcodes that carry a price, as a shop's label scale prints them on weighed
 * goods: EAN-13 codes starting with {@code prefix} (whose first two digits are 20-29) are {@code
 * productCode}, at the price their last {@code priceDigits} digits before the check digit give in
 * cents. With prefix {@code 2112345} and 5 price digits, {@code 2112345003490} is that product at
 * 3.49€. The digits between the prefix and the price (a price check digit, on some scales) are not read.
 *
 * @param prefix 2 to 7 digits, the first two 20-29
 * @param productCode the product the labels are for
 * @param priceDigits how many digits carry the price, 3 to 6 (at most 9,999.99€)
 */
public record PriceBarcode(String prefix, String productCode, int priceDigits) implements Serializable {

    public PriceBarcode {
        Objects.requireNonNull(prefix, "prefix");
        ProductCode.requireCanonical(productCode);
        if (!prefix.matches("2\\d{1,6}")) {
            throw new IllegalArgumentException("Price barcode prefix '" + Texts.abbreviate(prefix)
                    + "' must be 2-7 digits starting with 20-29 (in-store codes)");
        }
        if (priceDigits < 3 || priceDigits > 6) {
            throw new IllegalArgumentException("Price barcode " + prefix + ": priceDigits must be 3-6, was " + priceDigits);
        }
        if (prefix.length() + priceDigits > 12) {
            throw new IllegalArgumentException("Price barcode " + prefix + ": a " + prefix.length()
                    + "-digit prefix leaves room for at most " + (12 - prefix.length()) + " price digits, not " + priceDigits);
        }
    }

    /** Whether a canonical EAN-13 code is one of this rule's labels. */
    public boolean matches(String ean13) {
        return ean13.length() == 13 && ean13.startsWith(prefix);
    }

    /**
     * The price a label of this rule carries.
     *
     * @param ean13 a canonical EAN-13 code this rule {@linkplain #matches matches}
     * @return the price, or empty when the label says 0.00€
     */
    public Optional<Money> price(String ean13) {
        if (!matches(ean13)) {
            throw new IllegalArgumentException(ean13 + " is not a label of price barcode " + prefix);
        }
        long cents = Long.parseLong(ean13.substring(12 - priceDigits, 12));
        return cents == 0 ? Optional.empty() : Optional.of(Money.ofMinor(cents));
    }
}
