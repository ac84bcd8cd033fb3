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

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Stands in front of a {@link CheckoutStore}: times every operation of its {@link BasketStore} and its
 * {@link SalesLedger} (through {@link MeteredBasketStore} and {@link MeteredSalesLedger}), by store kind
 * and operation (count, sum and max: percentiles are the calls' business, which include the store's
 * time, and would double what recording costs); counts the failures of the store itself ({@link
 * StoreUnavailableException} and unexpected exceptions; a basket not found is an answer, not a
 * failure); counts baskets created, removed and expired; and logs the store becoming unavailable and
 * available again, once per change, not once per failed call, and its closing.
 */
final class StoreMeter {

    private static final Logger LOG = Logger.getLogger(StoreMeter.class.getName());

    private final CheckoutStore store;
    private final String kind;
    private final MeterRegistry registry;
    private final Counter created;
    private final Counter removed;
    private final Counter expired;
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
        return new Metered(store, new MeteredBasketStore(store.baskets(), meter),
                new MeteredSalesLedger(store.sales(), meter));
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

    /** The meters of the operation {@code name}, shared by both views; registered on its first call. */
    Operation operation(String name) {
        return new Operation(name);
    }

    void created() {
        created.increment();
    }

    void removed() {
        removed.increment();
    }

    void expired(int baskets) {
        expired.increment(baskets);
    }

    /**
     * One store operation's timer and failure counter, reached through a field of the view that
     * calls it. The view times each call in a {@code finally}, and counts what it throws: {@link
     * StoreUnavailableException} and unexpected exceptions are failures, other typed answers (a
     * basket not found) are not.
     */
    final class Operation {
        private final String name;
        private volatile Timer[] timers;    // null until the first call
        private volatile Counter failures;  // null until the first failure

        private Operation(String name) {
            this.name = name;
        }

        /** Records that the store answered; answers {@code answer}. */
        <T> T answered(T answer) {
            becameAvailable();
            return answer;
        }

        /** Records a call that the store could not serve for want of its database; answers {@code e} to throw. */
        StoreUnavailableException unavailable(StoreUnavailableException e) {
            failed();
            becameUnavailable(e);
            return e;
        }

        /** Records a call that failed unexpectedly. */
        void failed() {
            Counter counter = failures;
            if (counter == null) {
                counter = failures = Counter.builder(ServerMetrics.STORE_FAILURES)
                        .description("Store operations that failed (database unreachable, unexpected error), by store "
                                + "kind and operation")
                        .tag("store", kind)
                        .tag("operation", name)
                        .register(registry);
            }
            counter.increment();
        }

        /** Records the time of a call started at {@code started} ({@link System#nanoTime()}), however it ended. */
        void timed(long started) {
            Timer[] current = timers;
            if (current == null) {
                current = timers = Recorders.of(registry, Timer.builder(ServerMetrics.STORE_SECONDS)
                        .description("Time the basket store took, by store kind and operation")
                        .tag("store", kind)
                        .tag("operation", name)
                        .distributionStatisticBufferLength(1)   // one maximum per call, as the call timers
                        .register(registry));
            }
            Recorders.record(current, System.nanoTime() - started);
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
}
