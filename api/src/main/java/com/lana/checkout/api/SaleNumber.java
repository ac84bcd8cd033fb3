package com.lana.checkout.api;

import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of a completed sale, printed on its receipt as {@code S-000042}. Numbers are given in
 * order without gaps by the store that keeps the sales, as tax rules ask of receipts. Immutable.
 *
 * @param value 1 for the first sale
 */
public record SaleNumber(long value) implements Comparable<SaleNumber>, Serializable {

    private static final Pattern FORM = Pattern.compile("(?i)S-?(\\d{1,18})");

    public SaleNumber {
        if (value < 1) {
            throw new IllegalArgumentException("Sale numbers start at 1, was " + value);
        }
    }

    /**
     * Reads {@code S-000042} (also {@code s-42}, {@code S42} or just {@code 42}).
     *
     * @throws IllegalArgumentException naming the text when it is not a sale number
     */
    public static SaleNumber parse(CharSequence text) {
        String s = text == null ? "" : text.toString().strip();
        Matcher matcher = FORM.matcher(s);
        try {
            if (matcher.matches()) {
                return new SaleNumber(Long.parseLong(matcher.group(1)));
            }
            if (s.matches("\\d{1,18}")) {
                return new SaleNumber(Long.parseLong(s));
            }
        } catch (IllegalArgumentException e) {
            // zero: said below like any other bad text
        }
        throw new IllegalArgumentException("Not a sale number: '" + Texts.abbreviate(String.valueOf(text))
                + "' (expected something like S-000042)");
    }

    /** The next number. */
    public SaleNumber next() {
        return new SaleNumber(Math.addExact(value, 1));
    }

    @Override
    public int compareTo(SaleNumber other) {
        return Long.compare(value, other.value);
    }

    /** {@code S-000042}: at least six digits. */
    @Override
    public String toString() {
        return String.format("S-%06d", value);
    }
}
