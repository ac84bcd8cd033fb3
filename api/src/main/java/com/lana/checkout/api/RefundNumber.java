package com.lana.checkout.api;

import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of a refund, printed on its receipt as {@code R-000001}. Refunds have a series of their
 * own, given in order without gaps by the store, like {@link SaleNumber}s. Immutable.
 *
 * @param value 1 for the first refund
 */
public record RefundNumber(long value) implements Comparable<RefundNumber>, Serializable {

    private static final Pattern FORM = Pattern.compile("(?i)R-?(\\d{1,18})");

    public RefundNumber {
        if (value < 1) {
            throw new IllegalArgumentException("Refund numbers start at 1, was " + value);
        }
    }

    /**
     * Reads {@code R-000001} (also {@code r-1}, {@code R1} or just {@code 1}).
     *
     * @throws IllegalArgumentException naming the text when it is not a refund number
     */
    public static RefundNumber parse(CharSequence text) {
        String s = text == null ? "" : text.toString().strip();
        Matcher matcher = FORM.matcher(s);
        try {
            if (matcher.matches()) {
                return new RefundNumber(Long.parseLong(matcher.group(1)));
            }
            if (s.matches("\\d{1,18}")) {
                return new RefundNumber(Long.parseLong(s));
            }
        } catch (IllegalArgumentException e) {
            // zero: said below like any other bad text
        }
        throw new IllegalArgumentException("Not a refund number: '" + Texts.abbreviate(String.valueOf(text))
                + "' (expected something like R-000001)");
    }

    /** The next number. */
    public RefundNumber next() {
        return new RefundNumber(Math.addExact(value, 1));
    }

    @Override
    public int compareTo(RefundNumber other) {
        return Long.compare(value, other.value);
    }

    /** {@code R-000001}: at least six digits. */
    @Override
    public String toString() {
        return String.format("R-%06d", value);
    }
}
