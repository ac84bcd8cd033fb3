package com.lana.checkout.server.service;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.shift.CashMovement;
import com.lana.checkout.api.shift.Shift;
import com.lana.checkout.api.shift.ShiftException;
import com.lana.checkout.api.shift.ShiftNumber;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.api.shift.ZNumber;
import com.lana.checkout.api.staff.ApprovalRequiredException;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.store.CheckoutStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A till's shift as the service runs it, the same on every store: open with a float, sell, refund,
 * move cash, read the X report, close with a blind count into a Z report that counts that till's
 * sales and refunds only. Each store's test class says only how to get a new, empty store.
 */
public abstract class ShiftDeskContract {

    /** 2026-11-26 09:00 in the shop's zone (UTC here). */
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private static final Instant START = DAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
    private static final Actor ANN = new Actor("T01", "Ann");
    private static final Actor BEN = new Actor("T02", "Ben");
    private static final Money FLOAT = Money.parse("100.00€");
    private static final String NO_SHIFT = "Till T01 has no open shift: open one with the float counted into the drawer";

    private CheckoutStore store;
    private CheckoutServiceImpl service;
    private ShiftDesk desk;

    /** A new store holding nothing; the test closes it. */
    protected abstract CheckoutStore openEmptyStore() throws Exception;

