package com.lana.checkout.server.metrics;

import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.store.BasketStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Stands in front of a {@link BasketStore}: times every operation, whatever its method, by store
 * kind and operation (count, sum and max: percentiles are the calls' business, which include the
 * store's time, and would double what recording costs); counts the failures of the store itself ({@link StoreUnavailableException}
 * and unexpected exceptions; a basket not found is an answer, not a failure); counts baskets
 * created, removed and expired; and logs the store becoming unavailable and available again, once
 * per change, not once per failed call, and its closing.
 */
final class StoreMeter implements InvocationHandler {

    private static final Logger LOG = Logger.getLogger(StoreMeter.class.getName());

    /** What only describes or lets go of the store: not timed. */
    private static final Set<String> UNTIMED = Set.of("description", "close");

    private final BasketStore store;
    private final String kind;
    private final MeterRegistry registry;
    private final Counter created;
    private final Counter removed;
    private final Counter expired;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final Map<String, Counter> failures = new ConcurrentHashMap<>();
    private final AtomicBoolean available = new AtomicBoolean(true);

    private StoreMeter(BasketStore store, MeterRegistry registry) {
        this.store = store;
        this.kind = kind(store.description());
        this.registry = registry;
        created = Counter.builder(ServerMetrics.BASKETS_OPENED).description("Baskets opened").register(registry);
        removed = Counter.builder(ServerMetrics.BASKETS_REMOVED).description("Baskets removed (cancelled)")
                .register(registry);
        expired = Counter.builder(ServerMetrics.BASKETS_EXPIRED).description("Baskets closed for being idle too long")
                .register(registry);
    }

    static BasketStore wrap(BasketStore store, MeterRegistry registry) {
        return MeteredProxies.of(BasketStore.class, new StoreMeter(store, registry));
    }

    /** The store's kind as a tag: the first word of its description ({@code memory}, {@code postgresql}, {@code h2}). */
    static String kind(String description) {
        String first = description.strip().split("\\s+", 2)[0];
        return first.isEmpty() ? "unknown" : first.toLowerCase(Locale.ROOT);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        if (MeteredProxies.isObjectMethod(method)) {
            return MeteredProxies.answerObjectMethod(proxy, method, arguments, store);
        }
        String operation = method.getName();
        if (UNTIMED.contains(operation)) {
            Object answer = call(method, arguments);
            if (operation.equals("close")) {
                LOG.info("Basket store closed: " + store.description());
            }
            return answer;
        }
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
            return method.invoke(store, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
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
