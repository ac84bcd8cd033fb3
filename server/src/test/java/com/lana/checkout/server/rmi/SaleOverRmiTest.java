package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.PaymentRefusedException;
import com.lana.checkout.api.PaymentRefusedException.Reason;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNotFoundException;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;
import com.lana.checkout.api.TotalChangedException;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.rmi.HardeningFixtures.MutableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Completing sales through a real server on a free loopback port, reached the way clients reach it
 * ({@link Checkout#connect}): payments, change, refusals, races with a second terminal, retries,
 * numbering, the journal, the day report and the PDF. Each test has a server of its own, whose
 * clock stands at 2025-01-06 09:00 UTC, so sale numbers start at S-000001.
 */
@Timeout(120)
class SaleOverRmiTest {

    private static final String LOOPBACK = "127.0.0.1";
    private static final LocalDate DAY = LocalDate.of(2025, 1, 6);
    private static final Money EUR_32_50 = Money.parse("32.50€");

    private final MutableClock clock = new MutableClock();
    private CheckoutServer server;
    private CheckoutService checkout;
    private CheckoutService secondTerminal;

    @BeforeEach
    void startServer() throws Exception {
        server = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults())
                .withBasketIdleTimeout(Duration.ofHours(4), clock));
        checkout = Checkout.connect(LOOPBACK, server.port());
        secondTerminal = Checkout.connect(LOOPBACK, server.port());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void theReferenceBasketPaidWithFiftyGivesChangeAndIsTheFirstSale() throws Exception {
        BasketId basket = basketOf("PEN,TSHIRT,MUG");

        Sale sale = checkout.completeSale(basket, EUR_32_50, List.of(Payment.cash(Money.parse("50.00€"))),
                OperationId.random());

        assertThat(sale.number()).hasToString("S-000001");
        assertThat(sale.total()).isEqualTo(EUR_32_50);
        assertThat(sale.change()).hasToString("17.50€");
        assertThat(sale.time()).isEqualTo(LocalDateTime.of(2025, 1, 6, 9, 0));
        assertThat(sale.receipt().lines()).extracting(line -> line.code()).containsExactly("PEN", "TSHIRT", "MUG");
        assertThat(sale.toString()).contains("S-000001").containsPattern("Change +17\\.50€");
    }

    @ParameterizedTest(name = "{0} = {1}, paid with {2}: change {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # basket                             | total  | payments                   | change
            PEN,TSHIRT,PEN                       | 25.00€ | card 25.00€                | 0.00€
            TSHIRT,TSHIRT,TSHIRT,PEN,TSHIRT      | 65.00€ | card 40.00€, cash 30.00€   | 5.00€
            PEN,TSHIRT,PEN,PEN,MUG,TSHIRT,TSHIRT | 62.50€ | cash 62.50€                | 0.00€
            PEN,TSHIRT,MUG                       | 32.50€ | cash 10.00€, card 22.50€   | 0.00€
            """)
    void exactCardAndSplitPaymentsSettleTheReferenceBaskets(String codes, String total, String payments, String change)
            throws Exception {
        BasketId basket = basketOf(codes);

        Sale sale = checkout.completeSale(basket, Money.parse(total), payments(payments), OperationId.random());

        assertThat(sale.total()).hasToString(total);
        assertThat(sale.payments()).isEqualTo(payments(payments));
        assertThat(sale.change()).hasToString(change);
    }

    @ParameterizedTest(name = "{0} paid with [{1}]: {2} by {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # basket       | payments                 | reason         | amount
            PEN,TSHIRT,MUG |                          | NO_PAYMENT     | 32.50€
            PEN,TSHIRT,MUG | cash 30.00€              | SHORT          | 2.50€
            PEN,TSHIRT,MUG | card 20.00€, cash 10.00€ | SHORT          | 2.50€
            PEN,TSHIRT,MUG | card 40.00€              | CARD_OVERPAYS  | 7.50€
            PEN,TSHIRT,MUG | cash 20.00€, card 20.00€ | CARD_OVERPAYS  | 7.50€
                           | cash 5.00€               | NOTHING_TO_PAY | 0.00€
            """)
    void paymentsThatDoNotSettleAreRefusedAndRecordNothing(String codes, String payments, Reason reason, String amount)
            throws Exception {
        BasketId basket = basketOf(codes);
        Money total = checkout.total(basket);

        Throwable refused = catchThrowable(
                () -> checkout.completeSale(basket, total, payments(payments), OperationId.random()));

        assertThat(refused).isInstanceOfSatisfying(PaymentRefusedException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.amount()).hasToString(amount);
            assertThat(e.getMessage()).contains(amount);
        });
        assertThat(checkout.sales(DAY)).as("nothing recorded").isEmpty();
        assertThat(checkout.addProduct(basket, "MUG").total()).as("the basket is still open")
                .isEqualTo(total.plus(Money.parse("7.50€")));
    }

    @Test
    void aRefusedSaleLeavesItsNumberToTheNext() throws Exception {
        BasketId basket = basketOf("PEN,TSHIRT,MUG");
        catchThrowable(() -> checkout.completeSale(basket, EUR_32_50, payments("cash 5.00€"), OperationId.random()));

        Sale sale = checkout.completeSale(basket, EUR_32_50, payments("cash 32.50€"), OperationId.random());

        assertThat(sale.number()).hasToString("S-000001");
    }

    @Test
    void aBasketChangedByASecondTerminalIsRefusedWithItsNewReceipt() throws Exception {
        BasketId basket = basketOf("PEN,TSHIRT,MUG");
        Money shown = checkout.total(basket);
        secondTerminal.addProduct(basket, "MUG");

        Throwable refused = catchThrowable(
                () -> checkout.completeSale(basket, shown, payments("cash 50.00€"), OperationId.random()));

        assertThat(refused).isInstanceOfSatisfying(TotalChangedException.class, e -> {
            assertThat(e.expected()).isEqualTo(EUR_32_50);
            assertThat(e.current().total()).hasToString("40.00€");
            assertThat(e.current().lines()).filteredOn(line -> line.code().equals("MUG"))
                    .singleElement().satisfies(line -> assertThat(line.quantity()).isEqualTo(2));
            assertThat(e.getMessage()).contains("32.50€", "40.00€");
        });
        assertThat(checkout.sales(DAY)).as("nothing recorded").isEmpty();
        assertThat(checkout.completeSale(basket, Money.parse("40.00€"), payments("cash 50.00€"),
                OperationId.random()).change()).as("paid at the new total").hasToString("10.00€");
    }

    /**
     * A completion and an add from a second terminal race on the same basket, round after round:
     * either the add lands first and the completion is refused with the new total, or the
     * completion wins and the add is told the basket was paid. Never both, never neither, and a
     * completed sale holds exactly the items it was priced with.
     */
    @Test
    void aCompletionRacingAnAddFromASecondTerminalEitherWinsWholeOrIsRefused() throws Exception {
        int rounds = 60;
        int completionsWon = 0;
        int addsWon = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                BasketId basket = basketOf("PEN,TSHIRT,MUG");
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Object> completion = pool.submit(outcome(start,
                        () -> checkout.completeSale(basket, EUR_32_50, payments("cash 50.00€"), OperationId.random())));
                Future<Object> add = pool.submit(outcome(start, () -> secondTerminal.addProduct(basket, "MUG")));
                Object completed = completion.get(30, TimeUnit.SECONDS);
                Object added = add.get(30, TimeUnit.SECONDS);

                if (completed instanceof Sale sale) {
                    completionsWon++;
                    assertThat(added).as("round %d: the add after the sale", round)
                            .isInstanceOfSatisfying(BasketNotFoundException.class, e -> {
                                assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.PAID);
                                assertThat(e.paidAs()).isEqualTo(sale.number());
                            });
                    assertThat(sale.total()).isEqualTo(EUR_32_50);
                    assertThat(sale.receipt().units()).isEqualTo(3);
                } else {
                    addsWon++;
                    assertThat(completed).as("round %d: the completion after the add", round)
                            .isInstanceOfSatisfying(TotalChangedException.class,
                                    e -> assertThat(e.current().total()).hasToString("40.00€"));
                    assertThat(added).as("round %d: the add", round).isInstanceOf(com.lana.checkout.api.Receipt.class);
                    assertThat(checkout.total(basket)).hasToString("40.00€");
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(completionsWon + addsWon).isEqualTo(rounds);
        List<SaleSummary> journal = checkout.sales(DAY);
        assertThat(journal).hasSize(completionsWon);
        assertThat(journal).extracting(summary -> summary.number().value())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, completionsWon).boxed().toList());
        System.out.printf("Completion racing an add, %d rounds: completion first %d, add first %d%n",
                rounds, completionsWon, addsWon);
    }

    @Test
    void aRetriedCompletionAnswersTheSameSaleAndRecordsItOnce() throws Exception {
        BasketId basket = basketOf("PEN,TSHIRT,MUG");
        OperationId operation = OperationId.random();
        Sale first = checkout.completeSale(basket, EUR_32_50, payments("cash 50.00€"), operation);

        Sale again = secondTerminal.completeSale(basket, EUR_32_50, payments("cash 50.00€"), operation);

        assertThat(again).isEqualTo(first);
        assertThat(checkout.sales(DAY)).hasSize(1);
    }

    @Test
    void aPaidBasketRefusesEveryOtherChangeNamingItsSale() throws Exception {
        BasketId basket = basketOf("PEN,TSHIRT,MUG");
        Sale sale = checkout.completeSale(basket, EUR_32_50, payments("cash 50.00€"), OperationId.random());

        Throwable add = catchThrowable(() -> checkout.addProduct(basket, "PEN"));
        Throwable otherCompletion = catchThrowable(
                () -> checkout.completeSale(basket, EUR_32_50, payments("cash 50.00€"), OperationId.random()));

        for (Throwable refused : List.of(add, otherCompletion)) {
            assertThat(refused).isInstanceOfSatisfying(BasketNotFoundException.class, e -> {
                assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.PAID);
                assertThat(e.paidAs()).isEqualTo(sale.number());
                assertThat(e.getMessage()).contains("paid as sale S-000001");
            });
        }
    }

    @Test
    void aCompletionWithoutAnOperationIdIsRecordedOnce() throws Exception {
        BasketId basket = basketOf("PEN,TSHIRT,MUG");

        Sale sale = checkout.completeSale(basket, EUR_32_50, payments("cash 50.00€"), null);

        assertThat(sale.number()).hasToString("S-000001");
        assertThat(checkout.sales(DAY)).hasSize(1);
    }

    /** Eight sales completed at once, with eight refused ones among them: numbers 1 to 8, no gap. */
    @Test
    void concurrentCompletionsGetGapFreeNumbers() throws Exception {
        int sales = 8;
        List<Callable<Object>> calls = new ArrayList<>();
        CyclicBarrier start = new CyclicBarrier(2 * sales);
        for (int i = 0; i < sales; i++) {
            BasketId paid = basketOf("PEN,TSHIRT,MUG");
            BasketId shortPaid = basketOf("PEN,TSHIRT,MUG");
            CheckoutService terminal = i % 2 == 0 ? checkout : secondTerminal;
            calls.add(outcome(start, () -> terminal.completeSale(paid, EUR_32_50, payments("cash 50.00€"),
                    OperationId.random())));
            calls.add(outcome(start, () -> terminal.completeSale(shortPaid, EUR_32_50, payments("cash 20.00€"),
                    OperationId.random())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2 * sales);
        List<Object> outcomes = new ArrayList<>();
        try {
            for (Future<Object> future : pool.invokeAll(calls)) {
                outcomes.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).filteredOn(PaymentRefusedException.class::isInstance).hasSize(sales);
        assertThat(outcomes).filteredOn(Sale.class::isInstance)
                .extracting(sale -> ((Sale) sale).number().value())
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, sales).boxed().toList());
        assertThat(checkout.sales(DAY)).extracting(summary -> summary.number().value())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, sales).boxed().toList());
    }

    @Test
    void aSaleCanBeReadBackByItsNumber() throws Exception {
        Sale sale = checkout.completeSale(basketOf("PEN,TSHIRT,PEN"), Money.parse("25.00€"),
                payments("card 25.00€"), OperationId.random());

        assertThat(secondTerminal.sale(SaleNumber.parse("S-000001"))).isEqualTo(sale);
        assertThatExceptionOfType(SaleNotFoundException.class)
                .isThrownBy(() -> checkout.sale(new SaleNumber(2)))
                .withMessage("No sale S-000002");
    }

    @Test
    void theJournalListsTheDaysSalesInOrderAndNoOtherDays() throws Exception {
        Sale first = checkout.completeSale(basketOf("PEN,TSHIRT,MUG"), EUR_32_50, payments("cash 50.00€"),
                OperationId.random());
        Sale second = checkout.completeSale(basketOf("PEN,TSHIRT,PEN"), Money.parse("25.00€"),
                payments("card 25.00€"), OperationId.random());
        clock.advance(Duration.ofDays(1));
        checkout.completeSale(basketOf("MUG"), Money.parse("7.50€"), payments("cash 7.50€"), OperationId.random());

        assertThat(checkout.sales(DAY)).containsExactly(SaleSummary.of(first), SaleSummary.of(second));
        assertThat(checkout.sales(DAY.plusDays(1))).extracting(SaleSummary::number)
                .containsExactly(new SaleNumber(3));
        assertThat(checkout.sales(DAY.minusDays(1))).isEmpty();
    }

    @Test
    void theDayReportOfTheFourReferenceBasketsComesTo185() throws Exception {
        checkout.completeSale(basketOf("PEN,TSHIRT,MUG"), EUR_32_50, payments("cash 50.00€"), OperationId.random());
        checkout.completeSale(basketOf("PEN,TSHIRT,PEN"), Money.parse("25.00€"), payments("card 25.00€"),
                OperationId.random());
        checkout.completeSale(basketOf("TSHIRT,TSHIRT,TSHIRT,PEN,TSHIRT"), Money.parse("65.00€"),
                payments("card 40.00€, cash 30.00€"), OperationId.random());
        checkout.completeSale(basketOf("PEN,TSHIRT,PEN,PEN,MUG,TSHIRT,TSHIRT"), Money.parse("62.50€"),
                payments("cash 70.00€"), OperationId.random());

        DayReport report = secondTerminal.dayReport(DAY);

        assertThat(report.sales()).isEqualTo(4);
        assertThat(report.net()).hasToString("185.00€");
        assertThat(report.card()).hasToString("65.00€");
        assertThat(report.cashInDrawer()).hasToString("120.00€");
        assertThat(report.firstSale()).hasValue(new SaleNumber(1));
        assertThat(report.lastSale()).hasValue(new SaleNumber(4));
        assertThat(checkout.dayReport(DAY.plusDays(1)).sales()).isZero();
    }

    @Test
    void theReceiptPdfArrivesOverRmiAndReadsBackAsTheReceipt() throws Exception {
        Sale sale = checkout.completeSale(basketOf("PEN,TSHIRT,MUG"), EUR_32_50, payments("cash 50.00€"),
                OperationId.random());

        byte[] pdf = secondTerminal.receiptPdf(sale.number());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("S-000001", "Lana Coffee Mug")
                    .containsPattern("TOTAL +32\\.50€")
                    .containsPattern("Change +17\\.50€");
        }
        assertThatExceptionOfType(SaleNotFoundException.class)
                .isThrownBy(() -> checkout.receiptPdf(new SaleNumber(99)));
    }

    @Test
    void malformedCompletionsAreInvalidRequestsThatLeaveTheBasketOpen() throws Exception {
        BasketId basket = basketOf("PEN,TSHIRT,MUG");
        List<Payment> tooMany = new ArrayList<>(Collections.nCopies(CheckoutService.MAX_PAYMENTS_PER_SALE + 1,
                Payment.cash(Money.parse("5.00€"))));

        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> checkout.completeSale(basket, null, payments("cash 50.00€"), OperationId.random()))
                .withMessageContaining("Expected total is missing");
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> checkout.completeSale(basket, EUR_32_50, null, OperationId.random()))
                .withMessage("Payments are missing");
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> checkout.completeSale(basket, EUR_32_50,
                        Arrays.asList(Payment.cash(EUR_32_50), null), OperationId.random()))
                .withMessage("Payment 2 of 2 is missing");
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> checkout.completeSale(basket, EUR_32_50, tooMany, OperationId.random()))
                .withMessage("A sale takes at most 20 payments, was 21");
        assertThat(checkout.total(basket)).isEqualTo(EUR_32_50);
    }

    private BasketId basketOf(String codes) throws Exception {
        BasketId basket = checkout.createBasket();
        if (codes != null) {
            for (String code : codes.split(",")) {
                checkout.addProduct(basket, code.strip());
            }
        }
        return basket;
    }

    /** The call's answer, or what it threw, once both racers are at the barrier. */
    private static Callable<Object> outcome(CyclicBarrier start, Callable<Object> call) {
        return () -> {
            start.await(30, TimeUnit.SECONDS);
            try {
                return call.call();
            } catch (Exception e) {
                return e;
            }
        };
    }

    /** "card 20.00€, cash 50.00€" as payments; null or blank is none. */
    static List<Payment> payments(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).map(payment -> {
            String[] kindAndAmount = payment.split(" ");
            Money amount = Money.parse(kindAndAmount[1]);
            return switch (kindAndAmount[0]) {
                case "cash" -> (Payment) Payment.cash(amount);
                case "card" -> Payment.card(amount, "REF-" + amount.cents());
                default -> throw new IllegalArgumentException(payment);
            };
        }).toList();
    }
}
