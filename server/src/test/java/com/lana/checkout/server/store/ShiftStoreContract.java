package com.lana.checkout.server.store;

import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.VatAmount;
import com.lana.checkout.api.VatRate;
import com.lana.checkout.api.shift.CashMovement;
import com.lana.checkout.api.shift.Shift;
import com.lana.checkout.api.shift.ShiftException;
import com.lana.checkout.api.shift.ShiftNumber;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.api.shift.ZNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * How every store keeps the tills' shifts: one open shift per till, cash moved in it, and a close that
 * records its Z report with the till's next number, without gaps even when tills close at once, and
 * reads it back unchanged. The reports are made here from the figures a test gives (the arithmetic has
 * tests of its own); what is under test is the store. Each store's test class extends this one and says
 * only how to open a fresh, empty store.
 */
public abstract class ShiftStoreContract {

    protected static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    protected static final LocalDateTime MORNING = DAY.atTime(8, 0, 0, 123_456_789);
    protected static final LocalDateTime EVENING = DAY.atTime(20, 0, 0, 987_654_321);
    protected static final Money FLOAT = Money.parse("100.00€");
    private static final long TIMEOUT_SECONDS = 60;

    protected CheckoutStore checkoutStore;
    protected ShiftStore shifts;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    /** A new store holding no shift; the test closes it. */
    protected abstract CheckoutStore openEmptyStore() throws Exception;

    /** Shifts each of two tills opens and closes in the race for Z numbers. */
    protected int closesPerTill() {
        return 50;
    }

    @BeforeEach
    void openStore() throws Exception {
        checkoutStore = openEmptyStore();
        shifts = checkoutStore.shifts();
    }

