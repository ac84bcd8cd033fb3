package com.lana.checkout.api;

/**
 * The end of a basket id's text form, as a clerk reads it off another till: its last 1 to 26
 * characters, such as a {@linkplain BasketId#shortCode() short code}. It matches every id whose
 * text ends so, which a store finds as a mask on the id's bits: each character is 5 bits, so up to
 * 12 characters are the low 60 bits of {@link BasketId#low()}, and more reach into {@link BasketId#high()}.
 * Immutable and thread-safe.
 */
public final class BasketIdSuffix {

    private final String digits;
    private final long highMask;
    private final long highBits;
    private final long lowMask;
    private final long lowBits;

    private BasketIdSuffix(String digits) {
        this.digits = digits;
        long[] value = Ids.valueOf(digits);
        int bits = 5 * digits.length();
        lowMask = bits < Long.SIZE ? (1L << bits) - 1 : -1L;
        highMask = bits <= Long.SIZE ? 0 : bits - Long.SIZE >= Long.SIZE ? -1L : (1L << (bits - Long.SIZE)) - 1;
        highBits = value[0] & highMask;
        lowBits = value[1] & lowMask;
    }

    /**
     * Reads the end of an id as typed, like {@link BasketId#parse}: case, spaces and dashes ignored,
     * {@code O} read as 0, {@code I} and {@code L} as 1.
     *
     * @throws IllegalArgumentException naming the text when it is missing, empty, too long, or not
     *     letters and digits of an id
     */
    public static BasketIdSuffix parse(String text) {
        if (text != null && text.length() > 64) {
            throw new IllegalArgumentException("Not the end of a basket id: '" + Texts.abbreviate(text)
                    + "' is too long (an id has " + Ids.TEXT_LENGTH + " characters)");
        }
        String digits = Ids.canonicalDigits(text);
        if (digits == null || digits.isEmpty()) {
            throw new IllegalArgumentException("Not the end of a basket id: '" + Texts.abbreviate(text)
                    + "' (expected 1 to " + Ids.TEXT_LENGTH + " of the letters and digits of its id, e.g. "
                    + "its short code 0XV-0KJ)");
        }
        if (digits.length() == Ids.TEXT_LENGTH && Ids.parse(digits) == null) {
            throw new IllegalArgumentException("Not a basket id: '" + Texts.abbreviate(text)
                    + "' (no id starts with " + digits.charAt(0) + ")");
        }
        return new BasketIdSuffix(digits);
    }

    /** The suffix of {@code id}'s text form that is {@code length} characters long (1 to 26). */
    public static BasketIdSuffix of(BasketId id, int length) {
        if (length < 1 || length > Ids.TEXT_LENGTH) {
            throw new IllegalArgumentException("A basket id's end is 1-" + Ids.TEXT_LENGTH + " characters, was " + length);
        }
        String text = id.toString();
        return new BasketIdSuffix(text.substring(text.length() - length));
    }

    /** Whether {@code id}'s text form ends with this suffix. */
    public boolean matches(BasketId id) {
        return (id.low() & lowMask) == lowBits && (id.high() & highMask) == highBits;
    }

    /** How many characters of the id it holds. */
    public int length() {
        return digits.length();
    }

    /** The bits of {@link BasketId#low()} the suffix fixes; at most the low 60 unless it is longer than 12 characters. */
    public long lowMask() {
        return lowMask;
    }

    /** What those bits of {@link BasketId#low()} are: {@code (id.low() & lowMask()) == lowBits()} for a match. */
    public long lowBits() {
        return lowBits;
    }

    /** The bits of {@link BasketId#high()} the suffix fixes: none unless it is longer than 12 characters. */
    public long highMask() {
        return highMask;
    }

    /** What those bits of {@link BasketId#high()} are. */
    public long highBits() {
        return highBits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BasketIdSuffix suffix && suffix.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** The characters, upper-case and without separators, e.g. {@code 0XV0KJ}. */
    @Override
    public String toString() {
        return digits;
    }
}
