package com.lana.checkout.server.shift;

import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.shift.Shift;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What each shift took of the sales and refunds it is given (a day's): a pure function, as
 * {@link ShiftReports} is. A sale or refund is a shift's when it was made at the shift's till from its
 * opening to its closing (with no end while it is open), both included, as the shift's X and Z reports
 * count it; one that two shifts hold (made the instant one closed and the next opened) is the first's.
 * One no shift holds, made at no till or at a till without an open shift, is none's.
 */
public final class ShiftDays {

    private ShiftDays() {
    }

    /** What each of {@code shifts} took of {@code sales} and {@code refunds}, in the shifts' order. */
    public static List<DayReport.Figures> figures(List<Shift> shifts, List<Sale> sales, List<Refund> refunds) {
        List<List<Sale>> salesOf = new ArrayList<>();
        List<List<Refund>> refundsOf = new ArrayList<>();
        for (int i = 0; i < shifts.size(); i++) {
            salesOf.add(new ArrayList<>());
            refundsOf.add(new ArrayList<>());
        }
        for (Sale sale : sales) {
            int shift = holding(shifts, sale.till(), sale.time());
            if (shift >= 0) {
                salesOf.get(shift).add(sale);
            }
        }
        for (Refund refund : refunds) {
            int shift = holding(shifts, refund.till(), refund.time());
            if (shift >= 0) {
                refundsOf.get(shift).add(refund);
            }
        }
        List<DayReport.Figures> figures = new ArrayList<>();
        for (int i = 0; i < shifts.size(); i++) {
            figures.add(DayReport.Figures.of(salesOf.get(i), refundsOf.get(i)));
        }
        return figures;
    }

    /** The index of the first of {@code shifts} that holds what was made at {@code till} at {@code time}, or -1. */
    private static int holding(List<Shift> shifts, String till, LocalDateTime time) {
        for (int i = 0; i < shifts.size(); i++) {
            Shift shift = shifts.get(i);
            if (shift.till().equals(till) && !time.isBefore(shift.openedAt())
                    && (shift.isOpen() || !time.isAfter(shift.closedAt()))) {
                return i;
            }
        }
        return -1;
    }
}
