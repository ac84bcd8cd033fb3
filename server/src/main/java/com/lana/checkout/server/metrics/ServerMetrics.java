package com.lana.checkout.server.metrics;

import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.CheckoutStore;
import com.codahale.metrics.UniformReservoir;
import com.codahale.metrics.MetricRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.util.HierarchicalNameMapper;
import io.micrometer.jmx.JmxConfig;
import io.micrometer.jmx.JmxMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A server's meters, and the one way the rest of the server meets them: {@link #instrument} wraps the
 * service the server exports and the store it uses, and nothing else in the server knows it is
 * measured. Meter names are written here in Micrometer's dotted form; Prometheus sees them in its
 * conventions ({@code lana.checkout.calls} is {@code lana_checkout_calls_total}, a timer
 * {@code lana.checkout.call} is {@code lana_checkout_call_seconds}).
 *
 * <p>Three kinds: {@link #forProcess} for a server process (JMX, optionally Prometheus text, JVM
 * meters), {@link #detached()} for servers that share a JVM (tests), {@link #none()} for measuring
 * what recording costs.
 */
public final class ServerMetrics implements AutoCloseable {

    /** The JMX domain the meters are under, in jconsole's MBeans tab. */
    public static final String JMX_DOMAIN = "com.lana.checkout";

    static final String CALLS = "lana.checkout.calls";
    static final String CALL_SECONDS = "lana.checkout.call";
    static final String BASKETS_OPEN = "lana.checkout.baskets.open";
    static final String BASKETS_OPENED = "lana.checkout.baskets.opened";
    static final String BASKETS_REMOVED = "lana.checkout.baskets.removed";
    static final String BASKETS_EXPIRED = "lana.checkout.baskets.expired";
    static final String STORE_SECONDS = "lana.checkout.store";
    static final String STORE_FAILURES = "lana.checkout.store.failures";
    static final String SALES = "lana.checkout.sales";
    static final String SALES_AMOUNT = "lana.checkout.sales.amount";
    static final String PAYMENTS = "lana.checkout.payments";
    static final String PAYMENTS_AMOUNT = "lana.checkout.payments.amount";
    static final String EUROS = "euros";

    private final MeterRegistry registry;       // null: no meters at all
    private final PrometheusMeterRegistry prometheus;   // null: no Prometheus text
    private final List<AutoCloseable> resources;
    private CheckoutService service;
    private BasketStore store;   // the baskets of the store given to instrument, as measured
    private Health health;

    private ServerMetrics(MeterRegistry registry, PrometheusMeterRegistry prometheus, List<AutoCloseable> resources) {
        this.registry = registry;
        this.prometheus = prometheus;
        this.resources = resources;
    }

    /**
     * For a server process: meters published over JMX under {@value #JMX_DOMAIN}, always; kept as
     * Prometheus text for {@link #scrape()} when {@code prometheusText}; with the JVM's and the
     * process's meters (memory, GC, threads, CPU, uptime).
     */
    public static ServerMetrics forProcess(boolean prometheusText) {
        CompositeMeterRegistry composite = new CompositeMeterRegistry();
        List<AutoCloseable> resources = new ArrayList<>();
        JmxMeterRegistry jmx = new JmxMeterRegistry(new JmxConfig() {
            @Override
            public String get(String key) {
                return null;
            }

            @Override
            public String domain() {
                return JMX_DOMAIN;
            }
        }, io.micrometer.core.instrument.Clock.SYSTEM, HierarchicalNameMapper.DEFAULT, new LockFreeTimers());
        // JMX timers keep their own percentiles (50thPercentile, 99thPercentile, ... attributes):
        // computing Micrometer's as well would only make each call cost more.
        jmx.config().meterFilter(new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                return DistributionStatisticConfig.builder().percentiles(new double[0]).build().merge(config);
            }
        });
        composite.add(jmx);
        resources.add(jmx::close);
        PrometheusMeterRegistry prometheus = null;
        if (prometheusText) {
            prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            composite.add(prometheus);
            resources.add(prometheus::close);
        }
        new JvmMemoryMetrics().bindTo(composite);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(composite);
        resources.add(0, gc);
        new JvmThreadMetrics().bindTo(composite);
        new ProcessorMetrics().bindTo(composite);
        new UptimeMetrics().bindTo(composite);
        return new ServerMetrics(composite, prometheus, resources);
    }

    /**
     * Meters kept in this object only, with Prometheus text for {@link #scrape()}: no JMX and no JVM
     * meters, so that any number of servers can run in one JVM, as tests start them.
     */
    public static ServerMetrics detached() {
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        return new ServerMetrics(prometheus, prometheus, new ArrayList<>(List.of(prometheus::close)));
    }

    /** No meters: {@link #instrument} answers what it is given. For measuring what recording costs. */
    public static ServerMetrics none() {
        return new ServerMetrics(null, null, new ArrayList<>());
    }

    /** The service as the server should export it: each call measured (unless {@link #none()}). */
    public synchronized CheckoutService instrument(CheckoutService service) {
        this.service = Objects.requireNonNull(service, "service");
        if (registry == null) {
            return service;
        }
        return new MeteredCheckoutService(service, registry, new SaleMeter(registry));
    }

    /** The store as the service should use it: each operation of both its views measured (unless {@link #none()}). */
    public synchronized CheckoutStore instrument(CheckoutStore store) {
        if (registry == null) {
            this.store = store.baskets();
            return store;
        }
        CheckoutStore metered = StoreMeter.wrap(store, registry);
        this.store = metered.baskets();
        OpenBaskets open = new OpenBaskets(metered.baskets(), System::nanoTime);
        Gauge.builder(BASKETS_OPEN, open, OpenBaskets::value)
                .description("Baskets open in the store (read at most once per second)")
                .strongReference(true)
                .register(registry);
        return metered;
    }

    /** The meters, to read in tests; empty with {@link #none()}. */
    public MeterRegistry registry() {
        return registry != null ? registry : new CompositeMeterRegistry();
    }

    /** Whether {@link #scrape()} has anything to say. */
    public boolean hasPrometheusText() {
        return prometheus != null;
    }

    /** Every meter in the Prometheus text format (version 0.0.4); empty when not kept. */
    public String scrape() {
        return prometheus == null ? "" : prometheus.scrape();
    }

    /**
     * The health check of the service and store given to {@link #instrument}.
     *
     * @throws IllegalStateException before both were given
     */
    public synchronized Health health() {
        if (health == null) {
            if (service == null || store == null) {
                throw new IllegalStateException("Health needs the service and the store: instrument both first");
            }
            health = new Health(service, store);
        }
        return health;
    }

    /**
     * Dropwizard's registry behind the JMX one, whose timers keep a uniform random sample of 1,028
     * call times (Vitter's algorithm R: an atomic counter and one array write per call), so JMX's
     * percentiles are over the server's lifetime. The default reservoir takes a lock on every call
     * (with more calling threads than cores, a descheduled holder made every call wait), and the
     * lock-free exponentially decaying one inserts into a skip list on every call, which a profile
     * of the add path showed among its largest costs.
     */
    private static final class LockFreeTimers extends MetricRegistry {
        @Override
        public com.codahale.metrics.Timer timer(String name, MetricSupplier<com.codahale.metrics.Timer> ignored) {
            return super.timer(name, () -> new com.codahale.metrics.Timer(
                    new UniformReservoir()));
        }
    }

    /** Unregisters the JMX beans and stops what the meters run; the server keeps serving, unmeasured by them. */
    @Override
    public synchronized void close() {
        if (health != null) {
            health.close();
        }
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                // closing meters cannot fail in a way the server could act on
            }
        }
        resources.clear();
    }
}
