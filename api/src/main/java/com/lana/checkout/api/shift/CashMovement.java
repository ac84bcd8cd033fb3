package com.lana.checkout.api.shift;

import com.lana.checkout.api.Money;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Cash put into the drawer or taken out of it during a shift, not for a sale: change brought from the
 * safe, a supplier paid from the till. Immutable.
 *
 * @param kind in or out
 * @param amount how much; more than zero
 * @param reason why, in a few words (1 to {@value #REASON_LENGTH} characters)
 * @param time when, in the shop's local time
 * @param clerk who moved it, or null where no clerk signs in
 */
public record CashMovement(Kind kind, Money amount, String reason, LocalDateTime time, String clerk)
        implements Serializable {

    /** The longest reason. */
    public static final int REASON_LENGTH = 200;

    /** Into the drawer or out of it. */
    public enum Kind { IN, OUT }

    public CashMovement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("Cash " + kind.name().toLowerCase() + " must be more than 0.00€, was "
                    + amount);
        }
        TillId.requireText(reason, "reason for cash " + kind.name().toLowerCase(), REASON_LENGTH);
        Objects.requireNonNull(time, "time");
        if (clerk != null) {
            TillId.requireName(clerk, "clerk");
        }
    }

    /** The amount as it changes the drawer: negative for cash out. */
    public Money signed() {
        return kind == Kind.IN ? amount : amount.negate();
    }

    @Override
    public String toString() {
        return "Cash " + kind.name().toLowerCase() + " " + amount + " at " + time + (clerk == null ? "" : " by " + clerk)
                + ": " + reason;
    }
}
