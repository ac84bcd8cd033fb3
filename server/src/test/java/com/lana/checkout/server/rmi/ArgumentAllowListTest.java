package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.rmi.HardeningFixtures.Gadget;
import com.lana.checkout.server.service.CheckoutServiceImpl;
import com.lana.checkout.server.store.memory.InMemoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.rmi.Remote;
import java.rmi.server.UnicastRemoteObject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static com.lana.checkout.server.rmi.HardeningFixtures.causes;
import static com.lana.checkout.server.rmi.HardeningFixtures.hasCause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

/**
 * Server side: for every remote method and every reference-typed argument position,
 * hostile objects sent through the stub's invocation handler (which skips static typing) are
 * refused before any of their code runs. The control exports the same service without the
 * filter and shows the gadget would run.
 *
 * <p>What refuses what, as measured: in an object position (ids, amounts, payment lists, sale
 * numbers, days) the argument filter ({@link InvalidClassException}); in a {@code String} position
 * RMI's typed read, which never deserializes an object there ({@link ClassCastException}). Strings
 * are not checked by class, so an oversized string is stopped by the filter's byte limit only when
 * an object argument follows it; otherwise it reaches the method, where a product code is
 * validated in code ({@link InvalidRequestException}) and a string in an object position fails
 * dispatch ({@link IllegalArgumentException}).
 */
@Timeout(60)
class ArgumentAllowListTest {

    private static final int OVERSIZED = 200_000;
    private static final int NESTING = 50;

    /** What refused a hostile argument. */
    enum Refusal {
        ARGUMENT_FILTER, TYPED_STRING_READ, CODE_VALIDATION, DISPATCH_TYPE_CHECK
    }

    private static final Map<String, Supplier<Object>> PAYLOADS = Map.of(
            "a class outside the allow-list", () -> new StringBuilder("PEN"),
            "a HashMap", () -> new HashMap<>(Map.of("PEN", 1)),
            "an array nested " + NESTING + " deep", ArgumentAllowListTest::nestedArray,
            "a " + OVERSIZED + "-character string", () -> "P".repeat(OVERSIZED),
            "a gadget", Gadget::new);

    private static CheckoutServer server;
    private static CheckoutService raw;
    private static InvocationHandler handler;
    private static BasketId basket;

