package com.lana.checkout.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An amount of euros, held as a whole number of cents. Immutable and thread-safe.
 *
 * <p>Factories name their unit ({@link #ofMinor(long)} takes cents, {@link #ofMajor(long)} euros),
 * arithmetic throws {@link ArithmeticException} instead of overflowing, and the one operation that
 * can produce a fraction of a cent, {@link #percent(int, RoundingMode)}, takes a rounding mode.
 * {@link #toString()} is the form shown to people, {@code 32.50€}, and {@link #parse(CharSequence)}
 * reads it back.
 *
 * @param cents the amount in euro cents (minor units); negative amounts are allowed
 */
public record Money(long cents) implements Comparable<Money>, Serializable {

    public static final Money ZERO = new Money(0);

    /** At most 16 digits of euros: any amount a store can ring up, and no exponents or grouping. */
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,16}(\\.\\d{1,2})?");

    public static Money ofMinor(long cents) {
        return new Money(cents);
    }

    public static Money ofMajor(long euros) {
        return new Money(Math.multiplyExact(euros, 100L));
    }

    /**
     * Reads an amount such as {@code 32.50€}, {@code 32.50}, {@code 7.5} or {@code -5.00€}.
     *
     * @throws IllegalArgumentException naming the text when it is not an amount of euros
     */
    public static Money parse(CharSequence text) {
        if (text == null) {
            throw new IllegalArgumentException("Amount is missing (expected something like 32.50€)");
        }
        String s = text.toString().strip();
        if (s.endsWith("€")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (!AMOUNT.matcher(s).matches()) {
            throw new IllegalArgumentException(
                    "Not an amount of euros: '" + Texts.abbreviate(text.toString()) + "' (expected something like 32.50€)");
        }
        return new Money(new BigDecimal(s).movePointRight(2).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(cents, factor));
    }

    public Money negate() {
        return new Money(Math.negateExact(cents));
    }

    /**
     * {@code percent}% of this amount, rounded to the cent with the given mode.
     * Exact for any amount: the division happens on {@link BigDecimal}, never on doubles.
     */
    public Money percent(int percent, RoundingMode rounding) {
        BigDecimal exact = BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(percent)).movePointLeft(2);
        return new Money(exact.setScale(0, rounding).longValueExact());
    }

    public boolean isZero() {
        return cents == 0;
    }

    public boolean isNegative() {
        return cents < 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    /** The amount as people read it: {@code 32.50€}, {@code 0.00€}, {@code -5.00€}. */
    @Override
    public String toString() {
        return BigDecimal.valueOf(cents, 2).toPlainString() + "€";
    }
}
