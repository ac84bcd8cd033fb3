package com.lana.checkout.server.metrics;

import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.AuditTrail;
import com.lana.checkout.server.store.CatalogStore;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.ClerkStore;
import com.lana.checkout.server.store.SalesLedger;
import com.lana.checkout.server.store.ShiftStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Stands in front of a {@link CheckoutStore}: times every operation of its {@link BasketStore} and its
 * {@link SalesLedger}, whatever the method, by store kind and operation (count, sum and max: percentiles are the calls' business, which include the
 * store's time, and would double what recording costs); counts the failures of the store itself ({@link StoreUnavailableException}
 * and unexpected exceptions; a basket not found is an answer, not a failure); counts baskets
 * created, removed and expired; and logs the store becoming unavailable and available again, once
 * per change, not once per failed call, and its closing.
 */
final class StoreMeter {

    private static final Logger LOG = Logger.getLogger(StoreMeter.class.getName());

    private final CheckoutStore store;
    private final String kind;
    private final MeterRegistry registry;
    private final Counter created;
    private final Counter removed;
    private final Counter expired;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final Map<String, Counter> failures = new ConcurrentHashMap<>();
    private final AtomicBoolean available = new AtomicBoolean(true);

    private StoreMeter(CheckoutStore store, MeterRegistry registry) {
        this.store = store;
        this.kind = kind(store.description());
        this.registry = registry;
        created = Counter.builder(ServerMetrics.BASKETS_OPENED).description("Baskets opened").register(registry);
        removed = Counter.builder(ServerMetrics.BASKETS_REMOVED).description("Baskets removed (cancelled)")
                .register(registry);
        expired = Counter.builder(ServerMetrics.BASKETS_EXPIRED).description("Baskets closed for being idle too long")
                .register(registry);
    }

    static CheckoutStore wrap(CheckoutStore store, MeterRegistry registry) {
        StoreMeter meter = new StoreMeter(store, registry);
        return new Metered(store,
                MeteredProxies.of(BasketStore.class, meter.new View(store.baskets())),
                MeteredProxies.of(SalesLedger.class, meter.new View(store.sales())));
    }

    /** The store's kind as a tag: the first word of its description ({@code memory}, {@code postgresql}, {@code h2}). */
    static String kind(String description) {
        String first = description.strip().split("\\s+", 2)[0];
        return first.isEmpty() ? "unknown" : first.toLowerCase(Locale.ROOT);
    }

    /** The store with both views measured; closing it is logged. */
    private record Metered(CheckoutStore store, BasketStore baskets, SalesLedger sales) implements CheckoutStore {

        /** Not measured: servers poll the current version every second, and publishing is rare. */
        @Override
        public CatalogStore catalogs() {
            return store.catalogs();
        }

        /** Not measured: no service call uses it yet. */
        @Override
        public AuditTrail audit() {
            return store.audit();
        }

        /** Not measured: no service call uses it yet. */
        @Override
        public ShiftStore shifts() {
            return store.shifts();
        }

        /** Not measured: a sign-in is a few calls, and the hashing around it costs far more. */
        @Override
        public ClerkStore clerks() {
            return store.clerks();
        }

        @Override
        public String description() {
            return store.description();
        }

        @Override
        public void close() {
            store.close();
            LOG.info("Basket store closed: " + store.description());
        }

        @Override
        public String toString() {
            return "metered " + store;
        }
    }

    /** Measures the calls to one of the store's views; both views share the meters and the availability. */
    private final class View implements InvocationHandler {

        private final Object target;

        View(Object target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            if (MeteredProxies.isObjectMethod(method)) {
                return MeteredProxies.answerObjectMethod(proxy, method, arguments, target);
            }
            String operation = method.getName();
            long started = System.nanoTime();
            try {
                Object answer = call(method, arguments);
                count(operation, answer);
                becameAvailable();
                return answer;
            } catch (StoreUnavailableException e) {
                failure(operation).increment();
                becameUnavailable(e);
                throw e;
            } catch (RuntimeException | Error e) {
                failure(operation).increment();
                throw e;
            } finally {
                timer(operation).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        }

        private Object call(Method method, Object[] arguments) throws Throwable {
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    private void count(String operation, Object answer) {
        switch (operation) {
            case "create" -> created.increment();
            case "remove" -> removed.increment();
            case "expireIdleSince" -> expired.increment((Integer) answer);
            default -> {
                // reads, changes and sales open or close no basket (a paid basket counts as a sale)
            }
        }
    }

    private void becameUnavailable(StoreUnavailableException e) {
        if (available.compareAndSet(true, false)) {
            LOG.warning("Basket store unavailable: " + e.getMessage());
        }
    }

    private void becameAvailable() {
        if (!available.get() && available.compareAndSet(false, true)) {
            LOG.info("Basket store available again: " + store.description());
        }
    }

    private Timer timer(String operation) {
        Timer timer = timers.get(operation);
        return timer != null ? timer : timers.computeIfAbsent(operation, o -> Timer.builder(ServerMetrics.STORE_SECONDS)
                .description("Time the basket store took, by store kind and operation")
                .tag("store", kind)
                .tag("operation", o)
                .register(registry));
    }

    private Counter failure(String operation) {
        return failures.computeIfAbsent(operation, o -> Counter.builder(ServerMetrics.STORE_FAILURES)
                .description("Store operations that failed (database unreachable, unexpected error), by store kind and operation")
                .tag("store", kind)
                .tag("operation", o)
                .register(registry));
    }
}
