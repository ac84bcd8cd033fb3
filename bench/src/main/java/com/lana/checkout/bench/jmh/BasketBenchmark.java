package com.lana.checkout.bench.jmh;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.service.CheckoutServiceImpl;
import com.lana.checkout.server.store.memory.Basket;
import com.lana.checkout.server.store.memory.InMemoryStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * A basket's change and read in-process, alone and with two threads on one basket (its lock
 * contended), and the service's whole add path without RMI: find, change, price.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BasketBenchmark {

    /** A three-line basket per thread; changes alternate +1/-1 mug so it stays three lines. */
    @State(Scope.Thread)
    public static class Own {
        Basket basket;
        int delta = 1;

        @Setup
        public void setUp() throws CheckoutException {
            basket = threeLines();
        }
    }

    /** One basket shared by every benchmark thread. */
    @State(Scope.Benchmark)
    public static class Shared {
        Basket basket;

        @Setup(Level.Iteration)
        public void setUp() throws CheckoutException {
            basket = threeLines();
        }
    }

    /** The in-process service on a fresh store, one basket per thread. */
    @State(Scope.Thread)
    public static class Service {
        CheckoutServiceImpl service;
        BasketId basket;
        boolean add = true;

        @Setup
        public void setUp() throws Exception {
            service = new CheckoutServiceImpl(CatalogFile.defaults(), new InMemoryStore(),
                    Clock.systemUTC());
            basket = service.createBasket();
            service.addProduct(basket, "PEN");
            service.addProduct(basket, "TSHIRT");
            service.addProduct(basket, "MUG");
        }
    }

    @Benchmark
    public Basket.Snapshot change(Own own) throws CheckoutException {
        Basket.Snapshot after = own.basket.change(2, own.delta, "MUG", null, 0);
        own.delta = -own.delta;
        return after;
    }

    @Benchmark
    public Basket.Snapshot read(Own own) throws CheckoutException {
        return own.basket.read(0);
    }

    @Benchmark
    @Threads(2)
    public Basket.Snapshot changeContended(Shared shared) throws CheckoutException {
        return shared.basket.change(2, 1, "MUG", null, 0);
    }

    /** What the server does for one add over RMI, less RMI: normalise, find, change, price. */
    @Benchmark
    public Receipt serviceAdd(Service state) throws Exception {
        boolean add = state.add;
        state.add = !add;
        return add
                ? state.service.addProduct(state.basket, "MUG", 1, OperationId.random())
                : state.service.removeProduct(state.basket, "MUG", 1, OperationId.random());
    }

    static Basket threeLines() throws CheckoutException {
        Basket basket = new Basket(BasketId.random(), 0);
        basket.change(0, 1, "PEN", null, 0);
        basket.change(1, 1, "TSHIRT", null, 0);
        basket.change(2, 1, "MUG", null, 0);
        return basket;
    }
}
