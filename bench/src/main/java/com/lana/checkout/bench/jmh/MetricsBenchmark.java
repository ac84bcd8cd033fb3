package com.lana.checkout.bench.jmh;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.server.metrics.ServerMetrics;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.service.CheckoutServiceImpl;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.memory.InMemoryStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * What recording metrics adds to one add, in process (no RMI, whose cost would drown it): the
 * service's add path bare ({@code none}), measured as a server process measures it ({@code process}:
 * JMX and Prometheus), and as test servers do ({@code detached}: Prometheus only). Run with
 * {@code ./run-bench.sh --jmh MetricsBenchmark -t 8} for eight threads.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MetricsBenchmark {

    /** One set of meters (or none) and one service for every thread, as in a server. */
    @State(Scope.Benchmark)
    public static class Server {
        @Param({"none", "process", "detached"})
        String metrics;

        ServerMetrics meters;
        CheckoutService service;

        @Setup(Level.Trial)
        public void setUp() {
            meters = switch (metrics) {
                case "none" -> ServerMetrics.none();
                case "process" -> ServerMetrics.forProcess(true);
                case "detached" -> ServerMetrics.detached();
                default -> throw new IllegalArgumentException(metrics);
            };
            CheckoutStore store = meters.instrument(new InMemoryStore());
            service = meters.instrument(new CheckoutServiceImpl(CatalogFile.defaults(), store, Clock.systemUTC()));
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            meters.close();
        }
    }

    /** Each thread's own basket; adds alternate with voids so it stays one line. */
    @State(Scope.Thread)
    public static class Own {
        BasketId basket;
        boolean add = true;

        @Setup(Level.Trial)
        public void setUp(Server server) throws Exception {
            basket = server.service.createBasket();
            server.service.addProduct(basket, "MUG");
        }
    }

    @Benchmark
    public Receipt addOrVoid(Server server, Own own) throws Exception {
        own.add = !own.add;
        return own.add
                ? server.service.addProduct(own.basket, "MUG", 1, OperationId.random())
                : server.service.removeProduct(own.basket, "MUG", 1, OperationId.random());
    }
}
