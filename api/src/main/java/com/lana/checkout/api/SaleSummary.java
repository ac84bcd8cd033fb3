package com.lana.checkout.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One line of the day's journal: a sale without its lines. Immutable.
 *
 * @param kinds the kinds of payment used, in the order taken (a split sale has several)
 */
public record SaleSummary(SaleNumber number, LocalDateTime time, long units, Money total, List<Payment.Kind> kinds,
                          Money change) implements Serializable {

    public SaleSummary {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(total, "total");
        kinds = List.copyOf(kinds);
        Objects.requireNonNull(change, "change");
    }

    /** The summary of a sale. */
    public static SaleSummary of(Sale sale) {
        return new SaleSummary(sale.number(), sale.time(), sale.receipt().units(), sale.total(),
                sale.payments().stream().map(Payment::kind).toList(), sale.change());
    }
}
