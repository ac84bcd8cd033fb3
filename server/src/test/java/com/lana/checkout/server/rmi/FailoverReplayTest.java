package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.rmi.HardeningFixtures.LoopbackRegistry;
import com.lana.checkout.server.service.CheckoutServiceImpl;
import com.lana.checkout.server.store.memory.InMemoryStore;
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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static com.lana.checkout.server.rmi.HardeningFixtures.hasCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A call whose reply is lost on one server is repeated on the next with the same arguments, so
 * with servers that share their baskets an add is neither lost nor doubled. Two "servers" here are
 * two RMI exports, each with its own registry, in front of one {@link CheckoutServiceImpl}: one
 * basket store. Each export records the operation ids it receives and can, once, apply a call and
 * then hold its reply past the client's call timeout.
 */
@Timeout(60)
class FailoverReplayTest {

    private static final Duration CALL_TIMEOUT = Duration.ofMillis(300);
    /** How long a server holds back a reply it was told to lose; far past the client's timeout. */
    private static final long HOLD_SECONDS = 10;

    /** One server in front of the shared store: records what it is sent, and can lose a reply. */
    static final class SharedStoreServer implements CheckoutService {
        final CheckoutService store;
        final List<OperationId> operations = new CopyOnWriteArrayList<>();
        final AtomicInteger removeBasketCalls = new AtomicInteger();
        final AtomicBoolean loseNextReply = new AtomicBoolean();
        final CountDownLatch release = new CountDownLatch(1);

        SharedStoreServer(CheckoutService store) {
            this.store = store;
        }

        private <T> T answer(T result) {
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
            return store.catalog();
        }

        @Override
        public BasketId createBasket() throws RemoteException, CheckoutException {
            return store.createBasket();
        }

        @Override
        public Receipt addProduct(BasketId basket, String productCode) throws RemoteException, CheckoutException {
            return answer(store.addProduct(basket, productCode));
        }

        @Override
        public Receipt addProduct(BasketId basket, String productCode, int quantity, OperationId operation)
                throws RemoteException, CheckoutException {
            operations.add(operation);
            return answer(store.addProduct(basket, productCode, quantity, operation));
        }

        @Override
        public Receipt removeProduct(BasketId basket, String productCode) throws RemoteException, CheckoutException {
            return answer(store.removeProduct(basket, productCode));
        }

        @Override
        public Receipt removeProduct(BasketId basket, String productCode, int quantity, OperationId operation)
                throws RemoteException, CheckoutException {
            operations.add(operation);
            return answer(store.removeProduct(basket, productCode, quantity, operation));
        }

        @Override
        public Money total(BasketId basket) throws RemoteException, CheckoutException {
            return store.total(basket);
        }

        @Override
        public Receipt receipt(BasketId basket) throws RemoteException, CheckoutException {
            return store.receipt(basket);
        }

        @Override
        public void removeBasket(BasketId basket) throws RemoteException, CheckoutException {
            removeBasketCalls.incrementAndGet();
            store.removeBasket(basket);
            answer(null);
        }

        @Override
        public com.lana.checkout.api.Sale completeSale(BasketId basket, com.lana.checkout.api.Money expectedTotal,
                java.util.List<com.lana.checkout.api.Payment> payments, OperationId operation)
                throws java.rmi.RemoteException, CheckoutException {
            return store.completeSale(basket, expectedTotal, payments, operation);
        }

        @Override
        public com.lana.checkout.api.Sale sale(com.lana.checkout.api.SaleNumber number)
                throws java.rmi.RemoteException, CheckoutException {
            return store.sale(number);
        }

        @Override
        public java.util.List<com.lana.checkout.api.SaleSummary> sales(java.time.LocalDate day)
                throws java.rmi.RemoteException, CheckoutException {
            return store.sales(day);
        }

        @Override
        public com.lana.checkout.api.DayReport dayReport(java.time.LocalDate day)
                throws java.rmi.RemoteException, CheckoutException {
            return store.dayReport(day);
        }

        @Override
        public Catalog favourites() throws java.rmi.RemoteException {
            return store.favourites();
        }

        @Override
        public com.lana.checkout.api.Product product(String codeOrBarcode) throws java.rmi.RemoteException, CheckoutException {
            return store.product(codeOrBarcode);
        }

        @Override
        public java.util.List<com.lana.checkout.api.Product> findProducts(String query)
                throws java.rmi.RemoteException, CheckoutException {
            return store.findProducts(query);
        }

        @Override
        public BasketId findBasket(String code) throws RemoteException, CheckoutException {
            return store.findBasket(code);
        }

        @Override
        public byte[] receiptPdf(com.lana.checkout.api.SaleNumber number)
                throws java.rmi.RemoteException, CheckoutException {
            return store.receiptPdf(number);
        }

        @Override
        public com.lana.checkout.api.Refund refund(com.lana.checkout.api.SaleNumber sale,
                java.util.List<com.lana.checkout.api.ReturnedItem> items, com.lana.checkout.api.RefundTo to,
                com.lana.checkout.api.OperationId operation) throws java.rmi.RemoteException, CheckoutException {
            return store.refund(sale, items, to, operation);
        }

