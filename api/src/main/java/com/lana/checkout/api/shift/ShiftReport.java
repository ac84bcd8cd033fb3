package com.lana.checkout.api.shift;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.VatAmount;
import com.lana.checkout.api.print.ReceiptText;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a shift took, as an X report (at any time while it is open, changing nothing) or its Z report
 * (once, when it closes, numbered and kept for good): its sales per payment kind, its refunds, the
 * VAT per rate net of refunds, the cash put in and taken out, and the cash the drawer should hold;
 * a Z report adds the cash counted in the drawer and the difference. Whole cents throughout; the
 * server computes the figures from the shift's sales, refunds and cash movements. Immutable.
 *
 * @param kind X or Z
 * @param shift the shift: open for an X report, closed for a Z report
 * @param time when the report was made: for a Z report, when the shift closed
 * @param z the Z report's number; null for an X report
 * @param sales how many sales the shift completed
 * @param net what their customers paid, after promotions
 * @param card of it, charged to cards
 * @param cashTaken cash handed over by customers, before change
 * @param changeGiven cash given back as change
 * @param refunds how many refunds the shift made
 * @param cardRefunded what they paid back to cards
 * @param cashRefunded what they paid back in cash, from the drawer
 * @param vat per rate, the VAT of the shift's sales less what its refunds took back, lowest rate first
 * @param movements the cash put in and taken out, in time order
 * @param cashIn the cash put in, all movements together
 * @param cashOut the cash taken out, all movements together
 * @param expectedCash the cash the drawer should hold: the float, plus cash taken, less change and cash
 *     refunded, plus cash in, less cash out
 * @param counted the cash counted in the drawer at closing; null for an X report
 * @param difference counted less expected: positive over, negative short; null for an X report
 */
public record ShiftReport(Kind kind, Shift shift, LocalDateTime time, ZNumber z, int sales, Money net, Money card,
                          Money cashTaken, Money changeGiven, int refunds, Money cardRefunded, Money cashRefunded,
                          List<VatAmount> vat, List<CashMovement> movements, Money cashIn, Money cashOut,
                          Money expectedCash, Money counted, Money difference) implements Serializable {

    /** An X report reads a shift while it is open; a Z report closes it. */
    public enum Kind { X, Z }

    public ShiftReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(shift, "shift");
        Objects.requireNonNull(time, "time");
        vat = List.copyOf(vat);
        movements = List.copyOf(movements);
        for (Money amount : new Money[] {net, card, cashTaken, changeGiven, cardRefunded, cashRefunded, cashIn,
                cashOut, expectedCash}) {
            Objects.requireNonNull(amount, "an amount of the report of shift " + shift.number());
        }
        if (sales < 0 || refunds < 0) {
            throw new IllegalArgumentException("The report of shift " + shift.number() + " cannot count " + sales
                    + " sales and " + refunds + " refunds");
        }
        if (kind == Kind.Z) {
            Objects.requireNonNull(z, "z");
            Objects.requireNonNull(counted, "counted");
            Objects.requireNonNull(difference, "difference");
            if (shift.isOpen() || !time.equals(shift.closedAt())) {
                throw new IllegalArgumentException("Z report " + z + " is made when its shift " + shift.number()
                        + " closes, was " + time + " with the shift " + (shift.isOpen() ? "open" : "closed at "
                        + shift.closedAt()));
            }
            if (!z.till().equals(shift.till())) {
                throw new IllegalArgumentException("Z report " + z + " cannot be of shift " + shift.number()
                        + " of another till");
            }
            if (counted.isNegative()) {
                throw new IllegalArgumentException("Z report " + z + " counted a negative " + counted);
            }
        } else if (z != null || counted != null || difference != null) {
            throw new IllegalArgumentException("An X report has no Z number, count or difference, was given "
                    + z + ", " + counted + ", " + difference);
        } else if (!shift.isOpen()) {
            throw new IllegalArgumentException("An X report reads an open shift; shift " + shift.number()
                    + " closed at " + shift.closedAt());
        }
    }

    public boolean isZ() {
        return kind == Kind.Z;
    }

    /**
     * The report as the till's printer prints it: {@value Sale#RECEIPT_WIDTH} columns, amounts that
     * leave the drawer negative.
     */
    @Override
    public String toString() {
        ReceiptText out = new ReceiptText().line(isZ() ? "Z report " + z.toString().substring(2)
                : "X report (shift still open)");
        out.row("Shift " + shift.number(), "");
        out.numbered("Opened", shift.openedAt());
        if (shift.openedBy() != null) {
            out.item("  by ", ReceiptText.printable(shift.openedBy()), "", "");
        }
        out.numbered(isZ() ? "Closed" : "Read", time);
        if (isZ() && shift.closedBy() != null) {
            out.item("  by ", ReceiptText.printable(shift.closedBy()), "", "");
        }
        out.rule();
        out.row("Sales", Integer.toString(sales));
        out.row("Net", net.toString());
        out.row("Card", card.toString());
        out.row("Cash taken", cashTaken.toString());
        out.row("Change given", changeGiven.negate().toString());
        out.row("Refunds", Integer.toString(refunds));
        out.row("Card refunded", cardRefunded.negate().toString());
        out.row("Cash refunded", cashRefunded.negate().toString());
        out.rule();
        out.row("Float", shift.openingFloat().toString());
        out.row("Cash in", cashIn.toString());
        out.row("Cash out", cashOut.negate().toString());
        for (CashMovement movement : movements) {
            boolean in = movement.kind() == CashMovement.Kind.IN;
            out.item(in ? "  in:  " : "  out: ", ReceiptText.printable(movement.reason()), "",
                    (in ? movement.amount() : movement.amount().negate()).toString());
        }
        out.row("Expected cash", expectedCash.toString());
        if (isZ()) {
            out.row("Counted cash", counted.toString());
            String verdict = difference.isZero() ? "Even" : difference.isNegative() ? "Short" : "Over";
            out.row(verdict, difference.toString());
        }
        out.rule();
        return out.vat(vat, 1).rule().toString();
    }
}
