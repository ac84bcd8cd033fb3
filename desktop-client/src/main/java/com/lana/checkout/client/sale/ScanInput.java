package com.lana.checkout.client.sale;

import com.lana.checkout.api.Barcode;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.MisreadBarcodeException;
import com.lana.checkout.api.ProductCode;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the clerk typed into the scan field: {@code PEN}, {@code pen}, or {@code 3*PEN} for three; or
 * what a barcode scanner typed: 8, 12 or 13 digits, {@code 3*8412345678905} for three. The code is
 * checked for form here (trimmed, upper-cased, allowed characters, via {@link ProductCode}) and a
 * barcode's check digit too, so a misread one is never sent; the server decides whether such a
 * product exists.
 */
public record ScanInput(int quantity, String code) {

    /** {@code [quantity *] code}, spaces allowed around the star. */
    private static final Pattern SCAN = Pattern.compile("(?:([-+]?\\d+)\\s*\\*\\s*)?(\\S+)");

    /** {@code code * quantity}: the quantity typed after the code, which the field does not take. */
    private static final Pattern QUANTITY_LAST = Pattern.compile("([^\\s*]+)\\s*\\*\\s*([-+]?\\d+)");

    /** A quantity alone, {@code 3} or {@code 3*}, typed before pressing a product button. */
    private static final Pattern QUANTITY_ONLY = Pattern.compile("([-+]?\\d+)\\s*\\*?");

    /** Thrown for input that cannot be a scan; its message is meant for the clerk. */
    public static final class InvalidScanException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidScanException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Reads the scan field's text.
     *
     * @throws InvalidScanException when the text is blank, the quantity is out of range, or a
     *     barcode's check digit is wrong (the scanner misread it)
     */
    static ScanInput parse(String text) throws InvalidScanException {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            throw new InvalidScanException("Type or scan a product code, then press Enter");
        }
        Matcher reversed = QUANTITY_LAST.matcher(input);
        if (reversed.matches() && (!reversed.group(1).matches("[-+]?\\d+")
                || Barcode.looksLikeBarcode(reversed.group(1)))) {   // 8412345678905*3: a barcode typed first
            throw new InvalidScanException("'" + input + "' is not a scan: did you mean " + reversed.group(2) + "*"
                    + reversed.group(1).toUpperCase(Locale.ROOT) + "? The quantity comes first");
        }
        Matcher matcher = SCAN.matcher(input);
        if (!matcher.matches()) {
            throw new InvalidScanException("'" + input + "' is not a product code (use CODE or 3*CODE)");
        }
        int quantity = matcher.group(1) == null ? 1 : checkedQuantity(matcher.group(1));
        String code;
        try {
            code = ProductCode.normalize(matcher.group(2));
        } catch (InvalidRequestException e) {
            throw new InvalidScanException(e.getMessage());
        }
        if (Barcode.isMisread(code)) {
            throw new InvalidScanException(new MisreadBarcodeException(code).getMessage());   // as the server says it
        }
        return new ScanInput(quantity, code);
    }

    /**
     * The quantity typed ahead of a product button press ({@code 3} or {@code 3*}), if the field holds
     * only that.
     */
    public static OptionalInt quantityPrefix(String text) throws InvalidScanException {
        Matcher matcher = QUANTITY_ONLY.matcher(text == null ? "" : text.strip());
        return matcher.matches() ? OptionalInt.of(checkedQuantity(matcher.group(1))) : OptionalInt.empty();
    }

    /** Any number of digits, with a sign: the message names what was typed, {@code -1} or {@code 99999999999}. */
    private static int checkedQuantity(String digits) throws InvalidScanException {
        long quantity;
        try {
            quantity = Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits);
        } catch (NumberFormatException e) {
            quantity = Long.MAX_VALUE;
        }
        if (quantity < 1 || quantity > CheckoutService.MAX_QUANTITY_PER_CALL) {
            throw new InvalidScanException("Quantity must be 1-" + CheckoutService.MAX_QUANTITY_PER_CALL
                    + ", was " + digits);
        }
        return (int) quantity;
    }
}
