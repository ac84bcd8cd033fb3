package com.lana.checkout.api;

import com.lana.checkout.api.print.ReceiptText;
import com.lana.checkout.api.shift.ShiftNumber;
import com.lana.checkout.api.shift.TillId;
import com.lana.checkout.api.shift.ZNumber;

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
 * <p>Where tills work in shifts, the report names each shift that was open on the day, with what it
 * took that day ({@link ShiftLine}); what no shift took (sales made at no till, as a store without
 * clerks makes them) is {@link #noShift()}, so the day's figures are the sum of its shifts' and that.
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
 * @param shifts the shifts open at some time of the day, by till, then number; empty where tills work
 *     without shifts. Together they take no more than the day's figures
 */
public record DayReport(LocalDate day, int sales, Money gross, Money savings, Money net, Money card, Money cashTaken,
                        Money changeGiven, SaleNumber first, SaleNumber last, int refunds, Money refunded,
                        Money cardRefunded, Money cashRefunded, List<VatAmount> vat, List<ShiftLine> shifts)
        implements Serializable {

    /**
     * What some of a day's sales and refunds came to: how many sales and what their customers paid
     * (after promotions), how many refunds and what they paid back. Immutable.
     */
    public record Figures(int sales, Money net, int refunds, Money refunded) implements Serializable {

        /** Nothing sold, nothing refunded. */
        public static final Figures NONE = new Figures(0, Money.ZERO, 0, Money.ZERO);

        public Figures {
            Objects.requireNonNull(net, "net");
            Objects.requireNonNull(refunded, "refunded");
            if (sales < 0 || refunds < 0 || net.isNegative() || refunded.isNegative()) {
                throw new IllegalArgumentException("Takings cannot be negative, were " + sales + " sales of " + net
                        + " and " + refunds + " refunds of " + refunded);
            }
        }

        /** The figures of {@code sales} and {@code refunds} together. */
        public static Figures of(List<Sale> sales, List<Refund> refunds) {
            Money net = sales.stream().map(Sale::total).reduce(Money.ZERO, Money::plus);
            Money refunded = refunds.stream().map(Refund::amount).reduce(Money.ZERO, Money::plus);
            return new Figures(sales.size(), net, refunds.size(), refunded);
        }

        /** These figures and {@code other}'s together. */
        public Figures plus(Figures other) {
            return new Figures(Math.addExact(sales, other.sales), net.plus(other.net),
                    Math.addExact(refunds, other.refunds), refunded.plus(other.refunded));
        }

        /** What was taken: net less refunded. */
        public Money takings() {
            return net.minus(refunded);
        }

        /** Whether anything was sold or refunded. */
        public boolean isEmpty() {
            return sales == 0 && refunds == 0;
        }
    }

    /**
     * One shift of a day's report: which it is, its Z report's number once it closed (null while it is
     * open), who opened it, and what it took on that day (a shift across midnight takes on two days).
     * Immutable.
     *
     * @param shift the till and the shift's number on it
     * @param z its Z report's number, or null while the shift is open
     * @param openedBy who opened it, or null where no clerk signed in
     * @param figures what it took on the report's day
     */
    public record ShiftLine(ShiftNumber shift, ZNumber z, String openedBy, Figures figures) implements Serializable {

        public ShiftLine {
            Objects.requireNonNull(shift, "shift");
            Objects.requireNonNull(figures, "figures");
            if (z != null && !z.till().equals(shift.till())) {
                throw new IllegalArgumentException("Shift " + shift + " cannot have Z report " + z + " of another till");
            }
            if (openedBy != null) {
                TillId.requireName(openedBy, "clerk who opened shift " + shift);
            }
        }

        /** The till the shift is on. */
        public String till() {
            return shift.till();
        }

        /** Whether the shift is still open: it has no Z report yet. */
        public boolean isOpen() {
            return z == null;
        }
    }

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
        shifts = List.copyOf(shifts);
        Figures ofShifts = sum(shifts);
        if (ofShifts.sales() > sales || ofShifts.net().compareTo(net) > 0 || ofShifts.refunds() > refunds
                || ofShifts.refunded().compareTo(refunded) > 0) {
            throw new IllegalArgumentException("The shifts of " + day + " took " + ofShifts + ", more than the day's "
                    + new Figures(sales, net, refunds, refunded));
        }
    }

    /** The report of a day whose tills work without shifts: none is named. */
    public DayReport(LocalDate day, int sales, Money gross, Money savings, Money net, Money card, Money cashTaken,
                     Money changeGiven, SaleNumber first, SaleNumber last, int refunds, Money refunded,
                     Money cardRefunded, Money cashRefunded, List<VatAmount> vat) {
        this(day, sales, gross, savings, net, card, cashTaken, changeGiven, first, last, refunds, refunded,
                cardRefunded, cashRefunded, vat, List.of());
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

    /** The same report, naming {@code shifts}, by till, then number, with what each took that day. */
    public DayReport withShifts(List<ShiftLine> shifts) {
        return new DayReport(day, sales, gross, savings, net, card, cashTaken, changeGiven, first, last, refunds,
                refunded, cardRefunded, cashRefunded, vat, shifts);
    }

    /** The day's sales and refunds, all shifts and none together. */
    public Figures figures() {
        return new Figures(sales, net, refunds, refunded);
    }

    /** What no shift of {@link #shifts()} took: the day's figures less theirs. */
    public Figures noShift() {
        Figures ofShifts = sum(shifts);
        return new Figures(sales - ofShifts.sales(), net.minus(ofShifts.net()), refunds - ofShifts.refunds(),
                refunded.minus(ofShifts.refunded()));
    }

    private static Figures sum(List<ShiftLine> shifts) {
        return shifts.stream().map(ShiftLine::figures).reduce(Figures.NONE, Figures::plus);
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

    /**
     * The report as the till's printer prints it at closing time: {@value Sale#RECEIPT_WIDTH} columns. A
     * day with shifts ends with a row per shift (its number, its Z number or "(open)", who opened it;
     * its sales, net and refunded that day) and one for what no shift took, when anything.
     */
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
        out.vat(vat, 1);
        if (!shifts.isEmpty()) {
            out.rule();
            out.item("", "Shifts", "", String.format("%5s%10s%10s", "Sales", "Net", "Refunded"));
            for (ShiftLine line : shifts) {
                String z = line.isOpen() ? " (open)" : " Z" + line.z().value();
                String by = line.openedBy() == null ? "" : " " + ReceiptText.printable(line.openedBy());
                shiftRow(out, line.shift() + z + by, line.figures());
            }
            if (!noShift().isEmpty()) {
                shiftRow(out, "No shift", noShift());
            }
        }
        return out.toString();
    }

    /** A row of the shifts block: the label, cut to fit, then sales, net and refunded in columns. */
    private static void shiftRow(ReceiptText out, String label, Figures figures) {
        out.item("", label, "", String.format("%5d%10s%10s", figures.sales(), figures.net(),
                figures.refunded().negate()));
    }
}
