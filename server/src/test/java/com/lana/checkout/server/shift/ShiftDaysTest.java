package com.lana.checkout.server.shift;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.Shop;
import com.lana.checkout.api.VatAmount;
import com.lana.checkout.api.VatRate;
import com.lana.checkout.api.shift.Shift;
import com.lana.checkout.api.shift.ShiftNumber;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which shift of a day took each of its sales and refunds. Till T01 worked overnight until 06:00 (shift
 * 1) and from 06:00 on (shift 2, still open); T02 from 10:00 to 14:00. Every sale is a 5.00€ pen.
 */
class ShiftDaysTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    private static final Money PEN = Money.parse("5.00€");
    private static final Shift NIGHT = Shift.opened(new ShiftNumber("T01", 1), "Anna", DAY.minusDays(1).atTime(22, 0),
            Money.ZERO).close(DAY.atTime(6, 0), "Anna");
    private static final Shift MORNING = Shift.opened(new ShiftNumber("T01", 2), "Bruno", DAY.atTime(6, 0), Money.ZERO);
    private static final Shift T02 = Shift.opened(new ShiftNumber("T02", 1), "Carla", DAY.atTime(10, 0), Money.ZERO)
            .close(DAY.atTime(14, 0), "Carla");
    private static final List<Shift> SHIFTS = List.of(NIGHT, MORNING, T02);

    @Test
    void aSaleIsTheShiftsOfItsTillOpenAtItsTime() {
        List<DayReport.Figures> figures = ShiftDays.figures(SHIFTS,
                List.of(sale(1, "T01", 5, 0), sale(2, "T01", 7, 0), sale(3, "T02", 11, 0)), List.of());

        assertThat(figures).containsExactly(took(1), took(1), took(1));
    }

    @Test
    void aSaleTheInstantOneShiftClosedAndTheNextOpenedIsTheFirstsOnly() {
        assertThat(ShiftDays.figures(SHIFTS, List.of(sale(1, "T01", 6, 0)), List.of()))
                .containsExactly(took(1), took(0), took(0));
    }

    @Test
    void aSaleAtNoTillAtAnotherTillOrAfterItsTillClosedIsNoShifts() {
        List<Sale> none = List.of(sale(1, null, 12, 0), sale(2, "T03", 12, 0), sale(3, "T02", 14, 1),
                sale(4, "T02", 9, 59));

        assertThat(ShiftDays.figures(SHIFTS, none, List.of())).containsOnly(took(0));
    }

    @Test
    void aRefundIsTheShiftsOfItsTillOpenWhenItWasMade() {
        Refund refund = new Refund(new RefundNumber(1), new SaleNumber(1), DAY.atTime(12, 30),
                List.of(new Refund.Item("PEN", "Lana Pen", 1)), PEN, List.of(VatAmount.of(VatRate.STANDARD, PEN)),
                List.of(Payment.cash(PEN)), Shop.DEVELOPMENT, "T02", "Carla");

        assertThat(ShiftDays.figures(SHIFTS, List.of(), List.of(refund))).containsExactly(took(0), took(0),
                new DayReport.Figures(0, Money.ZERO, 1, PEN));
    }

    private static DayReport.Figures took(int pens) {
        return new DayReport.Figures(pens, PEN.times(pens), 0, Money.ZERO);
    }

    private static Sale sale(long number, String till, int hour, int minute) {
        Receipt receipt = new Receipt(new BasketId(0, number), 1,
                List.of(new Receipt.Line("PEN", "Lana Pen", 1, PEN, PEN)), List.of(), PEN);
        LocalDateTime time = DAY.atTime(hour, minute);
        return new Sale(new SaleNumber(number), time, receipt, List.of(Payment.cash(PEN)), Money.ZERO)
                .madeAt(till, till == null ? null : "Anna");
    }
}
