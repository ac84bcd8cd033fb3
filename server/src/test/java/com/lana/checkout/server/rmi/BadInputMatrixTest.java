package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.PaymentRefusedException;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.SaleNotFoundException;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.UnknownProductException;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.rmi.HardeningFixtures.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.rmi.RemoteException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Bad input of every kind, over every remote operation that takes it, through a real
 * client and server: each gets its typed exception and a clear, short message, and a good client
 * working meanwhile loses nothing.
 */
@Timeout(120)
class BadInputMatrixTest {

    private static final Duration IDLE_TIMEOUT = Duration.ofHours(1);
    private static final String LONG_CODE = "P".repeat(10_000);

    /** A remote operation, with a basket id and a product code to use. */
    @FunctionalInterface
    interface Operation {
        Object call(CheckoutService checkout, BasketId basket, String code) throws Exception;
    }

    private static final List<Named> CODE_OPERATIONS = List.of(
            new Named("addProduct(basket, code)", (c, b, code) -> c.addProduct(b, code)),
            new Named("addProduct(basket, code, 1, op)", (c, b, code) -> c.addProduct(b, code, 1, OperationId.random())),
            new Named("removeProduct(basket, code)", (c, b, code) -> c.removeProduct(b, code)),
            new Named("removeProduct(basket, code, 1, op)",
                    (c, b, code) -> c.removeProduct(b, code, 1, OperationId.random())));

    private static final List<Named> BASKET_OPERATIONS = Stream.concat(CODE_OPERATIONS.stream(), Stream.of(
            new Named("total(basket)", (c, b, code) -> c.total(b)),
            new Named("receipt(basket)", (c, b, code) -> c.receipt(b)),
            new Named("removeBasket(basket)", (c, b, code) -> {
                c.removeBasket(b);
                return null;
            }),
            new Named("completeSale(basket, total, payments, op)", (c, b, code) -> c.completeSale(b,
                    Money.parse("10.00€"), List.of(Payment.cash(Money.parse("10.00€"))), OperationId.random()))))
            .toList();

    record Named(String name, Operation operation) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** What a bad input must produce: nothing (it is fine), or this exception with this in its message. */
    record Expected(Class<? extends CheckoutException> type, String messagePart) {
        static final Expected WORKS = new Expected(null, null);
    }

