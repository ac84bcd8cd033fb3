package com.lana.checkout.server.shift;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.VatAmount;
import com.lana.checkout.api.shift.CashMovement;
import com.lana.checkout.api.shift.Shift;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.api.shift.ZNumber;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A shift's X and Z reports, computed from the sales, refunds and cash movements they are given: a
 * pure function, so the caller decides which ones belong to the shift (those of its till between its
 * opening and closing) and the store only keeps the result.
 */
public final class ShiftReports {

    private ShiftReports() {
    }

    /** The X report of open {@code shift} at {@code time}. */
    public static ShiftReport x(Shift shift, LocalDateTime time, List<Sale> sales, List<Refund> refunds,
                                List<CashMovement> movements) {
        return report(ShiftReport.Kind.X, shift, time, null, sales, refunds, movements, null);
    }

    /** The Z report {@code z} of {@code closed}, made when it closed, with {@code counted} cash in the drawer. */
    public static ShiftReport z(Shift closed, ZNumber z, List<Sale> sales, List<Refund> refunds,
                                List<CashMovement> movements, Money counted) {
        if (closed.isOpen()) {
            throw new IllegalArgumentException("Z report " + z + " is of a closed shift; " + closed.number()
                    + " is open");
        }
        return report(ShiftReport.Kind.Z, closed, closed.closedAt(), z, sales, refunds, movements, counted);
    }

    private static ShiftReport report(ShiftReport.Kind kind, Shift shift, LocalDateTime time, ZNumber z,
                                      List<Sale> sales, List<Refund> refunds, List<CashMovement> movements,
                                      Money counted) {
        Money net = Money.ZERO;
        Money card = Money.ZERO;
        Money cashTaken = Money.ZERO;
        Money change = Money.ZERO;
        List<List<VatAmount>> vat = new ArrayList<>();
        for (Sale sale : sales) {
            net = net.plus(sale.total());
            change = change.plus(sale.change());
            for (Payment payment : sale.payments()) {
                switch (payment.kind()) {
                    case CASH -> cashTaken = cashTaken.plus(payment.amount());
                    case CARD -> card = card.plus(payment.amount());
                }
            }
            vat.add(sale.vat());
        }
        Money cardRefunded = Money.ZERO;
        Money cashRefunded = Money.ZERO;
        for (Refund refund : refunds) {
            cardRefunded = cardRefunded.plus(refund.card());
            cashRefunded = cashRefunded.plus(refund.cash());
            vat.add(refund.vat().stream().map(VatAmount::negate).toList());
        }
        Money cashIn = Money.ZERO;
        Money cashOut = Money.ZERO;
        for (CashMovement movement : movements) {
            switch (movement.kind()) {
                case IN -> cashIn = cashIn.plus(movement.amount());
                case OUT -> cashOut = cashOut.plus(movement.amount());
            }
        }
        Money expected = DrawerCash.expected(shift.openingFloat(), cashTaken, change, cashRefunded, cashIn, cashOut);
        List<CashMovement> inTimeOrder = movements.stream().sorted(Comparator.comparing(CashMovement::time)).toList();
        return new ShiftReport(kind, shift, time, z, sales.size(), net, card, cashTaken, change, refunds.size(),
                cardRefunded, cashRefunded, VatAmount.sum(vat), inTimeOrder, cashIn, cashOut, expected, counted,
                counted == null ? null : DrawerCash.difference(counted, expected));
    }
}
