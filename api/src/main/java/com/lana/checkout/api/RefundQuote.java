package com.lana.checkout.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a refund would pay back, and how, if it were made now: what a clerk shows the customer before
 * confirming. Nothing is recorded; the refund itself is worked out again when it is made, so it
 * differs only if another refund of the same sale is made in between. Immutable.
 *
 * @param sale the sale the items come from
 * @param items what would come back, in the order of the sale's receipt
 * @param amount what would be paid back; zero or more
 * @param vat per rate, what the refund would take back
 * @param paidBack how it would be paid back: card refunds first, then cash; empty when nothing is
 */
public record RefundQuote(SaleNumber sale, List<Refund.Item> items, Money amount, List<VatAmount> vat,
                          List<Payment> paidBack) implements Serializable {

    public RefundQuote {
        Objects.requireNonNull(sale, "sale");
        items = List.copyOf(items);
        Objects.requireNonNull(amount, "amount");
        vat = List.copyOf(vat);
        paidBack = List.copyOf(paidBack);
    }

    /** The refund this quote is, recorded as {@code number} at {@code time}, for the receipt of {@code shop}. */
    public Refund recorded(RefundNumber number, LocalDateTime time, Shop shop) {
        return new Refund(number, sale, time, items, amount, vat, paidBack, shop);
    }

    /** Why nothing would be paid back, when nothing would; empty otherwise. See {@link Refund#explanation()}. */
    public String explanation() {
        return amount.isZero() ? Refund.NOTHING_TO_PAY_BACK : "";
    }

    /** {@code 7.50€ back: Cash 7.50€}, or the explanation when nothing would be paid back. */
    @Override
    public String toString() {
        return amount.isZero() ? explanation() : amount + " back: " + String.join(", ",
                paidBack.stream().map(Payment::toString).toList());
    }
}
