package com.lana.checkout.api;

import com.lana.checkout.api.print.ReceiptText;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A day's takings, for closing time: how many sales, what they came to before and after promotions,
 * what was paid by card and in cash, the refunds made that day and how they were paid back, the VAT
 * per rate net of refunds, and the cash the drawer should hold. Whole cents throughout; {@link #of}
 * computes it from the day's sales and refunds. Immutable.
 *
 * <p>A refund counts on the day it was made, whichever day its sale was.
 *
 * @param sales how many sales were completed
 * @param gross the lines' amounts before promotions
 * @param savings what the promotions took off
 * @param net what the customers paid: gross less savings
 * @param card charged to cards
 * @param cashTaken cash handed over by customers, before change
 * @param changeGiven cash given back as change
 * @param first the day's first sale, or null when there was none
 * @param last the day's last sale, or null when there was none
 * @param refunds how many refunds were made
 * @param refunded what they paid back
 * @param cardRefunded what they paid back to cards
 * @param cashRefunded what they paid back in cash, from the drawer
 * @param vat per rate, the VAT of the day's sales less the VAT the day's refunds took back, lowest
 *     rate first
 */
public record DayReport(LocalDate day, int sales, Money gross, Money savings, Money net, Money card, Money cashTaken,
                        Money changeGiven, SaleNumber first, SaleNumber last, int refunds, Money refunded,
                        Money cardRefunded, Money cashRefunded, List<VatAmount> vat) implements Serializable {

    public DayReport {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(savings, "savings");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(cashTaken, "cashTaken");
        Objects.requireNonNull(changeGiven, "changeGiven");
        Objects.requireNonNull(refunded, "refunded");
        Objects.requireNonNull(cardRefunded, "cardRefunded");
        Objects.requireNonNull(cashRefunded, "cashRefunded");
        vat = List.copyOf(vat);
        if ((first == null) != (sales == 0) || (last == null) != (sales == 0)) {
            throw new IllegalArgumentException("First and last sale are given exactly when there are sales");
        }
        if (!cardRefunded.plus(cashRefunded).equals(refunded)) {
            throw new IllegalArgumentException("Refunds of " + refunded + " were paid back as " + cardRefunded
                    + " to cards and " + cashRefunded + " in cash");
        }
    }

    /** The report of a day without sales or refunds. */
    public static DayReport empty(LocalDate day) {
        return of(day, List.of(), List.of());
    }

    /** The report of {@code day} from that day's sales, in any order, when no refund was made. */
    public static DayReport of(LocalDate day, List<Sale> sales) {
        return of(day, sales, List.of());
    }

    /** The report of {@code day} from that day's sales and refunds, in any order. */
    public static DayReport of(LocalDate day, List<Sale> sales, List<Refund> refunds) {
        Money gross = Money.ZERO;
        Money savings = Money.ZERO;
        Money card = Money.ZERO;
        Money cash = Money.ZERO;
        Money change = Money.ZERO;
        SaleNumber first = null;
        SaleNumber last = null;
        List<List<VatAmount>> vat = new ArrayList<>();
        for (Sale sale : sales) {
            gross = gross.plus(sale.receipt().subtotal());
            savings = savings.plus(sale.receipt().savings());
            change = change.plus(sale.change());
            for (Payment payment : sale.payments()) {
                switch (payment.kind()) {
                    case CASH -> cash = cash.plus(payment.amount());
                    case CARD -> card = card.plus(payment.amount());
                }
            }
            first = first == null || sale.number().compareTo(first) < 0 ? sale.number() : first;
            last = last == null || sale.number().compareTo(last) > 0 ? sale.number() : last;
            vat.add(sale.vat());
        }
        Money cardRefunded = Money.ZERO;
        Money cashRefunded = Money.ZERO;
        for (Refund refund : refunds) {
            cardRefunded = cardRefunded.plus(refund.card());
            cashRefunded = cashRefunded.plus(refund.cash());
            vat.add(refund.vat().stream().map(VatAmount::negate).toList());
        }
        return new DayReport(day, sales.size(), gross, savings, gross.minus(savings), card, cash, change, first, last,
                refunds.size(), cardRefunded.plus(cashRefunded), cardRefunded, cashRefunded, VatAmount.sum(vat));
    }

    /** What the day took: what the customers paid less what refunds paid back. */
    public Money takings() {
        return net.minus(refunded);
    }

    /** The cash the drawer should hold from the day: cash taken less change given less cash refunded. */
    public Money cashInDrawer() {
        return cashTaken.minus(changeGiven).minus(cashRefunded);
    }

    public Optional<SaleNumber> firstSale() {
        return Optional.ofNullable(first);
    }

    public Optional<SaleNumber> lastSale() {
        return Optional.ofNullable(last);
    }

    /** The report as the till's printer prints it at closing time: {@value Sale#RECEIPT_WIDTH} columns. */
    @Override
    public String toString() {
        ReceiptText out = new ReceiptText().line("Day report " + day);
        out.row("Sales", sales == 0 ? "0" : sales + " (" + first + " to " + last + ")");
        out.row("Gross", gross.toString());
        out.row("Promotions", savings.negate().toString());
        out.row("Net", net.toString());
        out.row("Refunds", Integer.toString(refunds));
        out.row("Refunded", refunded.negate().toString());
        out.row("Takings", takings().toString());
        out.rule();
        out.row("Card", card.toString());
        out.row("Card refunded", cardRefunded.negate().toString());
        out.row("Cash taken", cashTaken.toString());
        out.row("Change given", changeGiven.negate().toString());
        out.row("Cash refunded", cashRefunded.negate().toString());
        out.row("Cash in drawer", cashInDrawer().toString());
        out.rule();
        return out.vat(vat, 1).toString();
    }
}
