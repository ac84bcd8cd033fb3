package com.lana.checkout.api.shift;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * The number of a Z report, printed as {@code Z T01-000001}: each till has its own series, given in
 * order without gaps by the store as the till's shifts close. Immutable.
 *
 * @param till the till's id
 * @param value 1 for the till's first Z report
 */
public record ZNumber(String till, long value) implements Comparable<ZNumber>, Serializable {

    private static final Comparator<ZNumber> ORDER =
            Comparator.comparing(ZNumber::till).thenComparingLong(ZNumber::value);

    public ZNumber {
        TillId.require(till);
        if (value < 1) {
            throw new IllegalArgumentException("Z numbers start at 1, was " + value + " on till " + till);
        }
    }

    /** The till's next Z number. */
    public ZNumber next() {
        return new ZNumber(till, Math.addExact(value, 1));
    }

    /** By till, then number. */
    @Override
    public int compareTo(ZNumber other) {
        return ORDER.compare(this, Objects.requireNonNull(other, "other"));
    }

    /** {@code Z T01-000001}: at least six digits. */
    @Override
    public String toString() {
        return String.format("Z %s-%06d", till, value);
    }
}
