package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.PaymentRefusedException;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNotFoundException;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;
import com.lana.checkout.api.TotalChangedException;
import com.lana.checkout.api.UnknownProductException;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.rmi.HardeningFixtures.Gadget;
import com.lana.checkout.server.rmi.HardeningFixtures.LoopbackRegistry;
import com.lana.checkout.server.service.CheckoutServiceImpl;
import com.lana.checkout.server.store.memory.InMemoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InvalidClassException;
import java.nio.charset.StandardCharsets;
import java.rmi.UnmarshalException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static com.lana.checkout.server.rmi.HardeningFixtures.hasCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Client side: a client made by {@link Checkout#connect} deserializes only what the
 * api needs, so a hostile or impersonated server cannot make it run gadget code; the real
 * server's exceptions still arrive whole. The control calls the same hostile server through a raw
 * stub, without the client filter, and the gadget runs.
 */
@Timeout(60)
class HostileServerTest {

    /** An answer no real server gives: a checked exception of a class the api does not know, carrying a gadget. */
    static final class HostileException extends CheckoutException {
        private static final long serialVersionUID = 1L;
        @SuppressWarnings("unused")
        private final Gadget payload = new Gadget();

        HostileException() {
            super("hostile");
        }
    }

    /** Answers like a checkout server until asked for a total. */
    static final class HostileService implements CheckoutService {
        private final CheckoutServiceImpl real = new CheckoutServiceImpl(CatalogFile.defaults(),
                new InMemoryStore(), Clock.systemUTC());

        @Override
        public Money total(BasketId basket) throws CheckoutException {
            throw new HostileException();
        }

        @Override
        public void ping() {
        }

        @Override
        public Catalog catalog() throws java.rmi.RemoteException {
            return real.catalog();
        }

        @Override
        public BasketId createBasket() throws java.rmi.RemoteException, CheckoutException {
            return real.createBasket();
        }

        @Override
        public Receipt addProduct(BasketId basket, String productCode) throws java.rmi.RemoteException,
                CheckoutException {
            return real.addProduct(basket, productCode);
        }

        @Override
        public Receipt addProduct(BasketId basket, String productCode, int quantity, OperationId operation)
                throws java.rmi.RemoteException, CheckoutException {
            return real.addProduct(basket, productCode, quantity, operation);
        }

        @Override
        public Receipt removeProduct(BasketId basket, String productCode) throws java.rmi.RemoteException,
                CheckoutException {
            return real.removeProduct(basket, productCode);
        }

        @Override
        public Receipt removeProduct(BasketId basket, String productCode, int quantity, OperationId operation)
                throws java.rmi.RemoteException, CheckoutException {
            return real.removeProduct(basket, productCode, quantity, operation);
        }

        @Override
        public Receipt receipt(BasketId basket) throws java.rmi.RemoteException, CheckoutException {
            return real.receipt(basket);
        }

        @Override
        public void removeBasket(BasketId basket) throws java.rmi.RemoteException, CheckoutException {
            real.removeBasket(basket);
        }

        @Override
        public com.lana.checkout.api.Sale completeSale(BasketId basket, com.lana.checkout.api.Money expectedTotal,
                java.util.List<com.lana.checkout.api.Payment> payments, OperationId operation)
                throws java.rmi.RemoteException, CheckoutException {
            return real.completeSale(basket, expectedTotal, payments, operation);
        }

        @Override
        public com.lana.checkout.api.Sale sale(com.lana.checkout.api.SaleNumber number)
                throws java.rmi.RemoteException, CheckoutException {
            return real.sale(number);
        }

        @Override
        public java.util.List<com.lana.checkout.api.SaleSummary> sales(java.time.LocalDate day)
                throws java.rmi.RemoteException, CheckoutException {
            return real.sales(day);
        }

        @Override
        public com.lana.checkout.api.DayReport dayReport(java.time.LocalDate day)
                throws java.rmi.RemoteException, CheckoutException {
            return real.dayReport(day);
        }

        @Override
        public Catalog favourites() throws java.rmi.RemoteException {
            return real.favourites();
        }

        @Override
        public com.lana.checkout.api.Product product(String codeOrBarcode) throws java.rmi.RemoteException, CheckoutException {
            return real.product(codeOrBarcode);
        }

        @Override
        public java.util.List<com.lana.checkout.api.Product> findProducts(String query)
                throws java.rmi.RemoteException, CheckoutException {
            return real.findProducts(query);
        }

        @Override
        public BasketId findBasket(String code) throws java.rmi.RemoteException, CheckoutException {
            return real.findBasket(code);
        }

        @Override
        public byte[] receiptPdf(com.lana.checkout.api.SaleNumber number)
                throws java.rmi.RemoteException, CheckoutException {
            return real.receiptPdf(number);
        }

        @Override
        public com.lana.checkout.api.Refund refund(com.lana.checkout.api.SaleNumber sale,
                java.util.List<com.lana.checkout.api.ReturnedItem> items, com.lana.checkout.api.RefundTo to,
                com.lana.checkout.api.OperationId operation) throws java.rmi.RemoteException, CheckoutException {
            return real.refund(sale, items, to, operation);
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

    private static CheckoutServer realServer;
    private static LoopbackRegistry hostile;

    @BeforeAll
    static void start() throws IOException {
        realServer = HardeningFixtures.startServer();
        hostile = new LoopbackRegistry(new HostileService());
    }

    @AfterAll
    static void stop() {
        hostile.close();
        realServer.close();
    }

    @BeforeEach
    void resetGadget() {
        Gadget.reset();
    }

    @Test
    void aHostileServerCannotMakeTheClientRunAGadget() throws Exception {
        CheckoutService checkout = Checkout.connect(Checkout.options("127.0.0.1", hostile.port).withAttempts(1));
        BasketId basket = checkout.createBasket();

        Throwable refused = catchThrowable(() -> checkout.total(basket));

        assertThat(refused).isInstanceOf(UnmarshalException.class);
        assertThat(hasCause(refused, InvalidClassException.class)).as("refused by the client filter: %s", refused)
                .isTrue();
        assertThat(Gadget.ran()).as("gadget ran on the client").isFalse();
    }

    /** Control: the same answer read by a raw stub, outside any filtered client call, runs the gadget. */
    @Test
    void withoutTheClientFilterTheGadgetRuns() throws Exception {
        CheckoutService raw = HardeningFixtures.rawStub(hostile.port);
        BasketId basket = raw.createBasket();

        assertThatExceptionOfType(HostileException.class).isThrownBy(() -> raw.total(basket));
        assertThat(Gadget.ran()).as("gadget ran on the unfiltered client").isTrue();
    }

    @Test
    void theRealServersSaleAnswersPassTheClientFilter() throws Exception {
        CheckoutService checkout = Checkout.connect(Checkout.options("127.0.0.1", realServer.port()));
        BasketId basket = checkout.createBasket();
        checkout.addProduct(basket, "MUG");
        List<Payment> ten = List.of(Payment.cash(Money.parse("10.00€")));

        assertThatExceptionOfType(TotalChangedException.class)
                .isThrownBy(() -> checkout.completeSale(basket, Money.parse("5.00€"), ten, OperationId.random()))
                .satisfies(e -> assertThat(e.current().total()).hasToString("7.50€"));
        assertThatExceptionOfType(PaymentRefusedException.class)
                .isThrownBy(() -> checkout.completeSale(basket, Money.parse("7.50€"),
                        List.of(Payment.card(Money.parse("8.00€"), "X")), OperationId.random()))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(PaymentRefusedException.Reason.CARD_OVERPAYS));
        Sale sale = checkout.completeSale(basket, Money.parse("7.50€"), ten, OperationId.random());
        LocalDate day = sale.time().toLocalDate();

        assertThat(checkout.sale(sale.number())).isEqualTo(sale);
        assertThat(checkout.sales(day)).contains(SaleSummary.of(sale));
        assertThat(checkout.dayReport(day).sales()).isPositive();
        assertThat(checkout.receiptPdf(sale.number())).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThatExceptionOfType(BasketNotFoundException.class)
                .isThrownBy(() -> checkout.total(basket))
                .satisfies(e -> assertThat(e.paidAs()).isEqualTo(sale.number()));
        assertThatExceptionOfType(SaleNotFoundException.class)
                .isThrownBy(() -> checkout.sale(new SaleNumber(Long.MAX_VALUE)))
                .satisfies(e -> assertThat(e.number()).isEqualTo(new SaleNumber(Long.MAX_VALUE)));
    }

    @Test
    void theRealServersAnswersPassTheClientFilter() throws Exception {
        CheckoutService checkout = Checkout.connect(Checkout.options("127.0.0.1", realServer.port()));
        BasketId basket = checkout.createBasket();

        assertThat(checkout.catalog().products()).isNotEmpty();
        assertThat(checkout.addProduct(basket, "PEN").total()).isEqualTo(Money.ofMinor(500));
        assertThatExceptionOfType(UnknownProductException.class)
                .isThrownBy(() -> checkout.addProduct(basket, "NOPE"))
                .satisfies(e -> assertThat(e.productCode()).isEqualTo("NOPE"))
                .withMessage("Unknown product code 'NOPE'");
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> checkout.removeProduct(basket, "MUG"))
                .withMessageContaining("has no MUG to remove");
        checkout.removeBasket(basket);
        assertThatExceptionOfType(BasketNotFoundException.class)
                .isThrownBy(() -> checkout.total(basket))
                .satisfies(e -> {
                    assertThat(e.basket()).isEqualTo(basket);
                    assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.UNKNOWN);
                });
    }
}
