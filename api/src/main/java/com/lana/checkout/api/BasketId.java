package com.lana.checkout.api;

import java.io.Serial;
import java.io.Serializable;

/**
 * Names one basket. 128 random bits from {@link java.security.SecureRandom}, so ids cannot be
 * guessed: holding an id is what gives access to a basket. Immutable and thread-safe.
 * Its text form is 26 characters of Crockford base32, e.g. {@code 3J9QK7ZD0M4T8XW2R6V5C1N8BA}; its
 * {@linkplain #shortCode() short code} is the last six, {@code C1N-8BA}, which tills show as the sale's name.
 * It travels as {@link Ids.Wire}: a kind byte and its two longs.
 */
public record BasketId(long high, long low) implements Serializable {

    /** How many of the id's last characters its short code shows. */
    public static final int SHORT_CODE_LENGTH = 6;

    public static BasketId random() {
        long[] bits = Ids.random();
        return new BasketId(bits[0], bits[1]);
    }

    /**
     * Reads the text form, ignoring case, spaces and dashes.
     *
     * @throws IllegalArgumentException naming the text when it is not a basket id
     */
    public static BasketId parse(String text) {
        long[] bits = Ids.parse(text);
        if (bits == null) {
            throw new IllegalArgumentException("Not a basket id: '" + Texts.abbreviate(text)
                    + "' (expected " + Ids.TEXT_LENGTH + " letters and digits)");
        }
        return new BasketId(bits[0], bits[1]);
    }

    /**
     * The last {@value #SHORT_CODE_LENGTH} characters of the text form, in two groups of three for
     * reading aloud: {@code C1N-8BA}. Every terminal derives the same one from the id; {@link
     * CheckoutService#findBasket} finds the open basket it names.
     */
    public String shortCode() {
        String text = toString();
        int start = text.length() - SHORT_CODE_LENGTH;
        return text.substring(start, start + SHORT_CODE_LENGTH / 2) + "-" + text.substring(start + SHORT_CODE_LENGTH / 2);
    }

    /** Equal when both halves are; written out because every store lookup of a basket compares ids. */
    @Override
    public boolean equals(Object other) {
        return other instanceof BasketId id && id.high == high && id.low == low;
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(high) + Long.hashCode(low);
    }

    @Override
    public String toString() {
        return Ids.format(high, low);
    }

    @Serial
    private Object writeReplace() {
        return new Ids.Wire(Ids.Wire.BASKET, high, low);
    }
}