        @Override
        public com.lana.checkout.api.Refund refund(com.lana.checkout.api.RefundNumber number)
                throws java.rmi.RemoteException, CheckoutException {
            return store.refund(number);
        }

        @Override
        public java.util.List<com.lana.checkout.api.Refund> refunds(java.time.LocalDate day)
                throws java.rmi.RemoteException, CheckoutException {
            return store.refunds(day);
        }

        @Override
        public com.lana.checkout.api.RefundQuote quoteRefund(com.lana.checkout.api.SaleNumber sale,
                java.util.List<com.lana.checkout.api.ReturnedItem> items, com.lana.checkout.api.RefundTo to)
                throws java.rmi.RemoteException, CheckoutException {
            return store.quoteRefund(sale, items, to);
        }

        @Override
        public com.lana.checkout.api.staff.Till signIn(String till, String clerk, String pin)
                throws java.rmi.RemoteException, CheckoutException {
            return store.signIn(till, clerk, pin);
        }

        @Override
        public byte[] refundPdf(com.lana.checkout.api.RefundNumber number)
                throws java.rmi.RemoteException, CheckoutException {
            return store.refundPdf(number);
        }
    }

    private CheckoutServiceImpl store;
    private SharedStoreServer a;
    private SharedStoreServer b;
    private LoopbackRegistry registryA;
    private LoopbackRegistry registryB;
    private CheckoutService checkout;
    private BasketId basket;

    @BeforeAll
    static void initialiseServerSide() throws IOException {
        // CheckoutServer must be initialised before a registry of our own is made.
        HardeningFixtures.startServer().close();
    }

    @BeforeEach
    void startTwoServersOnOneStore() throws Exception {
        store = new CheckoutServiceImpl(CatalogFile.defaults(), new InMemoryStore(),
                Clock.systemUTC());
        a = new SharedStoreServer(store);
        b = new SharedStoreServer(store);
        registryA = new LoopbackRegistry(a);
        registryB = new LoopbackRegistry(b);
        checkout = Checkout.connect(Checkout.options("127.0.0.1:" + registryA.port + ",127.0.0.1:" + registryB.port)
                .withTimeouts(Duration.ofSeconds(1), CALL_TIMEOUT).withAttempts(2));
        basket = store.createBasket();
    }

    @AfterEach
    void stopServers() {
        a.release.countDown();
        b.release.countDown();
        registryA.close();
        registryB.close();
    }

    @Test
    void anAddWhoseReplyIsLostIsRepeatedOnTheNextServerWithTheSameOperationId() throws Exception {
        a.loseNextReply.set(true);

        Receipt receipt = checkout.addProduct(basket, "PEN");

        assertThat(a.operations).hasSize(1);
        assertThat(b.operations).as("repeated on the next server, same id").isEqualTo(a.operations);
        assertThat(Checkout.currentServer(checkout)).isEqualTo("127.0.0.1:" + registryB.port);
        assertThat(quantityOf("PEN", receipt)).isEqualTo(1);
        assertThat(quantityOf("PEN", store.receipt(basket))).isEqualTo(1);
    }

    @Test
    void aVoidWhoseReplyIsLostIsRepeatedOnTheNextServerWithTheSameOperationId() throws Exception {
        store.addProduct(basket, "MUG", 2, OperationId.random());
        a.loseNextReply.set(true);

        Receipt receipt = checkout.removeProduct(basket, "MUG");

        assertThat(a.operations).hasSize(1);
        assertThat(b.operations).as("repeated on the next server, same id").isEqualTo(a.operations);
        assertThat(quantityOf("MUG", receipt)).isEqualTo(1);
        assertThat(quantityOf("MUG", store.receipt(basket))).isEqualTo(1);
    }

    /** Control: the two servers do share one store, so the same add under a new id lands twice. */
    @Test
    void theSameAddUnderAnotherOperationIdLandsTwiceAcrossTheServers() throws Exception {
        HardeningFixtures.rawStub(registryA.port).addProduct(basket, "PEN", 1, OperationId.random());
        HardeningFixtures.rawStub(registryB.port).addProduct(basket, "PEN", 1, OperationId.random());

        assertThat(quantityOf("PEN", store.receipt(basket))).isEqualTo(2);
    }

    @Test
    void aRemoveBasketWhoseReplyIsLostIsNotRepeatedOnTheNextServer() {
        a.loseNextReply.set(true);

        assertThatExceptionOfType(RemoteException.class)
                .isThrownBy(() -> checkout.removeBasket(basket))
                .withMessageContaining("127.0.0.1:" + registryA.port + " did not answer removeBasket within 300 ms")
                .satisfies(e -> assertThat(hasCause(e, SocketTimeoutException.class)).isTrue());
        assertThat(a.removeBasketCalls).hasValue(1);
        assertThat(b.removeBasketCalls).as("not sent to the next server").hasValue(0);
    }

    private static int quantityOf(String code, Receipt receipt) {
        return receipt.lines().stream().filter(line -> line.code().equals(code))
                .mapToInt(Receipt.Line::quantity).sum();
    }
}
