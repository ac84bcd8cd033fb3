package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.rmi.HardeningFixtures.LoopbackRegistry;
import com.lana.checkout.server.service.CheckoutServiceImpl;
import com.lana.checkout.server.store.memory.InMemoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.rmi.RemoteException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static com.lana.checkout.server.rmi.HardeningFixtures.hasCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An add or a void whose reply is lost (the server applied it, then did not answer in
 * time) is retried by the client with the same operation id, and the basket changes once. The
 * controls send the unidentified two-argument calls twice through a raw stub, which is what a
 * retry without operation ids would do: the basket changes twice. A completed sale whose reply is
 * lost is retried likewise and answers the same sale, and so is a refund. A lost {@code removeBasket} reply is not
 * retried at all.
 */
@Timeout(60)
class IdempotentRetryTest {

    private static final Duration CALL_TIMEOUT = Duration.ofMillis(300);
    /** How long the server holds back a reply it was told to lose; far past the client's timeout. */
    private static final long HOLD_SECONDS = 10;

    /** A real service behind a switch that, once, applies a call and then does not answer in time. */
    static final class LostReplyService implements CheckoutService {
        final CheckoutServiceImpl real = new CheckoutServiceImpl(CatalogFile.defaults(),
                new InMemoryStore(), Clock.systemUTC());
        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        final AtomicBoolean loseNextReply = new AtomicBoolean();
        volatile CountDownLatch release = new CountDownLatch(1);

        int calls(String method) {
            return calls.getOrDefault(method, new AtomicInteger()).get();
        }

