package com.lana.checkout.server.security;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.staff.Role;

import java.util.Objects;

/**
 * Which actions at a till need a manager's approval, for whom: a pure rule, knowing nothing of
 * sessions, stores or the wire. A manager needs none. A clerk needs one to cancel a sale that has
 * items, to refund (a card sale paid back in cash too), to take cash out and to open the drawer
 * without a sale, and to void units worth more than {@link #voidApprovalAbove()} or close a shift
 * whose difference, over or short, is more than {@link #shiftApprovalAbove()}. Immutable.
 *
 * @param voidApprovalAbove a clerk voids units worth up to this much without an approval; not negative
 * @param shiftApprovalAbove a clerk closes a shift this far off, over or short, without an approval; not negative
 */
public record Permissions(Money voidApprovalAbove, Money shiftApprovalAbove) {

    /** The default limits: 20.00€ for a void, 5.00€ for a shift's difference. */
    public static final Permissions DEFAULT = new Permissions(Money.ofMinor(2000), Money.ofMinor(500));

    public Permissions {
        Objects.requireNonNull(voidApprovalAbove, "voidApprovalAbove");
        Objects.requireNonNull(shiftApprovalAbove, "shiftApprovalAbove");
        if (voidApprovalAbove.isNegative()) {
            throw new IllegalArgumentException("The void approval limit must not be negative, was " + voidApprovalAbove);
        }
        if (shiftApprovalAbove.isNegative()) {
            throw new IllegalArgumentException("The shift approval limit must not be negative, was "
                    + shiftApprovalAbove);
        }
    }

    /** An action a clerk may need a manager's approval for. */
    public enum Guarded {
        /** Cancel a sale that has items. */
        CANCEL_SALE,
        /** Void units of a line; the amount is what the units voided are worth. */
        VOID_LINE,
        REFUND,
        /** Refund a sale paid (partly) by card in cash. */
        REFUND_CARD_IN_CASH,
        CASH_OUT,
        /** Open the drawer without a sale. */
        OPEN_DRAWER,
        /** Close a shift; the amount is the difference, counted less expected. */
        CLOSE_SHIFT
    }

    /**
     * Whether {@code role} needs a manager's approval for {@code action} concerning {@code amount}
     * (what the voided units are worth, or a shift's difference; ignored by the other actions).
     */
    public boolean needsApproval(Role role, Guarded action, Money amount) {
        Objects.requireNonNull(action, "action");
        if (Objects.requireNonNull(role, "role") == Role.MANAGER) {
            return false;
        }
        return switch (action) {
            case CANCEL_SALE, REFUND, REFUND_CARD_IN_CASH, CASH_OUT, OPEN_DRAWER -> true;
            case VOID_LINE -> amount.compareTo(voidApprovalAbove) > 0;
            case CLOSE_SHIFT -> (amount.isNegative() ? amount.negate() : amount).compareTo(shiftApprovalAbove) > 0;
        };
    }
}
