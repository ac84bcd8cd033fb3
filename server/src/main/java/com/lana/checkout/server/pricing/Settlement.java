package com.lana.checkout.server.pricing;

import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.PaymentRefusedException;
import com.lana.checkout.api.PaymentRefusedException.Reason;

import java.util.List;
import java.util.Objects;

/**
 * How a sale's total is settled by its payments, and the change due: a pure function of the total
 * and the payments, in whole cents, that knows nothing of baskets, locks or storage.
 *
 * <p>The rules, checked in this order:
 * <ol>
 *   <li>A total of 0.00€ (an empty basket) has nothing to pay: {@link Reason#NOTHING_TO_PAY}.</li>
 *   <li>At least one payment: {@link Reason#NO_PAYMENT}, by the whole total.</li>
 *   <li>Payments count in the order they were taken. A card pays at most what is still due when it
 *       comes: {@link Reason#CARD_OVERPAYS}, by the excess. So cards never produce change.</li>
 *   <li>Together they pay at least the total: {@link Reason#SHORT}, by what is still due.</li>
 *   <li>Cash may pay more; the change is what was paid less the total, and it is never more than the
 *       cash tendered, since cards pay at most the total between them.</li>
 * </ol>
 *
 * @param total what the sale costs
 * @param payments the payments, as taken
 * @param change what is given back, in cash
 */
public record Settlement(Money total, List<Payment> payments, Money change) {

    public Settlement {
        Objects.requireNonNull(total, "total");
        payments = List.copyOf(payments);
        Objects.requireNonNull(change, "change");
    }

    /**
     * Settles {@code total} with {@code payments}.
     *
     * @throws PaymentRefusedException saying which rule the payments break and by how much
     * @throws InvalidRequestException when the list or one of its payments is missing, or the amounts
     *     add up to more than can be counted
     */
    public static Settlement of(Money total, List<Payment> payments)
            throws PaymentRefusedException, InvalidRequestException {
        Objects.requireNonNull(total, "total");
        if (payments == null) {
            throw new InvalidRequestException("Payments are missing");
        }
        for (int i = 0; i < payments.size(); i++) {
            if (payments.get(i) == null) {
                throw new InvalidRequestException("Payment " + (i + 1) + " of " + payments.size() + " is missing");
            }
        }
        if (total.isNegative() || total.isZero()) {
            throw new PaymentRefusedException(Reason.NOTHING_TO_PAY, Money.ZERO,
                    "The basket is empty: there is nothing to pay (total " + total + ")");
        }
        if (payments.isEmpty()) {
            throw new PaymentRefusedException(Reason.NO_PAYMENT, total,
                    "No payment was taken for the total of " + total + "; take cash or card");
        }
        try {
            Money due = total;
            Money paid = Money.ZERO;
            for (int i = 0; i < payments.size(); i++) {
                Payment payment = payments.get(i);
                if (payment instanceof Payment.Card card && card.amount().compareTo(due) > 0) {
                    Money excess = card.amount().minus(due);
                    throw new PaymentRefusedException(Reason.CARD_OVERPAYS, excess,
                            "Card payment " + (i + 1) + " of " + card.amount() + " is " + excess
                                    + " more than the " + due + " still due; a card pays at most what is due, "
                                    + "change is given from cash");
                }
                paid = paid.plus(payment.amount());
                due = max(Money.ZERO, due.minus(payment.amount()));
            }
            if (paid.compareTo(total) < 0) {
                throw new PaymentRefusedException(Reason.SHORT, due,
                        "The payments come to " + paid + ", " + due + " short of the total of " + total);
            }
            return new Settlement(total, payments, paid.minus(total));
        } catch (ArithmeticException e) {
            throw new InvalidRequestException("The payments add up to more than can be counted");
        }
    }

    /** Everything handed over or charged, change included. */
    public Money paid() {
        return total.plus(change);
    }

    private static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
