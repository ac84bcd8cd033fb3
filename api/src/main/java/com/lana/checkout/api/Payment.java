package com.lana.checkout.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * How the customer pays a sale, or part of it. A sale may be split over several payments. Cards pay
 * at most what is still due when they come; cash may pay more, and the difference is the change,
 * always given in cash. Immutable.
 */
public sealed interface Payment extends Serializable permits Payment.Cash, Payment.Card {

    /** The longest card reference kept (an authorisation code, the last digits of the card). */
    int MAX_REFERENCE_LENGTH = 64;

    /** The kinds of payment, for reports. */
    enum Kind { CASH, CARD }

    /**
     * Cash handed over by the customer: {@code tendered} may be more than is due. Typed as a
     * {@code Payment} so that {@code List.of(Payment.card(…), Payment.cash(…))} is a {@code List<Payment>}.
     */
    static Payment cash(Money tendered) {
        return new Cash(tendered);
    }

    /** A card payment of {@code amount}, with the terminal's reference (may be empty). */
    static Payment card(Money amount, String reference) {
        return new Card(amount, reference);
    }

    /** What the customer handed over or was charged. */
    Money amount();

    Kind kind();

    /** @param tendered what the customer handed over; positive */
    record Cash(Money tendered) implements Payment {
        public Cash {
            requirePositive(tendered, "Cash tendered");
        }

        @Override
        public Money amount() {
            return tendered;
        }

        @Override
        public Kind kind() {
            return Kind.CASH;
        }

        @Override
        public String toString() {
            return "Cash " + tendered;
        }
    }

    /**
     * @param amount what the card was charged; positive
     * @param reference the terminal's reference, trimmed; empty when there is none
     */
    record Card(Money amount, String reference) implements Payment {
        public Card {
            requirePositive(amount, "Card amount");
            reference = reference == null ? "" : reference.strip();
            if (reference.length() > MAX_REFERENCE_LENGTH) {
                throw new IllegalArgumentException("Card reference is longer than " + MAX_REFERENCE_LENGTH
                        + " characters: '" + Texts.abbreviate(reference) + "'");
            }
        }

        @Override
        public Kind kind() {
            return Kind.CARD;
        }

        @Override
        public String toString() {
            return "Card " + amount + (reference.isEmpty() ? "" : " (" + reference + ")");
        }
    }

    private static void requirePositive(Money amount, String what) {
        Objects.requireNonNull(amount, what);
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException(what + " must be more than 0.00€, was " + amount);
        }
    }
}
