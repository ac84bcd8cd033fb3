package com.lana.checkout.client.sale;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.ProductCode;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the clerk typed into the scan field: {@code PEN}, {@code pen}, or {@code 3*PEN} for three.
 * The code is checked for form here (trimmed, upper-cased, allowed characters, via {@link ProductCode});
 * the server decides whether such a product exists.
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
     * @throws InvalidScanException when the text is blank or the quantity is out of range
     */
    static ScanInput parse(String text) throws InvalidScanException {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            throw new InvalidScanException("Type or scan a product code, then press Enter");
        }
        Matcher reversed = QUANTITY_LAST.matcher(input);
        if (reversed.matches() && !reversed.group(1).matches("[-+]?\\d+")) {
            throw new InvalidScanException("'" + input + "' is not a scan: did you mean " + reversed.group(2) + "*"
                    + reversed.group(1).toUpperCase(Locale.ROOT) + "? The quantity comes first");
        }
        Matcher matcher = SCAN.matcher(input);
        if (!matcher.matches()) {
            throw new InvalidScanException("'" + input + "' is not a product code (use CODE or 3*CODE)");
        }
        int quantity = matcher.group(1) == null ? 1 : checkedQuantity(matcher.group(1));
        try {
            return new ScanInput(quantity, ProductCode.normalize(matcher.group(2)));
        } catch (InvalidRequestException e) {
            throw new InvalidScanException(e.getMessage());
        }
    }

    /**
     * Reads the scan field's text and checks the code against the catalog, when there is one yet.
     *
     * @throws InvalidScanException as {@link #parse(String)}, and for a code the catalog does not have
     */
    static ScanInput parse(String text, Catalog catalog) throws InvalidScanException {
        ScanInput input = parse(text);
        if (catalog != null && catalog.product(input.code()).isEmpty()) {
            throw new InvalidScanException("Unknown product '" + input.code() + "': check the code and scan again");
        }
        return input;
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