    private static final MutableClock CLOCK = new MutableClock();
    private static CheckoutServer server;
    private static CheckoutService checkout;
    private static BasketId expired;
    private static final ExecutorService GOOD_CLIENT = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void start() throws Exception {
        server = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults())
                .withBasketIdleTimeout(IDLE_TIMEOUT, CLOCK));
        checkout = Checkout.connect(Checkout.options("127.0.0.1", server.port()));
        expired = checkout.createBasket();
        CLOCK.advance(IDLE_TIMEOUT.plusMinutes(1));
        assertThat(server.expireIdleBaskets()).isEqualTo(1);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        GOOD_CLIENT.shutdownNow();
        GOOD_CLIENT.awaitTermination(10, TimeUnit.SECONDS);
        server.close();
    }

    static Stream<Arguments> badProductCodes() {
        List<Arguments> cases = new ArrayList<>();
        for (Named operation : CODE_OPERATIONS) {
            cases.add(Arguments.of(operation, "null", null, new Expected(InvalidRequestException.class, "missing")));
            cases.add(Arguments.of(operation, "empty", "", new Expected(InvalidRequestException.class, "empty")));
            cases.add(Arguments.of(operation, "blank", "   ", new Expected(InvalidRequestException.class, "empty")));
            cases.add(Arguments.of(operation, "lower-case", "pen", Expected.WORKS));
            cases.add(Arguments.of(operation, "10,000 characters", LONG_CODE,
                    new Expected(InvalidRequestException.class, "too long")));
            cases.add(Arguments.of(operation, "non-ASCII", "PÉN",
                    new Expected(InvalidRequestException.class, "may only contain")));
            cases.add(Arguments.of(operation, "control character", "PEN\u0000",
                    new Expected(InvalidRequestException.class, "PEN\\u0000")));
            cases.add(Arguments.of(operation, "unknown", "PENN",
                    new Expected(UnknownProductException.class, "Unknown product code 'PENN'")));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with a {1} product code")
    @MethodSource("badProductCodes")
    void productCodes(Named operation, String label, String code, Expected expected) throws Exception {
        BasketId basket = checkout.createBasket();
        checkout.addProduct(basket, "PEN", 2, OperationId.random());

        Throwable thrown = catchThrowable(() -> operation.operation().call(checkout, basket, code));

        check(thrown, expected);
    }

    static Stream<Arguments> badBaskets() {
        List<Arguments> cases = new ArrayList<>();
        for (Named operation : BASKET_OPERATIONS) {
            cases.add(Arguments.of(operation, "unknown", new Expected(BasketNotFoundException.class, "No basket")));
            cases.add(Arguments.of(operation, "forged", new Expected(BasketNotFoundException.class, "No basket")));
            cases.add(Arguments.of(operation, "removed", new Expected(BasketNotFoundException.class, "already removed")));
            cases.add(Arguments.of(operation, "expired", new Expected(BasketNotFoundException.class, "expired")));
            cases.add(Arguments.of(operation, "null", new Expected(InvalidRequestException.class, "Basket id is missing")));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with a {1} basket")
    @MethodSource("badBaskets")
    void basketIds(Named operation, String label, Expected expected) throws Exception {
        BasketId basket = switch (label) {
            case "unknown" -> BasketId.random();
            case "forged" -> new BasketId(0, 0);
            case "removed" -> {
                BasketId removed = checkout.createBasket();
                checkout.removeBasket(removed);
                yield removed;
            }
            case "expired" -> expired;
            default -> null;
        };

        Throwable thrown = catchThrowable(() -> operation.operation().call(checkout, basket, "PEN"));

        check(thrown, expected);
        if (thrown instanceof BasketNotFoundException notFound) {
            assertThat(notFound.basket()).isEqualTo(basket);
            assertThat(notFound.reason()).isEqualTo(label.equals("expired")
                    ? BasketNotFoundException.Reason.EXPIRED : BasketNotFoundException.Reason.UNKNOWN);
        }
    }

    static Stream<Arguments> badQuantities() {
        List<Arguments> cases = new ArrayList<>();
        for (int quantity : new int[] {0, -1, CheckoutService.MAX_QUANTITY_PER_CALL + 1, Integer.MIN_VALUE}) {
            cases.add(Arguments.of("addProduct", quantity));
            cases.add(Arguments.of("removeProduct", quantity));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} of {1} units")
    @MethodSource("badQuantities")
    void quantities(String method, int quantity) throws Exception {
        BasketId basket = checkout.createBasket();
        checkout.addProduct(basket, "PEN", 2, OperationId.random());

        Throwable thrown = catchThrowable(() -> {
            if (method.equals("addProduct")) {
                checkout.addProduct(basket, "PEN", quantity, OperationId.random());
            } else {
                checkout.removeProduct(basket, "PEN", quantity, OperationId.random());
            }
        });

        check(thrown, new Expected(InvalidRequestException.class, "Quantity must be 1-1000 per call, was " + quantity));
        assertThat(checkout.receipt(basket).lines()).singleElement()
                .satisfies(line -> assertThat(line.quantity()).as("basket unchanged").isEqualTo(2));
    }

    static Stream<Arguments> badPaymentLists() {
        Payment fifty = Payment.cash(Money.parse("50.00€"));
        return Stream.of(
                Arguments.of("missing", null, new Expected(InvalidRequestException.class, "Payments are missing")),
                Arguments.of("holding a null", Arrays.asList(fifty, null),
                        new Expected(InvalidRequestException.class, "Payment 2 of 2 is missing")),
                Arguments.of("empty", List.of(), new Expected(PaymentRefusedException.class, "No payment")),
                Arguments.of("of 21 payments", new ArrayList<>(Collections.nCopies(21, fifty)),
                        new Expected(InvalidRequestException.class, "at most 20 payments, was 21")),
                Arguments.of("a card with no reference", List.of(Payment.card(Money.parse("5.00€"), null)),
                        Expected.WORKS));
    }

    @ParameterizedTest(name = "completeSale with a payment list {0}")
    @MethodSource("badPaymentLists")
    void paymentLists(String label, List<Payment> payments, Expected expected) throws Exception {
        BasketId basket = checkout.createBasket();
        checkout.addProduct(basket, "PEN", 2, OperationId.random());

        Throwable thrown = catchThrowable(
                () -> checkout.completeSale(basket, Money.parse("5.00€"), payments, OperationId.random()));

        check(thrown, expected);
        if (expected.type() != null) {
            assertThat(checkout.total(basket)).as("basket open and unchanged").hasToString("5.00€");
        }
    }

    @Test
    void aPaymentListOfTenThousandIsRefusedByTheServersFilter() throws Exception {
        BasketId basket = checkout.createBasket();
        checkout.addProduct(basket, "PEN", 2, OperationId.random());
        List<Payment> huge = new ArrayList<>(Collections.nCopies(10_000, Payment.cash(Money.parse("1.00€"))));

        Throwable thrown = catchThrowable(
                () -> checkout.completeSale(basket, Money.parse("5.00€"), huge, OperationId.random()));

        // The server's filter refuses the list as it reads it and drops the connection: the client
        // hears of it as the refusal (InvalidClassException) or as a broken pipe while still writing.
        assertThat(thrown).isInstanceOf(RemoteException.class);
        assertThat(thrown.getCause()).isInstanceOfAny(java.rmi.UnmarshalException.class, java.net.SocketException.class);
        assertThat(checkout.total(basket)).as("basket open and unchanged").hasToString("5.00€");
    }

    @ParameterizedTest(name = "a {0} is refused before it leaves the client")
    @CsvSource(delimiter = '|', textBlock = """
            cash payment of -5.00€     | Cash tendered must be more than 0.00€, was -5.00€
            cash payment of 0.00€      | Cash tendered must be more than 0.00€, was 0.00€
            card payment of -5.00€     | Card amount must be more than 0.00€, was -5.00€
            card reference of 10,000 characters | Card reference is longer than 64 characters
            """)
    void paymentsThatCannotExist(String label, String message) {
        Throwable thrown = catchThrowable(() -> {
            switch (label) {
                case "cash payment of -5.00€" -> Payment.cash(Money.parse("-5.00€"));
                case "cash payment of 0.00€" -> Payment.cash(Money.ZERO);
                case "card payment of -5.00€" -> Payment.card(Money.parse("-5.00€"), "");
                default -> Payment.card(Money.parse("5.00€"), LONG_CODE);
            }
        });

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
        assertThat(thrown.getMessage()).as("a short message").hasSizeLessThan(160).doesNotContain(LONG_CODE);
    }

    @Test
    void aNegativeOrMissingExpectedTotalIsAnInvalidRequest() throws Exception {
        BasketId basket = checkout.createBasket();
        checkout.addProduct(basket, "PEN", 2, OperationId.random());
        List<Payment> fifty = List.of(Payment.cash(Money.parse("50.00€")));

        check(catchThrowable(() -> checkout.completeSale(basket, Money.parse("-5.00€"), fifty, OperationId.random())),
                new Expected(InvalidRequestException.class, "Expected total must not be negative, was -5.00€"));
        check(catchThrowable(() -> checkout.completeSale(basket, null, fifty, OperationId.random())),
                new Expected(InvalidRequestException.class, "Expected total is missing"));
    }

    @Test
    void missingSaleNumbersAndDaysAreInvalidRequests() {
        check(catchThrowable(() -> checkout.sale(null)), new Expected(InvalidRequestException.class, "Sale number is missing"));
        check(catchThrowable(() -> checkout.receiptPdf(null)),
                new Expected(InvalidRequestException.class, "Sale number is missing"));
        check(catchThrowable(() -> checkout.sales(null)), new Expected(InvalidRequestException.class, "Day is missing"));
        check(catchThrowable(() -> checkout.dayReport(null)), new Expected(InvalidRequestException.class, "Day is missing"));
        check(catchThrowable(() -> checkout.sale(new SaleNumber(Long.MAX_VALUE))),
                new Expected(SaleNotFoundException.class, "No sale S-9223372036854775807"));
    }

    /**
     * A good client adding to a basket of its own while every bad product code and quantity above
     * is sent and refused loses not one unit.
     */
    @Test
    void aGoodClientLosesNothingWhileBadInputIsRefused() throws Exception {
        BasketId goodBasket = checkout.createBasket();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger progress = new AtomicInteger();
        Future<Integer> goodAdds = GOOD_CLIENT.submit(() -> {
            CheckoutService good = Checkout.connect(Checkout.options("127.0.0.1", server.port()));
            while (!stop.get()) {
                good.addProduct(goodBasket, "MUG");
                progress.incrementAndGet();
            }
            return progress.get();
        });
        while (progress.get() == 0 && !goodAdds.isDone()) {
            Thread.onSpinWait();
        }

        BasketId target = checkout.createBasket();
        checkout.addProduct(target, "PEN", 2, OperationId.random());
        for (Arguments arguments : badProductCodes().toList()) {
            Named operation = (Named) arguments.get()[0];
            String code = (String) arguments.get()[2];
            catchThrowable(() -> operation.operation().call(checkout, target, code));
        }
        for (Arguments arguments : badQuantities().toList()) {
            int quantity = (int) arguments.get()[1];
            catchThrowable(() -> checkout.addProduct(target, "PEN", quantity, OperationId.random()));
        }
        for (Arguments arguments : badPaymentLists().toList()) {
            @SuppressWarnings("unchecked")
            List<Payment> payments = (List<Payment>) arguments.get()[1];
            catchThrowable(() -> checkout.completeSale(target, Money.parse("5.00€"), payments, OperationId.random()));
        }
        stop.set(true);
        int added = goodAdds.get(30, TimeUnit.SECONDS);

        Receipt receipt = checkout.receipt(goodBasket);
        assertThat(added).as("the good client was working during the matrix").isPositive();
        assertThat(receipt.lines()).singleElement().satisfies(line -> {
            assertThat(line.code()).isEqualTo("MUG");
            assertThat(line.quantity()).isEqualTo(added);
        });
        assertThat(receipt.total()).isEqualTo(Money.ofMinor(750L * added));
    }

    private static void check(Throwable thrown, Expected expected) {
        if (expected.type() == null) {
            assertThat(thrown).as("accepted").isNull();
            return;
        }
        assertThat(thrown).isInstanceOf(expected.type()).hasMessageContaining(expected.messagePart());
        assertThat(thrown.getMessage()).as("a short message").hasSizeLessThan(160).doesNotContain(LONG_CODE);
    }
}
