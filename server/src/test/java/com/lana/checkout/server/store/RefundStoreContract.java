package com.lana.checkout.server.store;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundNotFoundException;
import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.RefundRefusedException;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNotFoundException;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.Shop;
import com.lana.checkout.api.VatAmount;
import com.lana.checkout.api.VatRate;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.server.pricing.Pricing;
import com.lana.checkout.server.pricing.RefundRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How every store keeps refunds: recording one with its sale locked, so that no more units come
 * back than were sold even when tills race, numbering them without gaps, answering a retry with the
 * refund it recorded, and reading them back, also in the day report. The refunds are made by the
 * service's own {@link RefundRules} with the default catalog, so the amounts are the real ones; what
 * is under test is the store. Each store's test class extends this one and says only how to open a
 * fresh, empty store.
 */
public abstract class RefundStoreContract {

    protected static final long NOW = 1_700_000_000_000L;
    protected static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    protected static final LocalDateTime NOON = DAY.atTime(LocalTime.NOON);
    protected static final LocalDateTime LATER = NOON.plusHours(3);

    private static final PriceList PRICES = PriceList.of(CatalogFile.defaults());
    private static final int THREADS = 8;
    private static final long TIMEOUT_SECONDS = 60;

    protected CheckoutStore checkoutStore;
    protected BasketStore baskets;
    protected SalesLedger ledger;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    /** A new store holding no basket, sale or refund; the test closes it. */
    protected abstract CheckoutStore openEmptyStore() throws Exception;

    /** Rounds of the race for a sale's last unit: many for a fast store, fewer where each costs disk writes. */
    protected int raceRounds() {
        return 200;
    }

    /** Refunds each thread makes in the numbering race. */
    protected int refundsPerThread() {
        return 50;
    }

    @BeforeEach
    void openStore() throws Exception {
        checkoutStore = openEmptyStore();
        baskets = checkoutStore.baskets();
        ledger = checkoutStore.sales();
    }

