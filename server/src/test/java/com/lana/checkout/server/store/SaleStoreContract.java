package com.lana.checkout.server.store;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNotFoundException;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;
import com.lana.checkout.api.TotalChangedException;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.server.pricing.Pricing;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How every store pays baskets and keeps their sales: completing a sale through its {@link BasketStore},
 * and reading it back from its {@link SalesLedger}. Each store's test class extends this one and
 * says only how to open a fresh, empty store. The sales are made by a small {@link BasketStore.SaleMaker}
 * that prices the locked lines with the default catalog and takes a card and a cash payment, so
 * what is under test is the store: atomic closing, numbering without gaps, retries and look-ups.
 */
public abstract class SaleStoreContract {

    public static final long NOW = 1_700_000_000_000L;
    public static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    public static final LocalDateTime NOON = DAY.atTime(LocalTime.NOON);

    private static final PriceList PRICES = PriceList.of(CatalogFile.defaults());
    private static final Money CASH_TENDERED = Money.parse("20.00€");
    private static final int THREADS = 8;
    private static final int ADDERS_PER_RACE = 4;
    /** Adds of a race made as fast as the adders can; later ones each leave the CPU for a moment. */
    private static final int UNTHROTTLED_ADDS = 10_000;
    private static final long TIMEOUT_SECONDS = 60;