    @AfterEach
    void stopThreadsAndCloseStore() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("test threads stopped").isTrue();
        checkoutStore.close();
    }

    /** Makes a Z report of the figures of a shift that sold 30.00€ in cash (5.21€ VAT at 21%) and gave no change. */
    protected static ShiftStore.ZMaker reporting() {
        return (closed, movements, counted, number) -> {
            Money in = sum(movements, CashMovement.Kind.IN);
            Money out = sum(movements, CashMovement.Kind.OUT);
            Money taken = Money.parse("30.00€");
            Money expected = closed.openingFloat().plus(taken).plus(in).minus(out);
            return new ShiftReport(ShiftReport.Kind.Z, closed, closed.closedAt(), number, 1, taken, Money.ZERO, taken,
                    Money.ZERO, 0, Money.ZERO, Money.ZERO, List.of(VatAmount.of(VatRate.STANDARD, taken)), movements,
                    in, out, expected, counted, counted.minus(expected));
        };
    }

    private static Money sum(List<CashMovement> movements, CashMovement.Kind kind) {
        return movements.stream().filter(movement -> movement.kind() == kind).map(CashMovement::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    protected static CashMovement cash(CashMovement.Kind kind, String amount, LocalDateTime time) {
        return new CashMovement(kind, Money.parse(amount), "Reason " + amount, time, "Anna");
    }

    @Test
    void aTillsFirstShiftIsNumberOneAndItsCurrentShift() throws Exception {
        Shift opened = shifts.open("T01", "Anna", FLOAT, MORNING);

        assertThat(opened).isEqualTo(Shift.opened(new ShiftNumber("T01", 1), "Anna", MORNING, FLOAT));
        assertThat(shifts.current("T01")).contains(opened);
        assertThat(shifts.shift(opened.number())).isEqualTo(opened);
        assertThat(shifts.current("T02")).isEmpty();
    }

    @Test
    void aShiftOpenedWithoutAClerkAndWithoutAFloatReadsBackSo() throws Exception {
        Shift opened = shifts.open("T01", null, Money.ZERO, MORNING);

        assertThat(shifts.current("T01")).contains(opened);
        assertThat(opened.openedBy()).isNull();
    }

    @Test
    void aSecondOpenOnTheSameTillIsRefusedNamingTheOpenShift() throws Exception {
        shifts.open("T01", "Anna", FLOAT, MORNING);

        assertThatExceptionOfType(ShiftException.class)
                .isThrownBy(() -> shifts.open("T01", "Bruno", FLOAT, MORNING.plusHours(1)))
                .withMessageContaining("T01-1");
        assertThat(shifts.current("T01")).map(Shift::openedBy).contains("Anna");
    }

    @Test
    void anotherTillOpensItsOwnFirstShift() throws Exception {
        shifts.open("T01", "Anna", FLOAT, MORNING);

        assertThat(shifts.open("T02", "Bruno", FLOAT, MORNING).number()).isEqualTo(new ShiftNumber("T02", 1));
    }

    @Test
    void cashMovesInTheOpenShiftAndComesBackInTimeOrder() throws Exception {
        Shift opened = shifts.open("T01", "Anna", FLOAT, MORNING);
        CashMovement later = cash(CashMovement.Kind.OUT, "20.00€", MORNING.plusHours(3));
        CashMovement earlier = new CashMovement(CashMovement.Kind.IN, Money.parse("50.00€"), "Coins", MORNING.plusHours(1),
                null);

        assertThat(shifts.move("T01", later)).isEqualTo(opened.number());
        shifts.move("T01", earlier);

        assertThat(shifts.movements(opened.number())).containsExactly(earlier, later);
    }

    @Test
    void cashOnATillWithoutAnOpenShiftIsRefused() throws Exception {
        assertThatExceptionOfType(ShiftException.class)
                .isThrownBy(() -> shifts.move("T01", cash(CashMovement.Kind.IN, "5.00€", MORNING)))
                .withMessageContaining("T01");
    }

    @Test
    void closingRecordsTheTillsFirstZAndLeavesItWithoutAnOpenShift() throws Exception {
        shifts.open("T01", "Anna", FLOAT, MORNING);
        shifts.move("T01", cash(CashMovement.Kind.OUT, "20.00€", MORNING.plusHours(2)));

        ShiftReport z = shifts.close("T01", "Bruno", Money.parse("108.00€"), EVENING, reporting());

        assertThat(z.z()).isEqualTo(new ZNumber("T01", 1));
        assertThat(z.shift().closedAt()).isEqualTo(EVENING);
        assertThat(z.shift().closedBy()).isEqualTo("Bruno");
        assertThat(z.expectedCash()).isEqualTo(Money.parse("110.00€"));
        assertThat(z.difference()).isEqualTo(Money.parse("-2.00€"));
        assertThat(shifts.current("T01")).isEmpty();
        assertThat(shifts.shift(new ShiftNumber("T01", 1))).isEqualTo(z.shift());
    }

    @Test
    void aClosedShiftsZReadsBackUnchanged() throws Exception {
        shifts.open("T01", "Anna", FLOAT, MORNING);
        shifts.move("T01", cash(CashMovement.Kind.IN, "50.00€", MORNING.plusHours(1)));
        shifts.move("T01", cash(CashMovement.Kind.OUT, "20.00€", MORNING.plusHours(2)));
        ShiftReport z = shifts.close("T01", "Anna", Money.parse("160.00€"), EVENING, reporting());

        assertThat(shifts.z(z.z())).isEqualTo(z);
        assertThat(shifts.zReports(DAY)).containsExactly(z);
        assertThat(shifts.zReports(DAY.plusDays(1))).isEmpty();
        assertThat(shifts.z(z.z()).toString()).isEqualTo(z.toString());
    }

    @Test
    void aClosedTillOpensItsNextShiftAndClosesItWithTheNextZ() throws Exception {
        shifts.open("T01", "Anna", FLOAT, MORNING);
        ShiftReport first = shifts.close("T01", "Anna", FLOAT, MORNING.plusHours(4), reporting());

        Shift second = shifts.open("T01", "Bruno", FLOAT, MORNING.plusHours(4));
        ShiftReport next = shifts.close("T01", "Bruno", FLOAT, EVENING, reporting());

        assertThat(second.number()).isEqualTo(new ShiftNumber("T01", 2));
        assertThat(next.z()).isEqualTo(new ZNumber("T01", 2));
        assertThat(shifts.zReports(DAY)).containsExactly(first, next);
    }

    @Test
    void theShiftsOfADayAreThoseOpenAtAnyTimeOfItWithTheirZNumbersOnceClosed() throws Exception {
        Shift overnight = shifts.open("T01", "Anna", FLOAT, DAY.minusDays(1).atTime(22, 0));
        ShiftReport closedThisMorning = shifts.close("T01", "Anna", FLOAT, MORNING, reporting());
        Shift stillOpen = shifts.open("T02", null, FLOAT, EVENING);
        shifts.open("T03", "Bruno", FLOAT, DAY.minusDays(2).atTime(9, 0));
        shifts.close("T03", "Bruno", FLOAT, DAY.minusDays(2).atTime(17, 0), reporting());
        shifts.open("T04", "Bruno", FLOAT, DAY.plusDays(1).atStartOfDay());

        assertThat(shifts.shiftsOn(DAY)).containsExactly(
                new ShiftStore.DayShift(overnight.close(MORNING, "Anna"), closedThisMorning.z()),
                new ShiftStore.DayShift(stillOpen, null));
        assertThat(shifts.shiftsOn(DAY.minusDays(1))).containsExactly(
                new ShiftStore.DayShift(closedThisMorning.shift(), closedThisMorning.z()));
        assertThat(shifts.shiftsOn(DAY.plusDays(1))).extracting(day -> day.shift().number())
                .containsExactly(stillOpen.number(), new ShiftNumber("T04", 1));
    }

    @Test
    void closingATillWithoutAnOpenShiftIsRefused() {
        assertThatExceptionOfType(ShiftException.class)
                .isThrownBy(() -> shifts.close("T01", "Anna", FLOAT, EVENING, reporting()))
                .withMessageContaining("T01");
    }

    @Test
    void aCloseTheMakerRefusesLeavesTheShiftOpenAndItsZNumberFree() throws Exception {
        Shift opened = shifts.open("T01", "Anna", FLOAT, MORNING);

        assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> shifts.close("T01", "Anna", FLOAT,
                EVENING, (closed, movements, counted, number) -> {
                    throw new InvalidRequestException("Needs a manager's approval");
                }));

        assertThat(shifts.current("T01")).contains(opened);
        assertThat(shifts.close("T01", "Anna", FLOAT, EVENING, reporting()).z()).isEqualTo(new ZNumber("T01", 1));
    }

    @Test
    void aReportOfAnotherZNumberIsNotRecorded() throws Exception {
        Shift opened = shifts.open("T01", "Anna", FLOAT, MORNING);

        assertThatIllegalStateException().isThrownBy(() -> shifts.close("T01", "Anna", FLOAT, EVENING,
                (closed, movements, counted, number) -> reporting().make(closed, movements, counted, number.next())));

        assertThat(shifts.current("T01")).contains(opened);
        assertThatExceptionOfType(ShiftException.class).isThrownBy(() -> shifts.z(new ZNumber("T01", 2)));
    }

    @Test
    void anUnknownZReportIsRefusedNamingIt() {
        assertThatExceptionOfType(ShiftException.class).isThrownBy(() -> shifts.z(new ZNumber("T09", 7)))
                .withMessageContaining("Z T09-000007");
    }

    @Test
    void zNumbersHaveNoGapsPerTillWhenTwoTillsCloseAtOnce() throws Exception {
        int rounds = closesPerTill();
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<List<ZNumber>>> tills = new ArrayList<>();
        for (String till : List.of("T01", "T02")) {
            tills.add(pool.submit(() -> {
                start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                List<ZNumber> numbers = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    LocalDateTime time = MORNING.plusSeconds(round);
                    shifts.open(till, "Anna", FLOAT, time);
                    numbers.add(shifts.close(till, "Anna", FLOAT, time, reporting()).z());
                }
                return numbers;
            }));
        }

        for (int i = 0; i < tills.size(); i++) {
            String till = i == 0 ? "T01" : "T02";
            assertThat(tills.get(i).get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as(till)
                    .isEqualTo(LongStream.rangeClosed(1, rounds).mapToObj(n -> new ZNumber(till, n)).toList());
        }
        assertThat(shifts.zReports(DAY)).hasSize(2 * rounds);
    }

    @Test
    void twoOpensOfOneTillAtOnceOpenOneShift() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Boolean>> opens = new ArrayList<>();
        for (String clerk : List.of("Anna", "Bruno")) {
            opens.add(pool.submit(() -> {
                start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                try {
                    shifts.open("T01", clerk, FLOAT, MORNING);
                    return true;
                } catch (ShiftException refused) {
                    return false;
                }
            }));
        }

        List<Boolean> opened = new ArrayList<>();
        for (Future<Boolean> open : opens) {
            opened.add(open.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        }
        assertThat(opened).containsExactlyInAnyOrder(true, false);
        assertThat(shifts.current("T01")).map(Shift::number).contains(new ShiftNumber("T01", 1));
    }
}