    @AfterEach
    void stopThreadsAndCloseStore() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("test threads stopped").isTrue();
        checkoutStore.close();
    }

    /** A completed sale of {@code codes}, one unit each in the order given, paid as {@code paid} says for its total. */
    protected Sale sold(List<String> codes, java.util.function.Function<Money, List<Payment>> paid) throws Exception {
        BasketId basket = baskets.create(NOW);
        for (String code : codes) {
            baskets.change(basket, code, 1, null, NOW);
        }
        return baskets.completeSale(basket, OperationId.random(), (lines, number) -> {
            Receipt receipt = Pricing.receipt(PRICES, lines);
            List<Payment> payments = paid.apply(receipt.total());
            Money sum = payments.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
            return new Sale(number, NOON, receipt, payments, sum.minus(receipt.total()));
        }, NOW);
    }

    /** A completed sale of {@code codes} paid in cash, exactly. */
    protected Sale sold(String... codes) throws Exception {
        return sold(List.of(codes), total -> List.of(Payment.cash(total)));
    }

    /** Makes the refund the service would, at {@code time}. */
    protected static SalesLedger.RefundMaker refunding(List<ReturnedItem> items, RefundTo to, LocalDateTime time) {
        return (sale, earlier, number) -> RefundRules.make(sale, earlier, items, to, PRICES, number, time,
                Shop.DEVELOPMENT);
    }

    protected Refund refund(Sale sale, String code, int quantity) throws CheckoutException {
        return refund(sale.number(), RefundTo.ORIGINAL, ReturnedItem.of(code, quantity));
    }

    protected Refund refund(SaleNumber sale, RefundTo to, ReturnedItem... items) throws CheckoutException {
        return ledger.refund(sale, OperationId.random(), refunding(List.of(items), to, LATER));
    }

    @Test
    void bringingBackTheMugOfPenTshirtMugPaysBackItsPrice() throws Exception {
        Sale sale = sold("PEN", "TSHIRT", "MUG");

        Refund refund = refund(sale, "MUG", 1);

        assertThat(refund.number()).hasToString("R-000001");
        assertThat(refund.sale()).isEqualTo(sale.number());
        assertThat(refund.amount()).hasToString("7.50€");
        assertThat(refund.items()).extracting(Refund.Item::code, Refund.Item::name, Refund.Item::quantity)
                .containsExactly(tuple("MUG", "Lana Coffee Mug", 1));
        assertThat(refund.paidBack()).containsExactly(Payment.cash(Money.parse("7.50€")));
        assertThat(refund.vat()).containsExactly(VatAmount.of(VatRate.STANDARD, Money.parse("7.50€")));
        assertThat(refund.time()).isEqualTo(LATER);
    }

    @Test
    void theFreePenOfATwoForOneComesBackForNothingAndTheOtherForWhatWasPaid() throws Exception {
        Sale sale = sold("PEN", "PEN");

        Refund free = refund(sale, "PEN", 1);
        Refund paid = refund(sale, "PEN", 1);

        assertThat(free.amount()).isEqualTo(Money.ZERO);
        assertThat(free.paidBack()).isEmpty();
        assertThat(free.explanation()).contains("Nothing to pay back");
        assertThat(free.number()).as("a refund of nothing is still recorded").hasToString("R-000001");
        assertThat(paid.amount()).hasToString("5.00€");
        assertThat(paid.number()).hasToString("R-000002");
    }

    @Test
    void tShirtsOfABulkDiscountComeBackAtWhatTheKeptOnesNoLongerSave() throws Exception {
        Sale sale = sold("TSHIRT", "TSHIRT", "TSHIRT");

        List<Money> amounts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            amounts.add(refund(sale, "TSHIRT", 1).amount());
        }

        assertThat(sale.total()).hasToString("45.00€");
        assertThat(amounts).extracting(Money::toString).containsExactly("5.00€", "20.00€", "20.00€");
    }

    @Test
    void theSaleRemembersWhatCameBack() throws Exception {
        Sale sale = sold("PEN", "TSHIRT", "MUG", "PEN");
        refund(sale, "PEN", 1);
        refund(sale.number(), RefundTo.ORIGINAL, ReturnedItem.of("PEN", 1), ReturnedItem.of("MUG", 1));

        Sale after = ledger.sale(sale.number());

        assertThat(after.returned()).containsExactly(ReturnedItem.of("PEN", 2), ReturnedItem.of("MUG", 1));
        assertThat(after.remaining("TSHIRT")).isEqualTo(1);
        assertThat(after.remaining("PEN")).isZero();
        assertThat(after.receipt()).isEqualTo(sale.receipt());
    }

    @Test
    void theSalesOfADayCarryWhatCameBackOfThem() throws Exception {
        Sale sale = sold("PEN", "MUG");
        refund(sale, "MUG", 1);

        assertThat(ledger.sales(DAY)).singleElement()
                .satisfies(read -> assertThat(read.returned()).containsExactly(ReturnedItem.of("MUG", 1)));
    }

    @Test
    void moreUnitsThanRemainAreRefusedAndRecordNothing() throws Exception {
        Sale sale = sold("PEN", "PEN", "MUG");
        refund(sale, "PEN", 1);

        assertThatExceptionOfType(RefundRefusedException.class).isThrownBy(() -> refund(sale, "PEN", 2))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(RefundRefusedException.Reason.MORE_THAN_REMAIN))
                .withMessageContaining("PEN").withMessageContaining(sale.number().toString())
                .withMessageContaining("at most 1");
        assertThat(ledger.sale(sale.number()).returned(("PEN"))).isEqualTo(1);
        assertThat(refund(sale, "MUG", 1).number()).as("the refused refund left its number free")
                .hasToString("R-000002");
    }

    @Test
    void aProductTheSaleDidNotSellIsRefused() throws Exception {
        Sale sale = sold("PEN");

        assertThatExceptionOfType(RefundRefusedException.class).isThrownBy(() -> refund(sale, "MUG", 1))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(RefundRefusedException.Reason.NOT_IN_SALE))
                .withMessageContaining("MUG");
    }

    @Test
    void anEmptyListIsRefused() throws Exception {
        Sale sale = sold("PEN");

        assertThatExceptionOfType(RefundRefusedException.class).isThrownBy(() -> refund(sale.number(), RefundTo.CASH))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(RefundRefusedException.Reason.NOTHING_RETURNED));
    }

    @Test
    void anUnknownSaleIsRefused() {
        assertThatExceptionOfType(SaleNotFoundException.class)
                .isThrownBy(() -> refund(new SaleNumber(42), RefundTo.CASH, ReturnedItem.of("PEN", 1)))
                .withMessageContaining("S-000042");
    }

    @Test
    void aCardSaleIsPaidBackToItsCardAndACashRefundOfItToo() throws Exception {
        Sale sale = sold(List.of("TSHIRT", "MUG"), total -> List.of(Payment.card(total, "AUTH 7")));

        Refund toCard = refund(sale.number(), RefundTo.ORIGINAL, ReturnedItem.of("MUG", 1));
        Refund inCash = refund(sale.number(), RefundTo.CASH, ReturnedItem.of("TSHIRT", 1));

        assertThat(toCard.paidBack()).containsExactly(Payment.card(Money.parse("7.50€"), "AUTH 7"));
        assertThat(inCash.paidBack()).containsExactly(Payment.cash(Money.parse("20.00€")));
    }

    @Test
    void aSplitSaleIsPaidBackToTheCardFirstThenInCash() throws Exception {
        Sale sale = sold(List.of("TSHIRT", "MUG"),
                total -> List.of(Payment.card(Money.parse("10.00€"), "AUTH 8"), Payment.cash(Money.parse("20.00€"))));
        refund(sale.number(), RefundTo.ORIGINAL, ReturnedItem.of("MUG", 1));

        Refund second = refund(sale.number(), RefundTo.ORIGINAL, ReturnedItem.of("TSHIRT", 1));

        assertThat(second.paidBack()).as("the card had 2.50€ left to take back")
                .containsExactly(Payment.card(Money.parse("2.50€"), "AUTH 8"), Payment.cash(Money.parse("17.50€")));
    }

    @Test
    void aCardRefundBeyondWhatTheCardsPaidIsRefused() throws Exception {
        Sale sale = sold(List.of("TSHIRT", "MUG"),
                total -> List.of(Payment.card(Money.parse("5.00€"), "AUTH 9"), Payment.cash(Money.parse("22.50€"))));

        assertThatExceptionOfType(RefundRefusedException.class)
                .isThrownBy(() -> refund(sale.number(), RefundTo.CARD, ReturnedItem.of("TSHIRT", 1)))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(RefundRefusedException.Reason.CARD_REFUND_TOO_LARGE))
                .withMessageContaining("5.00€").withMessageContaining("20.00€");
        assertThat(ledger.refunds(DAY)).isEmpty();
    }

    @Test
    void aRetryWithTheSameOperationAnswersTheSameRefundWithoutMakingItAgain() throws Exception {
        Sale sale = sold("PEN", "MUG");
        OperationId operation = OperationId.random();
        List<ReturnedItem> mug = List.of(ReturnedItem.of("MUG", 1));
        Refund first = ledger.refund(sale.number(), operation, refunding(mug, RefundTo.ORIGINAL, LATER));
        AtomicInteger calls = new AtomicInteger();

        Refund retry = ledger.refund(sale.number(), operation, (s, earlier, number) -> {
            calls.incrementAndGet();
            return refunding(mug, RefundTo.ORIGINAL, LATER).make(s, earlier, number);
        });

        assertThat(retry).isEqualTo(first);
        assertThat(calls).hasValue(0);
        assertThat(ledger.sale(sale.number()).returned("MUG")).isEqualTo(1);
        assertThat(refund(sale, "PEN", 1).number()).hasToString("R-000002");
    }

    @Test
    void anOperationThatRefundedOneSaleCannotRefundAnother() throws Exception {
        Sale first = sold("PEN");
        Sale second = sold("MUG");
        OperationId operation = OperationId.random();
        ledger.refund(first.number(), operation, refunding(List.of(ReturnedItem.of("PEN", 1)), RefundTo.CASH, LATER));

        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> ledger.refund(second.number(), operation,
                        refunding(List.of(ReturnedItem.of("MUG", 1)), RefundTo.CASH, LATER)))
                .withMessageContaining(first.number().toString());
    }

    /** Records the refund of one {@code code} of {@code sale} in cash at {@code time}, made at {@code till} by {@code clerk}. */
    private Refund refundAt(Sale sale, String code, LocalDateTime time, String till, String clerk)
            throws CheckoutException {
        SalesLedger.RefundMaker make = refunding(List.of(ReturnedItem.of(code, 1)), RefundTo.CASH, time);
        return ledger.refund(sale.number(), OperationId.random(),
                (recorded, earlier, number) -> make.make(recorded, earlier, number).madeAt(till, clerk));
    }

    @Test
    void aRefundKeepsTheTillAndClerkThatMadeIt() throws Exception {
        Refund refund = refundAt(sold("PEN", "TSHIRT", "MUG"), "MUG", LATER, "T01", "Ann");

        assertThat(ledger.refund(refund.number())).isEqualTo(refund);
        assertThat(ledger.refund(refund.number()).till()).isEqualTo("T01");
        assertThat(ledger.refund(refund.number()).clerk()).isEqualTo("Ann");
        assertThat(ledger.refunds(DAY)).containsExactly(refund);
    }

    @Test
    void aTillsTakingsHoldItsRefundsFromOneTimeToAnotherBothIncluded() throws Exception {
        Sale sale = sold("PEN", "TSHIRT", "MUG", "MUG", "MUG", "MUG");
        LocalDateTime from = LATER.plusNanos(1_500);
        LocalDateTime to = LATER.plusHours(1).plusNanos(1_500);
        refundAt(sale, "MUG", from.minusNanos(1), "T01", "Ann");
        Refund first = refundAt(sale, "MUG", from, "T01", "Ann");
        refundAt(sale, "PEN", from.plusMinutes(1), "T02", "Ben");
        refundAt(sale, "TSHIRT", from.plusMinutes(2), null, null);
        Refund last = refundAt(sale, "MUG", to, "T01", null);
        refundAt(sale, "MUG", to.plusNanos(1), "T01", "Ann");

        assertThat(ledger.takings("T01", from, to).refunds()).containsExactly(first, last);
        assertThat(ledger.takings("T01", from, to).sales()).as("the sale was at no till").isEmpty();
    }

    @Test
    void aRefundIsReadBackByItsNumberAndADaysRefundsInNumberOrder() throws Exception {
        Sale sale = sold("PEN", "TSHIRT", "MUG");
        Refund first = refund(sale, "MUG", 1);
        Refund otherDay = ledger.refund(sale.number(), OperationId.random(),
                refunding(List.of(ReturnedItem.of("PEN", 1)), RefundTo.CASH, LATER.plusDays(1)));
        Refund third = refund(sale, "TSHIRT", 1);

        assertThat(ledger.refund(first.number())).isEqualTo(first);
        assertThat(ledger.refunds(DAY)).containsExactly(first, third);
        assertThat(ledger.refunds(DAY.plusDays(1))).containsExactly(otherDay);
        assertThat(ledger.refunds(DAY.minusDays(1))).isEmpty();
    }

    @Test
    void aSaleIsReadWithItsRefundsTogether() throws Exception {
        Sale sale = sold("PEN", "TSHIRT", "MUG");
        Refund mug = refund(sale, "MUG", 1);
        Refund pen = refund(sale, "PEN", 1);
        refund(sold("MUG"), "MUG", 1);

        SalesLedger.SaleRefunds read = ledger.refundsOf(sale.number());

        assertThat(read.sale().returned()).containsExactly(ReturnedItem.of("PEN", 1), ReturnedItem.of("MUG", 1));
        assertThat(read.refunds()).containsExactly(mug, pen);
    }

    @Test
    void anUnknownSaleHasNoRefundsToRead() {
        assertThatExceptionOfType(SaleNotFoundException.class).isThrownBy(() -> ledger.refundsOf(new SaleNumber(9)))
                .withMessageContaining("S-000009");
    }

    @Test
    void anUnknownRefundNumberIsNotFound() {
        assertThatExceptionOfType(RefundNotFoundException.class)
                .isThrownBy(() -> ledger.refund(new RefundNumber(7))).withMessageContaining("R-000007");
    }

    @Test
    void theDayReportCountsTheDaysRefundsAndTheirVat() throws Exception {
        Sale cardSale = sold(List.of("PEN", "TSHIRT", "MUG"), total -> List.of(Payment.card(total, "AUTH 1")));
        Sale cashSale = sold(List.of("TSHIRT", "MUG"), total -> List.of(Payment.cash(Money.parse("30.00€"))));
        refund(cardSale.number(), RefundTo.ORIGINAL, ReturnedItem.of("MUG", 1));
        refund(cashSale.number(), RefundTo.ORIGINAL, ReturnedItem.of("TSHIRT", 1));

        DayReport report = ledger.dayReport(DAY);

        assertThat(report).isEqualTo(DayReport.of(DAY, ledger.sales(DAY), ledger.refunds(DAY)));
        assertThat(report.refunds()).isEqualTo(2);
        assertThat(report.refunded()).hasToString("27.50€");
        assertThat(report.cardRefunded()).hasToString("7.50€");
        assertThat(report.cashRefunded()).hasToString("20.00€");
        assertThat(report.cashInDrawer()).as("30.00€ taken, 2.50€ change, 20.00€ paid back").hasToString("7.50€");
        assertThat(report.vat()).containsExactly(new VatAmount(VatRate.STANDARD, Money.parse("32.50€"),
                Money.parse("5.64€")));
    }

    @Test
    void aRefundCountsOnTheDayItWasMadeNotOnTheDayOfItsSale() throws Exception {
        Sale sale = sold("PEN", "MUG");
        ledger.refund(sale.number(), OperationId.random(),
                refunding(List.of(ReturnedItem.of("MUG", 1)), RefundTo.CASH, LATER.plusDays(1)));

        DayReport saleDay = ledger.dayReport(DAY);
        DayReport refundDay = ledger.dayReport(DAY.plusDays(1));

        assertThat(saleDay.refunds()).isZero();
        assertThat(saleDay.cashInDrawer()).hasToString("12.50€");
        assertThat(refundDay.sales()).isZero();
        assertThat(refundDay.refunds()).isEqualTo(1);
        assertThat(refundDay.cashInDrawer()).hasToString("-7.50€");
        assertThat(refundDay.vat()).containsExactly(VatAmount.of(VatRate.STANDARD, Money.parse("7.50€")).negate());
    }

    @Test
    void ofTwoRacingRefundsOfTheLastUnitExactlyOneSucceeds() throws Exception {
        for (int round = 0; round < raceRounds(); round++) {
            Sale sale = sold("MUG");
            CyclicBarrier start = new CyclicBarrier(2);
            Callable<Refund> racer = () -> {
                start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                try {
                    return refund(sale, "MUG", 1);
                } catch (RefundRefusedException e) {
                    assertThat(e.reason()).isEqualTo(RefundRefusedException.Reason.MORE_THAN_REMAIN);
                    return null;
                }
            };
            Future<Refund> first = pool.submit(racer);
            Future<Refund> second = pool.submit(racer);
            List<Refund> made = new ArrayList<>();
            for (Future<Refund> racing : List.of(first, second)) {
                Refund refund = racing.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (refund != null) {
                    made.add(refund);
                }
            }
            int round1 = round + 1;
            assertThat(made).as("refunds of round %d", round1).hasSize(1);
            assertThat(ledger.sale(sale.number()).returned("MUG")).isEqualTo(1);
        }
        assertThat(ledger.refunds(DAY)).hasSize(raceRounds());
    }

    @Test
    void refundNumbersFollowEachOtherWithoutGapsUnderManyThreads() throws Exception {
        List<Sale> salesToRefund = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            salesToRefund.add(sold(List.of("PEN"), total -> List.of(Payment.cash(total))));
        }
        // Each thread refunds units of its own sale made of many pens, and tries one refund too many
        // each time round, which is refused and must leave no gap.
        List<Future<List<RefundNumber>>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<String> pens = java.util.Collections.nCopies(refundsPerThread(), "PEN");
            Sale sale = sold(pens, total -> List.of(Payment.cash(total)));
            threads.add(pool.submit(() -> {
                List<RefundNumber> numbers = new ArrayList<>();
                for (int i = 0; i < refundsPerThread(); i++) {
                    numbers.add(refund(sale, "PEN", 1).number());
                }
                assertThatExceptionOfType(RefundRefusedException.class).isThrownBy(() -> refund(sale, "PEN", 1));
                return numbers;
            }));
        }
        List<Long> numbers = new ArrayList<>();
        for (Future<List<RefundNumber>> thread : threads) {
            thread.get(TIMEOUT_SECONDS * 4, TimeUnit.SECONDS).forEach(number -> numbers.add(number.value()));
        }

        long made = (long) THREADS * refundsPerThread();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, made).boxed().toList());
        assertThat(ledger.refunds(DAY)).extracting(refund -> refund.number().value())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, made).boxed().toList());
    }
}
