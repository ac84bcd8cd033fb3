package com.lana.checkout.api.shift;

import com.lana.checkout.api.Money;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A till's shift: opened by a clerk with a counted float in the drawer, open until it is closed with
 * a count of the drawer, which gives it its Z report. Immutable: closing answers a new value.
 *
 * @param number the till and the shift's number on it
 * @param openedBy who opened it, or null where no clerk signs in
 * @param openedAt when it was opened, in the shop's local time
 * @param openingFloat the cash counted into the drawer at the start; zero or more
 * @param closedAt when it was closed, or null while it is open
 * @param closedBy who closed it, or null while it is open or where no clerk signs in
 */
public record Shift(ShiftNumber number, String openedBy, LocalDateTime openedAt, Money openingFloat,
                    LocalDateTime closedAt, String closedBy) implements Serializable {

    public Shift {
        Objects.requireNonNull(number, "number");
        if (openedBy != null) {
            TillId.requireName(openedBy, "clerk who opened shift " + number);
        }
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(openingFloat, "openingFloat");
        if (openingFloat.isNegative()) {
            throw new IllegalArgumentException("Shift " + number + " cannot open with a negative float, was "
                    + openingFloat);
        }
        if (closedBy != null) {
            TillId.requireName(closedBy, "clerk who closed shift " + number);
            Objects.requireNonNull(closedAt, "closedAt of a shift closed by " + closedBy);
        }
        if (closedAt != null && closedAt.isBefore(openedAt)) {
            throw new IllegalArgumentException("Shift " + number + " cannot close at " + closedAt
                    + ", before it opened at " + openedAt);
        }
    }

    /** A shift opened now, not yet closed. */
    public static Shift opened(ShiftNumber number, String openedBy, LocalDateTime openedAt, Money openingFloat) {
        return new Shift(number, openedBy, openedAt, openingFloat, null, null);
    }

    /** The till the shift is on. */
    public String till() {
        return number.till();
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    /** When it was closed, empty while it is open. */
    public Optional<LocalDateTime> closed() {
        return Optional.ofNullable(closedAt);
    }

    /**
     * This shift closed at {@code time} by {@code clerk} (null where no clerk signs in).
     *
     * @throws IllegalStateException when it is closed already
     */
    public Shift close(LocalDateTime time, String clerk) {
        if (!isOpen()) {
            throw new IllegalStateException("Shift " + number + " was closed at " + closedAt);
        }
        return new Shift(number, openedBy, openedAt, openingFloat, Objects.requireNonNull(time, "time"), clerk);
    }

    @Override
    public String toString() {
        return "Shift " + number + " opened " + openedAt + (openedBy == null ? "" : " by " + openedBy)
                + " with " + openingFloat + (isOpen() ? ", open"
                : ", closed " + closedAt + (closedBy == null ? "" : " by " + closedBy));
    }
}