        private <T> T answer(String method, T result) {
            calls.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
            if (loseNextReply.getAndSet(false)) {
                try {
                    release.await(HOLD_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return result;
        }

        @Override
        public void ping() {
        }

        @Override
        public Catalog catalog() throws RemoteException {
            return real.catalog();
        }

        @Override
        public BasketId createBasket() throws RemoteException, CheckoutException {
            return real.createBasket();
        }

        @Override
        public Receipt addProduct(BasketId basket, String productCode) throws RemoteException, CheckoutException {
            return answer("addProduct/2", real.addProduct(basket, productCode));
        }

        @Override
        public Receipt addProduct(BasketId basket, String productCode, int quantity, OperationId operation)
                throws RemoteException, CheckoutException {
            return answer("addProduct/4", real.addProduct(basket, productCode, quantity, operation));
        }

        @Override
        public Receipt removeProduct(BasketId basket, String productCode) throws RemoteException, CheckoutException {
            return answer("removeProduct/2", real.removeProduct(basket, productCode));
        }

        @Override
        public Receipt removeProduct(BasketId basket, String productCode, int quantity, OperationId operation)
                throws RemoteException, CheckoutException {
            return answer("removeProduct/4", real.removeProduct(basket, productCode, quantity, operation));
        }

        @Override
        public Money total(BasketId basket) throws RemoteException, CheckoutException {
            return real.total(basket);
        }

        @Override
        public Receipt receipt(BasketId basket) throws RemoteException, CheckoutException {
            return real.receipt(basket);
        }

        @Override
        public void removeBasket(BasketId basket) throws RemoteException, CheckoutException {
            real.removeBasket(basket);
            answer("removeBasket", null);
        }

        @Override
        public Sale completeSale(BasketId basket, Money expectedTotal,
                List<Payment> payments, OperationId operation)
                throws RemoteException, CheckoutException {
            return answer("completeSale", real.completeSale(basket, expectedTotal, payments, operation));
        }

        @Override
        public Sale sale(SaleNumber number)
                throws RemoteException, CheckoutException {
            return real.sale(number);
        }

        @Override
        public List<SaleSummary> sales(LocalDate day)
                throws RemoteException, CheckoutException {
            return real.sales(day);
        }

        @Override
        public DayReport dayReport(LocalDate day)
                throws RemoteException, CheckoutException {
            return real.dayReport(day);
        }

        @Override
        public Catalog favourites() throws java.rmi.RemoteException {
            return answer("favourites", real.favourites());
        }

        @Override
        public com.lana.checkout.api.Product product(String codeOrBarcode) throws java.rmi.RemoteException, CheckoutException {
            return answer("product", real.product(codeOrBarcode));
        }

        @Override
        public java.util.List<com.lana.checkout.api.Product> findProducts(String query)
                throws java.rmi.RemoteException, CheckoutException {
            return answer("findProducts", real.findProducts(query));
        }

        @Override
        public BasketId findBasket(String code) throws RemoteException, CheckoutException {
            return answer("findBasket", real.findBasket(code));
        }

        @Override
        public byte[] receiptPdf(SaleNumber number)
                throws RemoteException, CheckoutException {
            return real.receiptPdf(number);
        }

        @Override
        public com.lana.checkout.api.Refund refund(com.lana.checkout.api.SaleNumber sale,
                java.util.List<com.lana.checkout.api.ReturnedItem> items, com.lana.checkout.api.RefundTo to,
                com.lana.checkout.api.OperationId operation) throws java.rmi.RemoteException, CheckoutException {
            return answer("refund", real.refund(sale, items, to, operation));
        }

        @Override
        public com.lana.checkout.api.Refund refund(com.lana.checkout.api.RefundNumber number)
                throws java.rmi.RemoteException, CheckoutException {
            return real.refund(number);
        }

        @Override
        public java.util.List<com.lana.checkout.api.Refund> refunds(java.time.LocalDate day)
                throws java.rmi.RemoteException, CheckoutException {
            return real.refunds(day);
        }

        @Override
        public com.lana.checkout.api.RefundQuote quoteRefund(com.lana.checkout.api.SaleNumber sale,
                java.util.List<com.lana.checkout.api.ReturnedItem> items, com.lana.checkout.api.RefundTo to)
                throws java.rmi.RemoteException, CheckoutException {
            return real.quoteRefund(sale, items, to);
        }

        @Override
        public com.lana.checkout.api.staff.Till signIn(String till, String clerk, String pin)
                throws java.rmi.RemoteException, CheckoutException {
            return real.signIn(till, clerk, pin);
        }

        @Override
        public byte[] refundPdf(com.lana.checkout.api.RefundNumber number)
                throws java.rmi.RemoteException, CheckoutException {
            return real.refundPdf(number);
        }
    }

    private static final LostReplyService SERVICE = new LostReplyService();
    private static final List<Payment> FIFTY_CASH = List.of(Payment.cash(Money.parse("50.00€")));
    private static LoopbackRegistry registry;
    private CheckoutService checkout;
    private BasketId basket;

    @BeforeAll
    static void export() throws IOException {
        // CheckoutServer must be initialised before a registry of our own is made.
        HardeningFixtures.startServer().close();
        registry = new LoopbackRegistry(SERVICE);
    }

    @AfterAll
    static void unexport() {
        registry.close();
    }

    @BeforeEach
    void connect() throws Exception {
        SERVICE.calls.clear();
        SERVICE.release = new CountDownLatch(1);
        checkout = Checkout.connect(Checkout.options("127.0.0.1", registry.port)
                .withTimeouts(Duration.ofSeconds(1), CALL_TIMEOUT).withAttempts(3));
        basket = SERVICE.real.createBasket();
    }

    @AfterEach
    void releaseHeldReplies() {
        SERVICE.loseNextReply.set(false);
        SERVICE.release.countDown();
    }

    @Test
    void anAddWhoseReplyIsLostIsRetriedAndAppliedOnce() throws Exception {
        SERVICE.loseNextReply.set(true);

        Receipt receipt = checkout.addProduct(basket, "PEN");

        assertThat(SERVICE.calls("addProduct/4")).as("sent again after the lost reply").isEqualTo(2);
        assertThat(quantityOf("PEN", receipt)).isEqualTo(1);
        assertThat(quantityOf("PEN", SERVICE.real.receipt(basket))).isEqualTo(1);
    }

    /** Control: the same add sent twice without an operation id, as a naive retry would, lands twice. */
    @Test
    void withoutOperationIdsARepeatedAddDoubles() throws Exception {
        CheckoutService raw = HardeningFixtures.rawStub(registry.port);

        raw.addProduct(basket, "PEN");
        raw.addProduct(basket, "PEN");

        assertThat(quantityOf("PEN", SERVICE.real.receipt(basket))).isEqualTo(2);
    }

    @Test
    void aVoidWhoseReplyIsLostIsRetriedAndAppliedOnce() throws Exception {
        SERVICE.real.addProduct(basket, "MUG", 2, OperationId.random());
        SERVICE.loseNextReply.set(true);

        Receipt receipt = checkout.removeProduct(basket, "MUG");

        assertThat(SERVICE.calls("removeProduct/4")).as("sent again after the lost reply").isEqualTo(2);
        assertThat(quantityOf("MUG", receipt)).isEqualTo(1);
        assertThat(quantityOf("MUG", SERVICE.real.receipt(basket))).isEqualTo(1);
    }

    /** Control: the same void sent twice without an operation id takes two units out. */
    @Test
    void withoutOperationIdsARepeatedVoidDoubles() throws Exception {
        SERVICE.real.addProduct(basket, "MUG", 2, OperationId.random());
        CheckoutService raw = HardeningFixtures.rawStub(registry.port);

        raw.removeProduct(basket, "MUG");
        raw.removeProduct(basket, "MUG");

        assertThat(quantityOf("MUG", SERVICE.real.receipt(basket))).isZero();
    }

    @Test
    void aRemoveBasketWhoseReplyIsLostIsNotRepeated() {
        SERVICE.loseNextReply.set(true);

        assertThatExceptionOfType(RemoteException.class)
                .isThrownBy(() -> checkout.removeBasket(basket))
                .withMessageContaining("did not answer removeBasket within 300 ms")
                .satisfies(e -> assertThat(hasCause(e, SocketTimeoutException.class)).isTrue());
        assertThat(SERVICE.calls("removeBasket")).as("sent once, not repeated").isEqualTo(1);
    }

    @Test
    void aCompletionWhoseReplyIsLostIsRetriedAndAnswersTheSameSale() throws Exception {
        SERVICE.real.addProduct(basket, "MUG", 2, OperationId.random());
        List<SaleSummary> before = salesToday();
        SERVICE.loseNextReply.set(true);

        Sale sale = checkout.completeSale(basket, Money.parse("15.00€"), FIFTY_CASH, OperationId.random());

        assertThat(SERVICE.calls("completeSale")).as("sent again after the lost reply").isEqualTo(2);
        assertThat(salesToday()).as("recorded once").hasSize(before.size() + 1).endsWith(SaleSummary.of(sale));
        assertThat(SERVICE.real.sale(sale.number())).isEqualTo(sale);
    }

    @Test
    void aCompletionSentWithoutAnIdIsGivenOneThatItsRetryReuses() throws Exception {
        SERVICE.real.addProduct(basket, "MUG", 2, OperationId.random());
        List<SaleSummary> before = salesToday();
        SERVICE.loseNextReply.set(true);

        Sale sale = checkout.completeSale(basket, Money.parse("15.00€"), FIFTY_CASH, null);

        assertThat(SERVICE.calls("completeSale")).as("sent again after the lost reply").isEqualTo(2);
        assertThat(sale.change()).hasToString("35.00€");
        assertThat(salesToday()).as("recorded once").hasSize(before.size() + 1).endsWith(SaleSummary.of(sale));
    }

    @Test
    void aRefundWhoseReplyIsLostIsRetriedAndAnswersTheSameRefund() throws Exception {
        Sale sale = soldMugs(2);
        SERVICE.loseNextReply.set(true);

        Refund refund = checkout.refund(sale.number(), List.of(ReturnedItem.of("MUG", 1)), RefundTo.ORIGINAL,
                OperationId.random());

        assertThat(SERVICE.calls("refund")).as("sent again after the lost reply").isEqualTo(2);
        assertThat(refund.amount()).hasToString("7.50€");
        assertThat(SERVICE.real.sale(sale.number()).returned("MUG")).as("one mug back, not two").isEqualTo(1);
        assertThat(SERVICE.real.refund(refund.number())).isEqualTo(refund);
    }

    @Test
    void aRefundSentWithoutAnIdIsGivenOneThatItsRetryReuses() throws Exception {
        Sale sale = soldMugs(2);
        SERVICE.loseNextReply.set(true);

        Refund refund = checkout.refund(sale.number(), List.of(ReturnedItem.of("MUG", 2)), RefundTo.CASH, null);

        assertThat(SERVICE.calls("refund")).as("sent again after the lost reply").isEqualTo(2);
        assertThat(refund.amount()).hasToString("15.00€");
        assertThat(SERVICE.real.sale(sale.number()).returned("MUG")).isEqualTo(2);
    }

    /** A paid sale of {@code mugs} mugs, made on the server directly. */
    private Sale soldMugs(int mugs) throws Exception {
        SERVICE.real.addProduct(basket, "MUG", mugs, OperationId.random());
        Money total = Money.parse("7.50€").times(mugs);
        return SERVICE.real.completeSale(basket, total, List.of(Payment.cash(total)), OperationId.random());
    }

    /** Control: without an operation id, the repeat of a completion is a second completion, refused. */
    @Test
    void withoutAnOperationIdARepeatedCompletionIsRefusedAsPaid() throws Exception {
        SERVICE.real.addProduct(basket, "MUG", 2, OperationId.random());
        CheckoutService raw = HardeningFixtures.rawStub(registry.port);
        Sale sale = raw.completeSale(basket, Money.parse("15.00€"), FIFTY_CASH, null);

        assertThatExceptionOfType(BasketNotFoundException.class)
                .isThrownBy(() -> raw.completeSale(basket, Money.parse("15.00€"), FIFTY_CASH, null))
                .satisfies(e -> assertThat(e.paidAs()).isEqualTo(sale.number()));
    }

    /** The service's sales of today, by its UTC clock: earlier tests' sales included. */
    private static List<SaleSummary> salesToday() throws Exception {
        return SERVICE.real.sales(LocalDate.now(Clock.systemUTC()));
    }

    private static int quantityOf(String code, Receipt receipt) {
        return receipt.lines().stream().filter(line -> line.code().equals(code))
                .mapToInt(Receipt.Line::quantity).sum();
    }
}
