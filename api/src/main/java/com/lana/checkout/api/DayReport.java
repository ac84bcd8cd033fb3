package com.lana.checkout.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A day's takings, for closing time: how many sales, what they came to before and after promotions,
 * what was paid by card and in cash, and the cash the drawer should hold. Whole cents throughout;
 * {@link #of} computes it from the day's sales. Immutable.
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
 */
public record DayReport(LocalDate day, int sales, Money gross, Money savings, Money net, Money card, Money cashTaken,
                        Money changeGiven, SaleNumber first, SaleNumber last) implements Serializable {

    public DayReport {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(savings, "savings");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(cashTaken, "cashTaken");
        Objects.requireNonNull(changeGiven, "changeGiven");
        if ((first == null) != (sales == 0) || (last == null) != (sales == 0)) {
            throw new IllegalArgumentException("First and last sale are given exactly when there are sales");
        }
    }

    /** The report of {@code day} from that day's sales, in any order. */
    public static DayReport of(LocalDate day, List<Sale> sales) {
        Money gross = Money.ZERO;
        Money savings = Money.ZERO;
        Money card = Money.ZERO;
        Money cash = Money.ZERO;
        Money change = Money.ZERO;
        SaleNumber first = null;
        SaleNumber last = null;
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
        }
        return new DayReport(day, sales.size(), gross, savings, gross.minus(savings), card, cash, change, first, last);
    }

    /** The cash the drawer should hold from the day's sales: cash taken less change given. */
    public Money cashInDrawer() {
        return cashTaken.minus(changeGiven);
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
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append("Day report ").append(day).append(nl);
        row(out, "Sales", sales == 0 ? "0" : sales + " (" + first + " to " + last + ")");
        row(out, "Gross", gross.toString());
        row(out, "Promotions", savings.negate().toString());
        row(out, "Net", net.toString());
        row(out, "Card", card.toString());
        row(out, "Cash taken", cashTaken.toString());
        row(out, "Change given", changeGiven.negate().toString());
        out.append(String.format("%-17s %24s", "Cash in drawer", cashInDrawer()));
        return out.toString();
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append(String.format("%-17s %24s%n", label, value));
    }
}
