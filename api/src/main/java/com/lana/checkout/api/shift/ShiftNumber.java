package com.lana.checkout.api.shift;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * A shift of one till, numbered 1, 2, 3... per till as the store opens them: {@code T01-3} is till
 * T01's third shift. Immutable.
 *
 * @param till the till's id
 * @param value 1 for the till's first shift
 */
public record ShiftNumber(String till, long value) implements Comparable<ShiftNumber>, Serializable {

    private static final Comparator<ShiftNumber> ORDER =
            Comparator.comparing(ShiftNumber::till).thenComparingLong(ShiftNumber::value);

    public ShiftNumber {
        TillId.require(till);
        if (value < 1) {
            throw new IllegalArgumentException("Shift numbers start at 1, was " + value + " on till " + till);
        }
    }

    /** The till's next shift. */
    public ShiftNumber next() {
        return new ShiftNumber(till, Math.addExact(value, 1));
    }

    /** By till, then number. */
    @Override
    public int compareTo(ShiftNumber other) {
        return ORDER.compare(this, Objects.requireNonNull(other, "other"));
    }

    /** {@code T01-3}. */
    @Override
    public String toString() {
        return till + "-" + value;
    }
}