    @BeforeAll
    static void startServer() throws Exception {
        server = HardeningFixtures.startServer();
        raw = HardeningFixtures.rawStub(server.port());
        handler = Proxy.getInvocationHandler(raw);
        basket = raw.createBasket();
        raw.addProduct(basket, "PEN", 5, OperationId.random());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void healthyConnection() {
        Gadget.reset();
        // A refused call can leave unread bytes on its pooled connection (RMI does not drain it
        // after a typed read fails), and the server drops that connection at the next call; so
        // each case starts on a connection that has just carried a good call.
        for (int i = 0; i < 5; i++) {
            try {
                raw.ping();
                return;
            } catch (Exception stale) {
                // the broken connection is discarded; the next ping opens a new one
            }
        }
    }

    static Stream<Arguments> everyReferenceArgumentOfEveryMethod() {
        return Arrays.stream(CheckoutService.class.getMethods())
                .sorted(Comparator.comparing(ArgumentAllowListTest::signature))
                .flatMap(method -> {
                    Class<?>[] types = method.getParameterTypes();
                    return java.util.stream.IntStream.range(0, types.length)
                            .filter(position -> !types[position].isPrimitive())
                            .boxed()
                            .flatMap(position -> PAYLOADS.keySet().stream().sorted()
                                    .map(payload -> Arguments.of(signature(method), position, payload, method)));
                });
    }

    @ParameterizedTest(name = "{0} argument {1}: {2}")
    @MethodSource("everyReferenceArgumentOfEveryMethod")
    void hostileArgumentIsRefusedAndRunsNoCode(String signature, int position, String payload, Method method) {
        Object[] arguments = validArguments(method);
        arguments[position] = PAYLOADS.get(payload).get();

        Throwable refused = catchThrowable(() -> handler.invoke(raw, method, arguments));

        assertThat(refused).as("%s with %s at %d", signature, payload, position).isNotNull();
        assertThat(Gadget.ran()).as("gadget ran on the server").isFalse();
        Refusal expected = expectedRefusal(method, position, arguments[position]);
        assertThat(refusalOf(refused)).as("refusal of %s, was %s", payload, causes(refused)).isEqualTo(expected);
        if (expected == Refusal.CODE_VALIDATION) {
            assertThat(refused.getMessage()).contains("too long").hasSizeLessThan(200);
        }
    }

    @Test
    void theSameHandlerCarriesAGoodCall() throws Throwable {
        Method add = CheckoutService.class.getMethod("addProduct", BasketId.class, String.class);
        BasketId fresh = raw.createBasket();

        Receipt receipt = (Receipt) handler.invoke(raw, add, new Object[] {fresh, "MUG"});

        assertThat(receipt.lines()).singleElement().satisfies(line -> assertThat(line.quantity()).isEqualTo(1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyKindOfPaymentListAndTheSalesArgumentsPassTheFilter() throws Throwable {
        Method complete = CheckoutService.class.getMethod("completeSale", BasketId.class, Money.class, List.class,
                OperationId.class);
        Method sales = CheckoutService.class.getMethod("sales", LocalDate.class);
        Method sale = CheckoutService.class.getMethod("sale", SaleNumber.class);
        List<List<Payment>> lists = List.of(
                List.of(Payment.cash(Money.parse("50.00€"))),
                List.of(Payment.card(Money.parse("5.00€"), "A1"), Payment.cash(Money.parse("50.00€"))),
                List.of(Payment.cash(Money.parse("1.00€")), Payment.cash(Money.parse("1.00€")),
                        Payment.card(Money.parse("3.00€"), null)),
                new ArrayList<>(List.of(Payment.cash(Money.parse("50.00€")))),
                Arrays.asList(Payment.card(Money.parse("5.00€"), ""), Payment.cash(Money.parse("50.00€"))));

        for (List<Payment> payments : lists) {
            BasketId pens = raw.createBasket();
            raw.addProduct(pens, "PEN", 1, OperationId.random());

            Sale paid = (Sale) handler.invoke(raw, complete,
                    new Object[] {pens, Money.parse("5.00€"), payments, OperationId.random()});

            assertThat(paid.payments()).as("sent as %s", payments.getClass()).isEqualTo(payments);
            assertThat(handler.invoke(raw, sale, new Object[] {paid.number()})).isEqualTo(paid);
            assertThat((List<Object>) handler.invoke(raw, sales, new Object[] {paid.time().toLocalDate()}))
                    .contains(SaleSummary.of(paid));
        }
    }

    @Test
    void aPaymentListLongerThanTheFilterAllowsIsRefusedBeforeItIsRead() throws Throwable {
        Method complete = CheckoutService.class.getMethod("completeSale", BasketId.class, Money.class, List.class,
                OperationId.class);
        List<Payment> huge = new ArrayList<>(Collections.nCopies(ArgumentFilter.MAX_ARRAY + 1,
                Payment.cash(Money.parse("1.00€"))));

        Throwable refused = catchThrowable(() -> handler.invoke(raw, complete,
                new Object[] {basket, Money.parse("25.00€"), huge, OperationId.random()}));

        assertThat(refusalOf(refused)).as("refusal, was %s", causes(refused)).isEqualTo(Refusal.ARGUMENT_FILTER);
    }

    /**
     * Records are read through their constructors: a payment whose serial form was edited to carry
     * a negative amount, or a card reference longer than allowed, is refused as it is read.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedPayments")
    void aForgedPaymentIsRefusedAsItIsRead(String label, byte[] forged) {
        Throwable refused = catchThrowable(() -> {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(forged))) {
                in.setObjectInputFilter(ArgumentFilter.FILTER);
                in.readObject();
            }
        });

        assertThat(refused).isInstanceOf(InvalidObjectException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> forgedPayments() throws IOException {
        byte[] cash = serialized(List.of(Payment.cash(Money.ofMinor(5_000))));
        byte[] card = serialized(List.of(Payment.card(Money.ofMinor(5_000), "R")));
        ByteArrayOutputStream longReference = new ByteArrayOutputStream();
        longReference.write('t');   // TC_STRING, then a two-byte length
        longReference.write(0);
        longReference.write(200);
        longReference.writeBytes("R".repeat(200).getBytes(StandardCharsets.US_ASCII));
        return Stream.of(
                Arguments.of("cash of -50.00€", replace(cash, longBytes(5_000), longBytes(-5_000))),
                Arguments.of("card of -50.00€", replace(card, longBytes(5_000), longBytes(-5_000))),
                Arguments.of("card reference of 200 characters",
                        replace(card, new byte[] {'t', 0, 1, 'R'}, longReference.toByteArray())));
    }

    /** Control: without the argument filter the very same gadget is deserialized, and runs. */
    @Test
    void withoutTheFilterTheGadgetRuns() throws Throwable {
        CheckoutServiceImpl unfiltered = new CheckoutServiceImpl(CatalogFile.defaults(),
                new InMemoryStore(), Clock.systemUTC());
        Remote stub = UnicastRemoteObject.exportObject(unfiltered, 0);
        try {
            Method total = CheckoutService.class.getMethod("total", BasketId.class);

            Throwable failed = catchThrowable(
                    () -> Proxy.getInvocationHandler(stub).invoke(stub, total, new Object[] {new Gadget()}));

            assertThat(Gadget.ran()).as("gadget ran on the unfiltered server").isTrue();
            assertThat(failed).isInstanceOf(IllegalArgumentException.class);
        } finally {
            UnicastRemoteObject.unexportObject(unfiltered, true);
        }
    }

    private static Refusal expectedRefusal(Method method, int position, Object payload) {
        Class<?>[] types = method.getParameterTypes();
        boolean stringPosition = types[position] == String.class;
        if (!(payload instanceof String)) {
            return stringPosition ? Refusal.TYPED_STRING_READ : Refusal.ARGUMENT_FILTER;
        }
        boolean objectFollows = Arrays.stream(types, position + 1, types.length)
                .anyMatch(type -> !type.isPrimitive() && type != String.class);
        // A sign-in is strings only: past the filter's byte limit, reading the next one is refused.
        boolean pastByteLimit = method.getName().equals("signIn") && ((String) payload).length() > 65_536
                && position < types.length - 1;
        if (objectFollows || pastByteLimit) {
            return Refusal.ARGUMENT_FILTER;
        }
        return stringPosition ? Refusal.CODE_VALIDATION : Refusal.DISPATCH_TYPE_CHECK;
    }

    private static Refusal refusalOf(Throwable refused) {
        if (hasCause(refused, InvalidClassException.class)) {
            return Refusal.ARGUMENT_FILTER;
        }
        if (refused instanceof ClassCastException && refused.getMessage().endsWith("to java.lang.String")) {
            return Refusal.TYPED_STRING_READ;
        }
        if (refused instanceof InvalidRequestException) {
            return Refusal.CODE_VALIDATION;
        }
        // The JDK's reflection says "argument type mismatch" for a method's first calls, and names a
        // ClassCastException once it has generated an accessor for it (after other tests' calls).
        if (refused instanceof IllegalArgumentException && ("argument type mismatch".equals(refused.getMessage())
                || String.valueOf(refused.getMessage()).startsWith(ClassCastException.class.getName()))) {
            return Refusal.DISPATCH_TYPE_CHECK;
        }
        throw new AssertionError("Refused in an unexpected way", refused);
    }

    private static Object[] validArguments(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            arguments[i] = types[i] == BasketId.class ? basket
                    : types[i] == String.class ? "PEN"
                    : types[i] == int.class ? 1
                    : types[i] == Money.class ? Money.parse("25.00€")
                    : types[i] == List.class && method.getName().toLowerCase(java.util.Locale.ROOT).contains("refund")
                    ? List.of(com.lana.checkout.api.ReturnedItem.of("PEN", 1))
                    : types[i] == List.class ? List.of(Payment.cash(Money.parse("50.00€")))
                    : types[i] == SaleNumber.class ? new SaleNumber(1)
                    : types[i] == com.lana.checkout.api.RefundNumber.class ? new com.lana.checkout.api.RefundNumber(1)
                    : types[i] == com.lana.checkout.api.RefundTo.class ? com.lana.checkout.api.RefundTo.CASH
                    : types[i] == LocalDate.class ? LocalDate.of(2025, 1, 6)
                    : types[i] == OperationId.class ? OperationId.random()
                    : fail("No valid argument of type " + types[i] + " for " + signature(method));
        }
        return arguments;
    }

    private static byte[] serialized(Object object) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    private static byte[] longBytes(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }

    /** {@code bytes} with the one occurrence of {@code what} replaced by {@code with}. */
    private static byte[] replace(byte[] bytes, byte[] what, byte[] with) {
        for (int i = 0; i + what.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + what.length, what, 0, what.length)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(bytes, 0, i);
                out.write(with, 0, with.length);
                out.write(bytes, i + what.length, bytes.length - i - what.length);
                return out.toByteArray();
            }
        }
        throw new AssertionError("Serial form does not hold " + Arrays.toString(what));
    }

    private static Object nestedArray() {
        Object nested = new Object[0];
        for (int i = 0; i < NESTING; i++) {
            nested = new Object[] {nested};
        }
        return nested;
    }

    private static String signature(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName).collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    }
}