    /** The store under test, its baskets (which complete sales) and its ledger (which reads them). */
    protected CheckoutStore checkoutStore;
    protected BasketStore store;
    protected SalesLedger sales;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);

    /** A new store holding no basket and no sale; the test closes it. */
    protected abstract CheckoutStore openEmptyStore() throws Exception;

    /** Baskets each of the threads completes in the numbering race: many for a fast store, fewer where each costs disk writes. */
    protected int salesPerThread() {
        return 200;
    }

    /** Rounds of the add-versus-completion race. */
    protected int raceRounds() {
        return 200;
    }

    @BeforeEach
    void openStore() throws Exception {
        use(openEmptyStore());
    }

    @AfterEach
    void stopThreadsAndCloseStore() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("test threads stopped").isTrue();
        checkoutStore.close();
    }

    /** From now on the test works on {@code opened}, which it closes. */
    protected void use(CheckoutStore opened) {
        checkoutStore = opened;
        store = opened.baskets();
        sales = opened.sales();
    }

    /**
     * Makes the sale of the lines at the default catalog's prices, at {@code time}: the total
     * charged to a card (when there is one to pay) and 20.00€ in cash, all of it given back as change.
     */
    public static BasketStore.SaleMaker sellAt(LocalDateTime time) {
        return (lines, number) -> {
            Receipt receipt = Pricing.receipt(PRICES, lines);
            List<Payment> payments = receipt.total().isZero()
                    ? List.of(Payment.cash(CASH_TENDERED))
                    : List.of(Payment.card(receipt.total(), "AUTH " + number.value()), Payment.cash(CASH_TENDERED));
            return new Sale(number, time, receipt, payments, CASH_TENDERED);
        };
    }

    /**
     * Makes the sale of the lines at the default catalog's prices, at {@code time}, paid as
     * {@code payments} says for the total; the change is what the payments exceed it by.
     */
    static BasketStore.SaleMaker sellAt(LocalDateTime time, Function<Money, List<Payment>> payments) {
        return (lines, number) -> {
            Receipt receipt = Pricing.receipt(PRICES, lines);
            List<Payment> paid = payments.apply(receipt.total());
            Money sum = paid.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
            return new Sale(number, time, receipt, paid, sum.minus(receipt.total()));
        };
    }

    /** Refuses every sale as if the clerk had shown the customer another total. */
    public static BasketStore.SaleMaker refuse() {
        return (lines, number) -> {
            throw new TotalChangedException(Money.parse("0.01€"), Pricing.receipt(PRICES, lines));
        };
    }

    /** A basket holding {@code mugs} mugs and one pen. */
    protected BasketId basketWith(int mugs) throws Exception {
        BasketId basket = store.create(NOW);
        store.change(basket, "MUG", mugs, null, NOW);
        store.change(basket, "PEN", 1, null, NOW);
        return basket;
    }

    /** A basket holding T-shirts, pens and mugs, added in that order; none of a product whose count is 0. */
    BasketId basketOf(int tshirts, int pens, int mugs) throws Exception {
        BasketId basket = store.create(NOW);
        int[] counts = {tshirts, pens, mugs};
        List<String> products = List.of("TSHIRT", "PEN", "MUG");
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                store.change(basket, products.get(i), counts[i], null, NOW);
            }
        }
        return basket;
    }

    @Test
    void completingRecordsTheSaleOfTheBasketsLines() throws Exception {
        BasketId basket = basketWith(2);

        Sale sale = store.completeSale(basket, OperationId.random(), sellAt(NOON), NOW);

        assertThat(sale.number()).hasToString("S-000001");
        assertThat(sale.time()).isEqualTo(NOON);
        assertThat(sale.receipt().basket()).isEqualTo(basket);
        assertThat(sale.receipt().lines()).extracting(Receipt.Line::code, Receipt.Line::quantity)
                .containsExactly(tuple("MUG", 2), tuple("PEN", 1));
        assertThat(sale.total()).hasToString("20.00€");
    }

    @Test
    void aPaidBasketIsClosedAndSaysWhichSaleItWasPaidAs() throws Exception {
        BasketId basket = basketWith(1);
        SaleNumber number = store.completeSale(basket, OperationId.random(), sellAt(NOON), NOW).number();

        assertPaid(() -> store.change(basket, "PEN", 1, null, NOW), basket, number);
        assertPaid(() -> store.change(basket, "PEN", 1, OperationId.random(), NOW), basket, number);
        assertPaid(() -> store.read(basket, NOW), basket, number);
        assertPaid(() -> store.remove(basket), basket, number);
        assertThat(store.size()).isZero();
    }

    @Test
    void aRetryWithTheSameOperationAnswersTheSameSaleWithoutMakingItAgain() throws Exception {
        BasketId basket = basketWith(3);
        OperationId operation = OperationId.random();
        Sale first = store.completeSale(basket, operation, sellAt(NOON), NOW);
        AtomicInteger calls = new AtomicInteger();

        Sale retry = store.completeSale(basket, operation, (lines, number) -> {
            calls.incrementAndGet();
            return sellAt(NOON).make(lines, number);
        }, NOW);

        assertThat(retry).isEqualTo(first);
        assertThat(calls).hasValue(0);
        assertThat(store.completeSale(basketWith(1), OperationId.random(), sellAt(NOON), NOW).number())
                .as("the next sale's number").hasToString("S-000002");
    }

    @Test
    void completingAPaidBasketUnderAnotherOperationIsToldItWasPaid() throws Exception {
        BasketId basket = basketWith(1);
        SaleNumber number = store.completeSale(basket, OperationId.random(), sellAt(NOON), NOW).number();

        assertPaid(() -> store.completeSale(basket, OperationId.random(), sellAt(NOON), NOW), basket, number);
        assertThat(sales.sales(DAY)).hasSize(1);
    }

    @Test
    void aRefusedSaleLeavesTheBasketOpenAndUnchangedAndItsNumberFree() throws Exception {
        BasketId basket = basketWith(2);
        BasketLines before = store.read(basket, NOW);

        assertThatExceptionOfType(TotalChangedException.class)
                .isThrownBy(() -> store.completeSale(basket, OperationId.random(), refuse(), NOW));

        assertThat(store.read(basket, NOW)).isEqualTo(before);
        assertThat(store.change(basket, "PEN", 1, null, NOW).version()).isEqualTo(before.version() + 1);
        assertThat(sales.sales(DAY)).isEmpty();
        assertThat(store.completeSale(basket, OperationId.random(), sellAt(NOON), NOW).number())
                .hasToString("S-000001");
    }

    @Test
    void aSaleRefusedUnderAnOperationCanBeCompletedUnderTheSameOperation() throws Exception {
        BasketId basket = basketWith(1);
        OperationId operation = OperationId.random();
        assertThatExceptionOfType(TotalChangedException.class)
                .isThrownBy(() -> store.completeSale(basket, operation, refuse(), NOW));

        Sale sale = store.completeSale(basket, operation, sellAt(NOON), NOW);

        assertThat(sale.number()).hasToString("S-000001");
        assertThat(store.completeSale(basket, operation, refuse(), NOW)).isEqualTo(sale);
    }

    @Test
    void aRecordedSaleIsFoundByItsNumber() throws Exception {
        Sale first = store.completeSale(basketWith(1), OperationId.random(), sellAt(NOON), NOW);
        Sale second = store.completeSale(basketWith(4), OperationId.random(), sellAt(NOON.plusMinutes(1)), NOW);

        assertThat(sales.sale(first.number())).isEqualTo(first);
        assertThat(sales.sale(second.number())).isEqualTo(second);
    }

    @Test
    void aSaleNumberNotGivenYetIsNotFound() throws Exception {
        store.completeSale(basketWith(1), OperationId.random(), sellAt(NOON), NOW);

        assertThatExceptionOfType(SaleNotFoundException.class)
                .isThrownBy(() -> sales.sale(new SaleNumber(2)))
                .satisfies(e -> assertThat(e.number()).isEqualTo(new SaleNumber(2)))
                .withMessage("No sale S-000002");
    }

    /** Makes the sale as {@link #sellAt(LocalDateTime)} does, made at {@code till} by {@code clerk}. */
    public static BasketStore.SaleMaker sellAt(LocalDateTime time, String till, String clerk) {
        BasketStore.SaleMaker sell = sellAt(time);
        return (lines, number) -> sell.make(lines, number).madeAt(till, clerk);
    }

    @Test
    void aSaleKeepsTheTillAndClerkThatMadeIt() throws Exception {
        Sale sale = store.completeSale(basketWith(1), OperationId.random(), sellAt(NOON, "T01", "Ann"), NOW);

        assertThat(sales.sale(sale.number())).isEqualTo(sale);
        assertThat(sales.sale(sale.number()).till()).isEqualTo("T01");
        assertThat(sales.sale(sale.number()).clerk()).isEqualTo("Ann");
        assertThat(sales.sales(DAY)).containsExactly(sale);
    }

    @Test
    void aSaleAtNoTillReadsBackAtNoTill() throws Exception {
        Sale sale = store.completeSale(basketWith(1), OperationId.random(), sellAt(NOON), NOW);

        assertThat(sales.sale(sale.number()).till()).isNull();
        assertThat(sales.sale(sale.number()).clerk()).isNull();
    }

    @Test
    void aTillsTakingsAreItsSalesFromOneTimeToAnotherBothIncluded() throws Exception {
        LocalDateTime from = NOON.plusNanos(1_500);
        LocalDateTime to = NOON.plusHours(2).plusNanos(1_500);
        store.completeSale(basketWith(1), OperationId.random(), sellAt(from.minusNanos(1), "T01", "Ann"), NOW);
        Sale first = store.completeSale(basketWith(2), OperationId.random(), sellAt(from, "T01", "Ann"), NOW);
        store.completeSale(basketWith(3), OperationId.random(), sellAt(NOON.plusHours(1), "T02", "Ben"), NOW);
        store.completeSale(basketWith(3), OperationId.random(), sellAt(NOON.plusHours(1), null, null), NOW);
        Sale last = store.completeSale(basketWith(4), OperationId.random(), sellAt(to, "T01", null), NOW);
        store.completeSale(basketWith(5), OperationId.random(), sellAt(to.plusNanos(1), "T01", "Ann"), NOW);

        assertThat(sales.takings("T01", from, to).sales()).containsExactly(first, last);
        assertThat(sales.takings("T01", from, to).refunds()).isEmpty();
        assertThat(sales.takings("T03", from, to).sales()).isEmpty();
    }

    @Test
    void aTillsTakingsSpanMidnight() throws Exception {
        Sale late = store.completeSale(basketWith(1), OperationId.random(),
                sellAt(DAY.atTime(23, 30), "T01", "Ann"), NOW);
        Sale early = store.completeSale(basketWith(2), OperationId.random(),
                sellAt(DAY.plusDays(1).atTime(0, 30), "T01", "Ann"), NOW);

        assertThat(sales.takings("T01", DAY.atTime(22, 0), DAY.plusDays(1).atTime(1, 0)).sales())
                .containsExactly(late, early);
    }

    @Test
    void salesOfADayComeInNumberOrderWithoutOtherDays() throws Exception {
        Sale late = store.completeSale(basketWith(1), OperationId.random(), sellAt(DAY.atTime(23, 59, 59)), NOW);
        Sale nextDay = store.completeSale(basketWith(2), OperationId.random(), sellAt(DAY.plusDays(1).atStartOfDay()), NOW);
        Sale early = store.completeSale(basketWith(3), OperationId.random(), sellAt(DAY.atStartOfDay()), NOW);
        Sale dayBefore = store.completeSale(basketWith(4), OperationId.random(), sellAt(DAY.atStartOfDay().minusNanos(1_000)), NOW);

        assertThat(sales.sales(DAY)).containsExactly(late, early);
        assertThat(sales.sales(DAY.plusDays(1))).containsExactly(nextDay);
        assertThat(sales.sales(DAY.minusDays(1))).containsExactly(dayBefore);
        assertThat(sales.sales(DAY.plusDays(2))).isEmpty();
    }

    @Test
    void theDayReportTotalsThatDaysSalesOnly() throws Exception {
        store.completeSale(basketWith(2), OperationId.random(), sellAt(DAY.atTime(9, 0)), NOW);
        store.completeSale(basketWith(3), OperationId.random(), sellAt(DAY.plusDays(1).atTime(9, 0)), NOW);
        BasketId shirts = store.create(NOW);
        store.change(shirts, "TSHIRT", 3, null, NOW);
        store.completeSale(shirts, OperationId.random(), sellAt(DAY.atTime(18, 0)), NOW);

        DayReport report = sales.dayReport(DAY);

        assertThat(report.sales()).isEqualTo(2);
        assertThat(report.gross()).isEqualTo(Money.parse("80.00€"));
        assertThat(report.savings()).isEqualTo(Money.parse("15.00€"));
        assertThat(report.net()).isEqualTo(Money.parse("65.00€"));
        assertThat(report.card()).isEqualTo(Money.parse("65.00€"));
        assertThat(report.cashTaken()).isEqualTo(Money.parse("40.00€"));
        assertThat(report.changeGiven()).isEqualTo(Money.parse("40.00€"));
        assertThat(report.firstSale()).contains(new SaleNumber(1));
        assertThat(report.lastSale()).contains(new SaleNumber(3));
    }

    @Test
    void aSaleKeepsEveryDetailOfItsReceiptAndPayments() throws Exception {
        BasketId basket = store.create(NOW);
        store.change(basket, "TSHIRT", 3, null, NOW);
        store.change(basket, "PEN", 2, null, NOW);
        LocalDateTime time = DAY.atTime(9, 41, 7, 123_456_000);

        Sale sale = store.completeSale(basket, OperationId.random(), sellAt(time), NOW);

        assertThat(sale.receipt().discounts()).as("promotions applied").isNotEmpty();
        assertThat(sales.sale(sale.number())).isEqualTo(sale);
        assertThat(sales.sales(DAY)).containsExactly(sale);
    }

    @Test
    void aDayWithoutSalesReportsNothingSold() throws Exception {
        store.completeSale(basketWith(1), OperationId.random(), sellAt(DAY.plusDays(1).atStartOfDay()), NOW);

        DayReport report = sales.dayReport(DAY);

        assertThat(report).isEqualTo(DayReport.empty(DAY));
    }

    /**
     * Three sales of the day, around one of the next day: 3 T-shirts and 2 pens (70.00€ less 20.00€
     * of promotions) for 70.00€ in cash; 2 mugs and a pen (20.00€) by card; a T-shirt and a mug
     * (27.50€) split over 10.00€ by card and 20.00€ in cash.
     */
    @Test
    void theDayReportAddsUpTheDaysSalesPaymentsAndChange() throws Exception {
        store.completeSale(basketOf(3, 2, 0), OperationId.random(),
                sellAt(DAY.atTime(9, 0), total -> List.of(Payment.cash(Money.parse("70.00€")))), NOW);
        store.completeSale(basketOf(1, 0, 0), OperationId.random(), sellAt(DAY.plusDays(1).atTime(9, 0)), NOW);
        store.completeSale(basketOf(0, 1, 2), OperationId.random(),
                sellAt(DAY.atTime(12, 0), total -> List.of(Payment.card(total, "AUTH 1"))), NOW);
        store.completeSale(basketOf(1, 0, 1), OperationId.random(), sellAt(DAY.atTime(17, 30),
                total -> List.of(Payment.card(Money.parse("10.00€"), ""), Payment.cash(Money.parse("20.00€")))), NOW);

        DayReport report = sales.dayReport(DAY);

        assertThat(report.sales()).isEqualTo(3);
        assertThat(report.gross()).hasToString("117.50€");
        assertThat(report.savings()).hasToString("20.00€");
        assertThat(report.net()).hasToString("97.50€");
        assertThat(report.card()).hasToString("30.00€");
        assertThat(report.cashTaken()).hasToString("90.00€");
        assertThat(report.changeGiven()).hasToString("22.50€");
        assertThat(report.cashInDrawer()).hasToString("67.50€");
        assertThat(report.firstSale()).hasValue(new SaleNumber(1));
        assertThat(report.lastSale()).hasValue(new SaleNumber(4));
        assertThat(report).isEqualTo(DayReport.of(DAY, sales.sales(DAY)));
    }

    @Test
    void theDayReportCountsTheSalesFromMidnightToMidnight() throws Exception {
        store.completeSale(basketWith(1), OperationId.random(), sellAt(DAY.atStartOfDay().minusNanos(1)), NOW);
        Sale first = store.completeSale(basketWith(2), OperationId.random(), sellAt(DAY.atStartOfDay()), NOW);
        Sale last = store.completeSale(basketWith(3), OperationId.random(),
                sellAt(DAY.plusDays(1).atStartOfDay().minusNanos(1)), NOW);
        store.completeSale(basketWith(4), OperationId.random(), sellAt(DAY.plusDays(1).atStartOfDay()), NOW);

        DayReport report = sales.dayReport(DAY);

        assertThat(report).isEqualTo(DayReport.of(DAY, List.of(first, last)));
        assertThat(report.sales()).isEqualTo(2);
        assertThat(report.firstSale()).hasValue(first.number());
        assertThat(report.lastSale()).hasValue(last.number());
    }

    /**
     * Three sales of the day around one of the next day and one of the day before: 3 T-shirts and
     * 2 pens (50.00€) paid 20.00€ in cash, then the rest by card; 2 mugs and a pen (20.00€) by card;
     * a T-shirt and a mug (27.50€) for 30.00€ in cash.
     */
    @Test
    void theJournalShowsEachOfTheDaysSalesInNumberOrderAsItsSummary() throws Exception {
        store.completeSale(basketOf(3, 2, 0), OperationId.random(), sellAt(DAY.plusDays(1).atStartOfDay().minusNanos(1),
                total -> List.of(Payment.cash(Money.parse("20.00€")), Payment.card(Money.parse("30.00€"), "A1"))), NOW);
        store.completeSale(basketOf(1, 0, 0), OperationId.random(), sellAt(DAY.plusDays(1).atStartOfDay()), NOW);
        store.completeSale(basketOf(0, 1, 2), OperationId.random(),
                sellAt(DAY.atStartOfDay(), total -> List.of(Payment.card(total, "AUTH 3"))), NOW);
        store.completeSale(basketOf(0, 1, 0), OperationId.random(), sellAt(DAY.atStartOfDay().minusNanos(1_000)), NOW);
        store.completeSale(basketOf(1, 0, 1), OperationId.random(),
                sellAt(DAY.atTime(12, 0, 0, 123_456_000), total -> List.of(Payment.cash(Money.parse("30.00€")))), NOW);

        List<SaleSummary> journal = sales.journal(DAY);

        assertThat(journal).extracting(line -> line.number().value(), SaleSummary::units, line -> line.total().toString(),
                SaleSummary::kinds, line -> line.change().toString()).containsExactly(
                tuple(1L, 5L, "50.00€", List.of(Payment.Kind.CASH, Payment.Kind.CARD), "0.00€"),
                tuple(3L, 3L, "20.00€", List.of(Payment.Kind.CARD), "0.00€"),
                tuple(5L, 2L, "27.50€", List.of(Payment.Kind.CASH), "2.50€"));
        assertThat(journal).extracting(SaleSummary::time).containsExactly(DAY.plusDays(1).atStartOfDay().minusNanos(1),
                DAY.atStartOfDay(), DAY.atTime(12, 0, 0, 123_456_000));
        assertThat(journal).isEqualTo(sales.sales(DAY).stream().map(SaleSummary::of).toList());
    }

    @Test
    void theJournalOfADayWithoutSalesIsEmpty() throws Exception {
        store.completeSale(basketWith(1), OperationId.random(), sellAt(DAY.plusDays(1).atStartOfDay()), NOW);

        assertThat(sales.journal(DAY)).isEmpty();
    }

    @Test
    void aRefusedSaleIsNotInTheJournal() throws Exception {
        Sale sold = store.completeSale(basketWith(1), OperationId.random(), sellAt(NOON), NOW);
        assertThatExceptionOfType(TotalChangedException.class)
                .isThrownBy(() -> store.completeSale(basketWith(2), OperationId.random(), refuse(), NOW));

        assertThat(sales.journal(DAY)).containsExactly(SaleSummary.of(sold));
    }

    /** The clock went back between sales: a day's sales are then not one run of numbers. */
    @Test
    void aDaysReportAndJournalHoldItsSalesWhenOtherDaysCameBetween() throws Exception {
        Sale first = store.completeSale(basketWith(1), OperationId.random(), sellAt(NOON), NOW);
        Sale nextDay = store.completeSale(basketWith(2), OperationId.random(), sellAt(NOON.plusDays(1)), NOW);
        Sale last = store.completeSale(basketWith(3), OperationId.random(), sellAt(NOON.minusHours(1)), NOW);

        assertThat(sales.dayReport(DAY)).isEqualTo(DayReport.of(DAY, List.of(first, last)));
        assertThat(sales.journal(DAY)).containsExactly(SaleSummary.of(first), SaleSummary.of(last));
        assertThat(sales.dayReport(DAY.plusDays(1))).isEqualTo(DayReport.of(DAY.plusDays(1), List.of(nextDay)));
        assertThat(sales.journal(DAY.plusDays(1))).containsExactly(SaleSummary.of(nextDay));
    }

    @Test
    void aRefusedSaleIsNotInTheDayReport() throws Exception {
        Sale sold = store.completeSale(basketWith(1), OperationId.random(), sellAt(NOON), NOW);
        assertThatExceptionOfType(TotalChangedException.class)
                .isThrownBy(() -> store.completeSale(basketWith(2), OperationId.random(), refuse(), NOW));

        assertThat(sales.dayReport(DAY)).isEqualTo(DayReport.of(DAY, List.of(sold)));
    }

    @Test
    void completingABasketThatWasNeverCreatedIsToldItIsUnknown() {
        BasketId unknown = BasketId.random();

        assertNotFound(() -> store.completeSale(unknown, OperationId.random(), sellAt(NOON), NOW),
                BasketNotFoundException.Reason.UNKNOWN);
    }

    @Test
    void completingARemovedBasketIsToldItIsUnknown() throws Exception {
        BasketId removed = basketWith(1);
        store.remove(removed);

        assertNotFound(() -> store.completeSale(removed, OperationId.random(), sellAt(NOON), NOW),
                BasketNotFoundException.Reason.UNKNOWN);
        assertThat(sales.sales(DAY)).isEmpty();
    }

    @Test
    void completingAnExpiredBasketIsToldItExpired() throws Exception {
        BasketId expired = basketWith(1);
        store.expireIdleSince(NOW + 1);

        assertNotFound(() -> store.completeSale(expired, OperationId.random(), sellAt(NOON), NOW + 2),
                BasketNotFoundException.Reason.EXPIRED);
        assertThat(sales.sales(DAY)).isEmpty();
    }

    @Test
    void expiryLeavesPaidBasketsPaidAndTheirSalesKept() throws Exception {
        BasketId basket = basketWith(1);
        Sale sale = store.completeSale(basket, OperationId.random(), sellAt(NOON), NOW);

        assertThat(store.expireIdleSince(NOW + 1)).isZero();

        assertPaid(() -> store.read(basket, NOW + 2), basket, sale.number());
        assertThat(sales.sale(sale.number())).isEqualTo(sale);
    }

    /** Long after the basket's own tombstone would have been purged, its sale and that it was paid are kept. */
    @Test
    void expiryNeverForgetsASaleNorThatItsBasketWasPaid() throws Exception {
        BasketId basket = basketWith(1);
        OperationId operation = OperationId.random();
        Sale sale = store.completeSale(basket, operation, sellAt(NOON), NOW);

        store.expireIdleSince(NOW + Duration.ofDays(365).toMillis());

        assertThat(sales.sale(sale.number())).isEqualTo(sale);
        assertThat(sales.sales(DAY)).containsExactly(sale);
        assertPaid(() -> store.change(basket, "PEN", 1, null, NOW), basket, sale.number());
        assertThat(store.completeSale(basket, operation, refuse(), NOW)).as("a retry").isEqualTo(sale);
    }

    /**
     * Eight threads complete baskets at once, every fifth of them refused: the sales that were
     * recorded have exactly the numbers 1 to their count, each once, and the refused baskets are open.
     */
    @Test
    void concurrentSalesAreNumberedFromOneWithoutGaps() throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Callable<List<Sale>>> sellers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            sellers.add(() -> {
                List<BasketId> baskets = new ArrayList<>();
                for (int i = 0; i < salesPerThread(); i++) {
                    baskets.add(basketWith(1 + i % 3));
                }
                start.await();
                List<Sale> sold = new ArrayList<>();
                for (int i = 0; i < baskets.size(); i++) {
                    BasketId basket = baskets.get(i);
                    if (i % 5 == 4) {
                        assertThatExceptionOfType(TotalChangedException.class).isThrownBy(
                                () -> store.completeSale(basket, OperationId.random(), refuse(), NOW));
                    } else {
                        sold.add(store.completeSale(basket, OperationId.random(), sellAt(NOON), NOW));
                    }
                }
                return sold;
            });
        }

        List<Sale> recorded = awaitAll(sellers).stream().flatMap(List::stream).toList();

        long count = recorded.size();
        assertThat(count).isEqualTo(THREADS * (salesPerThread() - salesPerThread() / 5));
        assertThat(recorded).extracting(sale -> sale.number().value())
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, count).boxed().toList());
        assertThat(sales.sales(DAY)).containsExactlyElementsOf(
                recorded.stream().sorted((a, b) -> a.number().compareTo(b.number())).toList());
        assertThat(sales.dayReport(DAY)).isEqualTo(DayReport.of(DAY, recorded));
        assertThat(store.size()).as("refused baskets, still open").isEqualTo(THREADS * (salesPerThread() / 5));
    }

    @Test
    void noAddLandsInABasketAfterItsSaleAndNoneIsLostFromIt() throws Exception {
        for (int round = 0; round < raceRounds(); round++) {
            raceAddsAgainstCompletion(round);
        }
    }

    /**
     * Adders add pens to one basket as fast as they can until it is paid; the seller waits until
     * some of them succeeded (0 to 15, varying by round), then completes the sale. Every add either
     * landed in the sold lines or was told the basket was paid as that sale.
     */
    private void raceAddsAgainstCompletion(int round) throws Exception {
        BasketId basket = store.create(NOW);
        AtomicInteger successfulAdds = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(ADDERS_PER_RACE + 1);
        List<Callable<Object>> racers = new ArrayList<>();
        for (int a = 0; a < ADDERS_PER_RACE; a++) {
            racers.add(() -> {
                start.await();
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        store.change(basket, "PEN", 1, OperationId.random(), NOW);
                        if (successfulAdds.incrementAndGet() > UNTHROTTLED_ADDS) {
                            // The seller has not been scheduled yet (a busy machine): leave it the CPU,
                            // rather than fill the line up to its limit of a million units.
                            Thread.sleep(1);
                        }
                    } catch (BasketNotFoundException paid) {
                        return paid;
                    }
                }
                return null;
            });
        }
        racers.add(() -> {
            start.await();
            while (successfulAdds.get() < round % 16 && !Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            return store.completeSale(basket, OperationId.random(), sellAt(NOON), NOW);
        });

        List<Object> results = awaitAll(racers);

        Sale sale = (Sale) results.get(ADDERS_PER_RACE);
        assertThat(sale.receipt().units()).as("round %d: units sold", round)
                .isEqualTo(successfulAdds.get())
                .isGreaterThanOrEqualTo(round % 16);
        assertThat(results.subList(0, ADDERS_PER_RACE)).as("round %d: what stopped the adders", round)
                .allSatisfy(stop -> assertThat(stop).isInstanceOfSatisfying(BasketNotFoundException.class, e -> {
                    assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.PAID);
                    assertThat(e.paidAs()).isEqualTo(sale.number());
                }));
    }

    /** The call fails because {@code basket} was paid as sale {@code number}. */
    protected static void assertPaid(ThrowingCallable call, BasketId basket,
            SaleNumber number) {
        assertThatExceptionOfType(BasketNotFoundException.class).isThrownBy(call)
                .withMessage("Basket " + basket + " was paid as sale " + number + "; start a new one")
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.PAID);
                    assertThat(e.paidAs()).isEqualTo(number);
                    assertThat(e.basket()).isEqualTo(basket);
                });
    }

    private static void assertNotFound(ThrowingCallable call,
            BasketNotFoundException.Reason reason) {
        assertThatExceptionOfType(BasketNotFoundException.class).isThrownBy(call)
                .satisfies(e -> assertThat(e.reason()).isEqualTo(reason));
    }

    /** Runs the tasks on the pool and answers their results, failing (not hanging) when they take too long. */
    private <T> List<T> awaitAll(List<Callable<T>> tasks) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(task));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        }
        return results;
    }
}
