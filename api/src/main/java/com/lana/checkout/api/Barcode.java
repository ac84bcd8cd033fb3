package com.lana.checkout.api;

import java.util.Optional;

/**
 * The barcodes a scanner reads off retail goods: EAN-13, EAN-8 and UPC-A. A UPC-A code is the
 * EAN-13 code with a leading 0 ({@code 036000291452} is {@code 0036000291452}), so it is kept in
 * that form and a product found by either. Every form ends in a check digit over the others
 * (weights 3 and 1 alternating from the right), which catches any one digit misread and most
 * swapped neighbours: a code whose check digit is wrong was misread and is never looked up.
 *
 * <p>Codes starting with 2 (EAN-13 prefixes 20-29) are for use inside a shop, e.g. the price
 * labels of a scale; see {@link PriceBarcode}.
 */
public final class Barcode {

    private Barcode() {
    }

    /** Whether the text is all digits of a barcode's length (8, 12 or 13): it is read as a barcode. */
    public static boolean looksLikeBarcode(String text) {
        if (text == null) {
            return false;
        }
        int length = text.length();
        if (length != 8 && length != 12 && length != 13) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The canonical form of a barcode: EAN-13 (a UPC-A with its leading 0) or EAN-8, check digit verified.
     *
     * @throws IllegalArgumentException when the text is not 8, 12 or 13 digits, or its check digit is
     *     wrong; the message names the text and, for a wrong check digit, the one expected
     */
    public static String canonical(String text) {
        if (!looksLikeBarcode(text)) {
            throw new IllegalArgumentException("'" + Texts.abbreviate(text)
                    + "' is not a barcode: EAN-13, UPC-A or EAN-8 are 13, 12 or 8 digits");
        }
        String code = text.length() == 12 ? "0" + text : text;
        char expected = checkDigit(code.substring(0, code.length() - 1));
        if (code.charAt(code.length() - 1) != expected) {
            throw new IllegalArgumentException("Barcode " + text + " has a wrong check digit (expected "
                    + expected + " after " + text.substring(0, text.length() - 1) + ")");
        }
        return code;
    }

    /** The canonical form when the text is a barcode with a right check digit; empty otherwise. */
    public static Optional<String> parse(String text) {
        try {
            return Optional.of(canonical(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the text has a barcode's shape but a wrong check digit: a misread scan. */
    public static boolean isMisread(String text) {
        return looksLikeBarcode(text) && parse(text).isEmpty();
    }

    /**
     * The check digit of a code's other digits (7 for EAN-8, 11 for UPC-A, 12 for EAN-13): weights 3
     * and 1 alternate from the rightmost digit, and the check digit brings the sum to a multiple of 10.
     */
    public static char checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("'" + Texts.abbreviate(digits) + "' is not all digits");
            }
            sum += digit * (i % 2 == 0 ? 3 : 1);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
