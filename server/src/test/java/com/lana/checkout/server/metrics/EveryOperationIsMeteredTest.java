package com.lana.checkout.server.metrics;

import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.server.store.AuditTrail;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.CatalogStore;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.ClerkStore;
import com.lana.checkout.server.store.SalesLedger;
import com.lana.checkout.server.store.ShiftStore;
import com.lana.checkout.server.store.memory.InMemoryStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every method of the service and of the store's two views, called once through the meters, is
 * recorded once under its own name: a method added to an interface cannot go unmeasured (the
 * decorators are written out method by method, so one that forgot it would show here). The wrapped
 * objects are stand-ins that answer nothing ({@code null}, {@code 0}), so any method can be called
 * with any arguments.
 */
class EveryOperationIsMeteredTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceMethods")
    void eachServiceCallIsTimedAndCountedUnderItsMethodsName(Method method) throws Exception {
        CheckoutService metered = new MeteredCheckoutService(answeringNothing(CheckoutService.class), registry,
                new SaleMeter(registry));

        method.invoke(metered, arguments(method));

        assertThat(registry.get(ServerMetrics.CALL_SECONDS).tag("operation", method.getName()).timer().count())
                .isEqualTo(1);
        assertThat(registry.get(ServerMetrics.CALLS).tags("operation", method.getName(), "outcome", CallMeter.OK)
                .counter().count()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("basketStoreMethods")
    void eachBasketStoreOperationIsTimedUnderItsMethodsName(Method method) throws Exception {
        BasketStore metered = StoreMeter.wrap(storeWith(answeringNothing(BasketStore.class),
                answeringNothing(SalesLedger.class)), registry).baskets();

        method.invoke(metered, arguments(method));

        assertThat(storeTimerCount(method.getName())).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("salesLedgerMethods")
    void eachSalesLedgerOperationIsTimedUnderItsMethodsName(Method method) throws Exception {
        SalesLedger metered = StoreMeter.wrap(storeWith(answeringNothing(BasketStore.class),
                answeringNothing(SalesLedger.class)), registry).sales();

        method.invoke(metered, arguments(method));

        assertThat(storeTimerCount(method.getName())).isEqualTo(1);
    }

    static Stream<Method> serviceMethods() {
        return methodsOf(CheckoutService.class);
    }

    static Stream<Method> basketStoreMethods() {
        return methodsOf(BasketStore.class);
    }

    static Stream<Method> salesLedgerMethods() {
        return methodsOf(SalesLedger.class);
    }

    private static Stream<Method> methodsOf(Class<?> type) {
        return Arrays.stream(type.getMethods()).filter(m -> !Modifier.isStatic(m.getModifiers()));
    }

    private long storeTimerCount(String operation) {
        return registry.get(ServerMetrics.STORE_SECONDS).tags("store", "memory", "operation", operation).timer()
                .count();
    }

    /** A store whose views are the given stand-ins, described as a memory store. */
    private static CheckoutStore storeWith(BasketStore baskets, SalesLedger sales) {
        InMemoryStore memory = new InMemoryStore();
        return new CheckoutStore() {
            @Override
            public BasketStore baskets() {
                return baskets;
            }

            @Override
            public SalesLedger sales() {
                return sales;
            }

            @Override
            public CatalogStore catalogs() {
                return memory.catalogs();
            }

            @Override
            public AuditTrail audit() {
                return memory.audit();
            }

            @Override
            public ShiftStore shifts() {
                return memory.shifts();
            }

            @Override
            public ClerkStore clerks() {
                return memory.clerks();
            }

            @Override
            public String description() {
                return "memory stand-in";
            }

            @Override
            public void close() {
                memory.close();
            }
        };
    }

    /** An implementation of {@code type} whose every method answers nothing: null, zero or false. */
    private static <T> T answeringNothing(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> zero(method.getReturnType())));
    }

    private static Object[] arguments(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(EveryOperationIsMeteredTest::zero).toArray();
    }

    private static Object zero(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }
}
