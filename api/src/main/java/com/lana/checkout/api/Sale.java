package com.lana.checkout.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A completed sale: what was sold and at what price (its receipt, promotions included), how it was
 * paid and the change given. Immutable; the server keeps it for good once it has a number.
 *
 * @param number the sale's number, in order without gaps
 * @param time when it was completed, in the shop's local time
 * @param receipt the lines, promotion savings and total, as they were when the sale was completed
 * @param payments in the order the clerk took them
 * @param change the cash given back: what was paid less the total; never negative
 */
public record Sale(SaleNumber number, LocalDateTime time, Receipt receipt, List<Payment> payments, Money change)
        implements Serializable {

    public Sale {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(receipt, "receipt");
        payments = List.copyOf(payments);
        Objects.requireNonNull(change, "change");
        if (payments.isEmpty()) {
            throw new IllegalArgumentException("Sale " + number + " has no payment");
        }
        if (change.isNegative()) {
            throw new IllegalArgumentException("Sale " + number + " gives negative change " + change);
        }
    }

    /** What the customer pays: the receipt's total. */
    public Money total() {
        return receipt.total();
    }

    /** Everything handed over or charged, change included. */
    public Money paid() {
        return payments.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
    }
}