    @BeforeEach
    void openServiceAndDesk() throws Exception {
        store = openEmptyStore();
        Clock clock = new TickingClock(START);
        service = new CheckoutServiceImpl(CatalogFile.defaults(), store, clock);
        desk = new ShiftDesk(store, clock);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aShiftOpensWithTheFloatCountedIntoTheDrawer() throws Exception {
        Shift shift = desk.open(ANN, FLOAT);

        assertThat(shift.number()).isEqualTo(new ShiftNumber("T01", 1));
        assertThat(shift.openedBy()).isEqualTo("Ann");
        assertThat(shift.openingFloat()).isEqualTo(FLOAT);
        assertThat(desk.current("T01")).isEqualTo(shift);
    }

    @Test
    void aTillWithAnOpenShiftCannotOpenAnother() throws Exception {
        desk.open(ANN, FLOAT);

        assertThatExceptionOfType(ShiftException.class).isThrownBy(() -> desk.open(ANN, FLOAT))
                .withMessageContaining("T01-1");
    }

    @Test
    void aShiftNeedsATillAndAFloatOfZeroOrMore() {
        assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> desk.open(Actor.NONE, FLOAT))
                .withMessageContaining("no till");
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> desk.open(ANN, Money.parse("-0.01€"))).withMessageContaining("-0.01€");
    }

    @Test
    void aTillWithoutAnOpenShiftCannotStartASale() {
        assertThatExceptionOfType(ShiftException.class).isThrownBy(() -> service.createBasket(ANN))
                .withMessage(NO_SHIFT);
        assertThatExceptionOfType(ShiftException.class).isThrownBy(() -> desk.requireOpen("T01"))
                .withMessage(NO_SHIFT);
        assertThatExceptionOfType(ShiftException.class).isThrownBy(() -> desk.x("T01")).withMessage(NO_SHIFT);
    }

    @Test
    void callsAtNoTillSellAndRefundWithoutAShift() throws Exception {
        BasketId basket = service.createBasket();
        service.addProduct(basket, "MUG");
        Sale sale = service.completeSale(basket, Money.parse("7.50€"), List.of(Payment.cash(Money.parse("7.50€"))),
                OperationId.random());
        Refund refund = service.refund(sale.number(), List.of(ReturnedItem.of("MUG", 1)), RefundTo.CASH,
                OperationId.random());

        assertThat(sale.till()).isNull();
        assertThat(sale.clerk()).isNull();
        assertThat(refund.till()).isNull();
    }

    @Test
    void aSaleAndARefundAtATillNameTheTillAndClerk() throws Exception {
        desk.open(ANN, FLOAT);
        Sale sale = sell(ANN, "MUG", Payment.cash(Money.parse("7.50€")));
        Refund refund = service.refund(ANN, sale.number(), List.of(ReturnedItem.of("MUG", 1)), RefundTo.CASH,
                OperationId.random());

        assertThat(service.sale(sale.number()).till()).isEqualTo("T01");
        assertThat(service.sale(sale.number()).clerk()).isEqualTo("Ann");
        assertThat(service.refund(refund.number()).clerk()).isEqualTo("Ann");
        assertThat(sale.toString()).contains("Till T01                               Ann");
    }

    @Test
    void aBasketStartedInAShiftCannotBePaidOnceItClosesUntilANewOneOpens() throws Exception {
        desk.open(ANN, FLOAT);
        BasketId basket = service.createBasket(ANN);
        service.addProduct(basket, "MUG");
        desk.close(ANN, FLOAT, ShiftDesk.DifferenceCheck.ANY);
        List<Payment> cash = List.of(Payment.cash(Money.parse("7.50€")));

        assertThatExceptionOfType(ShiftException.class)
                .isThrownBy(() -> service.completeSale(ANN, basket, Money.parse("7.50€"), cash, OperationId.random()))
                .withMessage(NO_SHIFT);
        assertThatExceptionOfType(ShiftException.class).isThrownBy(() -> service.createBasket(ANN));

        desk.open(ANN, FLOAT);
        assertThat(service.completeSale(ANN, basket, Money.parse("7.50€"), cash, OperationId.random()).till())
                .isEqualTo("T01");
    }

    @Test
    void aRefundAtATillNeedsAnOpenShift() throws Exception {
        Sale sale = sell(Actor.NONE, "MUG", Payment.cash(Money.parse("7.50€")));

        assertThatExceptionOfType(ShiftException.class).isThrownBy(() -> service.refund(ANN, sale.number(),
                List.of(ReturnedItem.of("MUG", 1)), RefundTo.CASH, OperationId.random())).withMessage(NO_SHIFT);
    }

    @Test
    void cashInAndOutAreRecordedWithTheirReasonAndClerk() throws Exception {
        desk.open(ANN, FLOAT);
        CashMovement in = desk.cashIn(ANN, Money.parse("50.00€"), "Change from the safe");
        CashMovement out = desk.cashOut(ANN, Money.parse("30.00€"), "Window cleaner");

        assertThat(desk.x("T01").movements()).containsExactly(in, out);
        assertThat(out.clerk()).isEqualTo("Ann");
        assertThat(out.kind()).isEqualTo(CashMovement.Kind.OUT);
    }

    @Test
    void cashNeedsAnOpenShiftAnAmountAndAReason() throws Exception {
        assertThatExceptionOfType(ShiftException.class)
                .isThrownBy(() -> desk.cashIn(ANN, Money.parse("5.00€"), "Change"));
        desk.open(ANN, FLOAT);
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> desk.cashOut(ANN, Money.ZERO, "Change")).withMessageContaining("0.00€");
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> desk.cashOut(ANN, Money.parse("5.00€"), " ")).withMessageContaining("reason");
    }

    /**
     * Float 100.00; a mug (7.50€) paid with 10.00€ cash, 2.50€ change; a T-shirt on a card (20.00€);
     * the mug refunded in cash; 50.00€ in, 30.00€ out: the drawer should hold 100 + 10 − 2.50 − 7.50
     * + 50 − 30 = 120.00€. Till T02 sells a pen for cash in the same minutes.
     */
    @Test
    void theXReportSaysWhatTheShiftTookSoFarAndTheCashTheDrawerShouldHold() throws Exception {
        workAShift();

        ShiftReport x = desk.x("T01");

        assertThat(x.kind()).isEqualTo(ShiftReport.Kind.X);
        assertThat(x.sales()).isEqualTo(2);
        assertThat(x.net()).hasToString("27.50€");
        assertThat(x.card()).hasToString("20.00€");
        assertThat(x.cashTaken()).hasToString("10.00€");
        assertThat(x.changeGiven()).hasToString("2.50€");
        assertThat(x.refunds()).isEqualTo(1);
        assertThat(x.cashRefunded()).hasToString("7.50€");
        assertThat(x.cashIn()).hasToString("50.00€");
        assertThat(x.cashOut()).hasToString("30.00€");
        assertThat(x.expectedCash()).hasToString("120.00€");
        assertThat(desk.current("T01").isOpen()).as("an X report closes nothing").isTrue();
    }

    @Test
    void closingWithAShortCountGivesTheZReportWithTheDifference() throws Exception {
        workAShift();

        ShiftReport z = desk.close(ANN, Money.parse("118.00€"), ShiftDesk.DifferenceCheck.ANY);

        assertThat(z.z()).isEqualTo(new ZNumber("T01", 1));
        assertThat(z.sales()).as("T02's sale is not T01's").isEqualTo(2);
        assertThat(z.cashTaken()).hasToString("10.00€");
        assertThat(z.expectedCash()).hasToString("120.00€");
        assertThat(z.counted()).hasToString("118.00€");
        assertThat(z.difference()).hasToString("-2.00€");
        assertThat(z.shift().closedBy()).isEqualTo("Ann");
        assertThat(desk.z(z.z())).isEqualTo(z);
        assertThat(desk.x("T02").sales()).isEqualTo(1);
    }

    @Test
    void aRefusedDifferenceRecordsNothingAndLeavesTheShiftOpen() throws Exception {
        workAShift();
        AtomicReference<Money> seen = new AtomicReference<>();

        assertThatExceptionOfType(ApprovalRequiredException.class).isThrownBy(() -> desk.close(ANN,
                Money.parse("110.00€"), difference -> {
                    seen.set(difference);
                    throw new ApprovalRequiredException("close a shift", "A manager must approve " + difference);
                }));

        assertThat(seen.get()).hasToString("-10.00€");
        assertThat(desk.current("T01").isOpen()).isTrue();
        assertThat(desk.close(ANN, Money.parse("120.00€"), ShiftDesk.DifferenceCheck.ANY).z())
                .as("the refused close left its number free").isEqualTo(new ZNumber("T01", 1));
    }

    @Test
    void zReportsAreNumberedPerTillAndReadByDay() throws Exception {
        desk.open(ANN, FLOAT);
        desk.open(BEN, FLOAT);
        ShiftReport first = desk.close(ANN, FLOAT, ShiftDesk.DifferenceCheck.ANY);
        ShiftReport ben = desk.close(BEN, FLOAT, ShiftDesk.DifferenceCheck.ANY);
        desk.open(ANN, FLOAT);
        ShiftReport second = desk.close(ANN, FLOAT, ShiftDesk.DifferenceCheck.ANY);

        assertThat(List.of(first.z(), ben.z(), second.z())).containsExactly(new ZNumber("T01", 1),
                new ZNumber("T02", 1), new ZNumber("T01", 2));
        assertThat(second.shift().number()).isEqualTo(new ShiftNumber("T01", 2));
        assertThat(desk.zReports(DAY)).containsExactly(first, second, ben);
        assertThatExceptionOfType(ShiftException.class).isThrownBy(() -> desk.z(new ZNumber("T01", 3)));
    }

    @Test
    void aNewShiftCountsOnlyWhatWasSoldSinceItOpened() throws Exception {
        workAShift();
        desk.close(ANN, Money.parse("120.00€"), ShiftDesk.DifferenceCheck.ANY);
        desk.open(ANN, Money.parse("120.00€"));
        sell(ANN, "PEN", Payment.cash(Money.parse("5.00€")));

        ShiftReport z = desk.close(ANN, Money.parse("125.00€"), ShiftDesk.DifferenceCheck.ANY);

        assertThat(z.sales()).isEqualTo(1);
        assertThat(z.refunds()).isZero();
        assertThat(z.expectedCash()).hasToString("125.00€");
        assertThat(z.difference()).hasToString("0.00€");
    }

    /**
     * A mug sold at no till before the shifts of {@link #workAShift()}; T01's shift then closes and
     * T02's stays open. T01 took 27.50€ of sales and refunded 7.50€, T02 5.00€, no shift 7.50€.
     */
    @Test
    void theDayReportShowsEachTillsShiftTheOpenOneMarkedAndIsTheirSum() throws Exception {
        sell(Actor.NONE, "MUG", Payment.cash(Money.parse("7.50€")));
        workAShift();
        ShiftReport z = desk.close(ANN, Money.parse("120.00€"), ShiftDesk.DifferenceCheck.ANY);

        DayReport report = service.dayReport(DAY);

        DayReport.Figures anns = new DayReport.Figures(2, Money.parse("27.50€"), 1, Money.parse("7.50€"));
        DayReport.Figures bens = new DayReport.Figures(1, Money.parse("5.00€"), 0, Money.ZERO);
        assertThat(report.shifts()).containsExactly(
                new DayReport.ShiftLine(new ShiftNumber("T01", 1), z.z(), "Ann", anns),
                new DayReport.ShiftLine(new ShiftNumber("T02", 1), null, "Ben", bens));
        assertThat(report.noShift()).isEqualTo(new DayReport.Figures(1, Money.parse("7.50€"), 0, Money.ZERO));
        assertThat(anns.plus(bens).plus(report.noShift())).isEqualTo(report.figures());
        assertThat(report.withShifts(List.of())).as("the day's totals, as the ledger adds them up")
                .isEqualTo(store.sales().dayReport(DAY));
        assertThat(report.toString().lines()).contains(
                "T01-1 Z1 Ann         2    27.50€    -7.50€",
                "T02-1 (open) Ben     1     5.00€     0.00€",
                "No shift             1     7.50€     0.00€");
    }

    @Test
    void aShiftsLineInTheDayReportTookWhatItsZReportSays() throws Exception {
        workAShift();
        ShiftReport z = desk.close(ANN, Money.parse("120.00€"), ShiftDesk.DifferenceCheck.ANY);

        DayReport.Figures line = service.dayReport(DAY).shifts().get(0).figures();

        assertThat(List.of(line.sales(), line.refunds())).containsExactly(z.sales(), z.refunds());
        assertThat(line.net()).isEqualTo(z.net());
        assertThat(line.refunded()).isEqualTo(z.cardRefunded().plus(z.cashRefunded()));
    }

    /** What no till sold: the day report the ledger adds up, with no shifts block. */
    @Test
    void aDayWithoutShiftsHasTheDayReportItHadBefore() throws Exception {
        Sale sale = sell(Actor.NONE, "MUG", Payment.cash(Money.parse("10.00€")));
        sell(Actor.NONE, "PEN", Payment.card(Money.parse("5.00€"), "AUTH 2"));
        service.refund(sale.number(), List.of(ReturnedItem.of("MUG", 1)), RefundTo.CASH, OperationId.random());

        DayReport report = service.dayReport(DAY);

        assertThat(report).isEqualTo(store.sales().dayReport(DAY));
        assertThat(report.shifts()).isEmpty();
        assertThat(report.toString()).doesNotContain("Shift");
    }

    /** The shift of the X and Z tests; see there. */
    private void workAShift() throws Exception {
        desk.open(ANN, FLOAT);
        desk.open(BEN, Money.parse("50.00€"));
        Sale mug = sell(ANN, "MUG", Payment.cash(Money.parse("10.00€")));
        sell(BEN, "PEN", Payment.cash(Money.parse("5.00€")));
        sell(ANN, "TSHIRT", Payment.card(Money.parse("20.00€"), "AUTH 1"));
        service.refund(ANN, mug.number(), List.of(ReturnedItem.of("MUG", 1)), RefundTo.CASH, OperationId.random());
        desk.cashIn(ANN, Money.parse("50.00€"), "Change from the safe");
        desk.cashOut(ANN, Money.parse("30.00€"), "Window cleaner");
    }

    /** A sale of one {@code code} by {@code actor}, paid with {@code payment}. */
    private Sale sell(Actor actor, String code, Payment payment) throws Exception {
        BasketId basket = service.createBasket(actor);
        Money total = service.addProduct(basket, code).total();
        return service.completeSale(actor, basket, total, List.of(payment), OperationId.random());
    }

    /** A clock one second later at each reading, so that every step of a test happens at a time of its own. */
    private static final class TickingClock extends Clock {

        private Instant now;

        TickingClock(Instant start) {
            this.now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("a test clock stays in UTC");
        }

        @Override
        public synchronized Instant instant() {
            now = now.plus(Duration.ofSeconds(1));
            return now;
        }
    }
}
