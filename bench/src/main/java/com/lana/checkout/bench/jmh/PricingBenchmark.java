package com.lana.checkout.bench.jmh;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.server.pricing.Pricing;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link Pricing#receipt} on the default catalog for a three-line basket (pens, T-shirts, mugs;
 * both promotions apply) of 10 and of 100,000 units: the cost should not depend on units.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PricingBenchmark {

    @Param({"10", "100000"})
    int units;

    private PriceList prices;
    private BasketLines basket;

    @Setup
    public void setUp() throws Exception {
        prices = PriceList.of(CatalogFile.defaults());
        basket = new BasketLines(BasketId.random(), 3, List.of(
                new BasketLines.Line("PEN", units * 4 / 10),
                new BasketLines.Line("TSHIRT", units * 3 / 10),
                new BasketLines.Line("MUG", units - units * 4 / 10 - units * 3 / 10)));
    }

    @Benchmark
    public Receipt receipt() {
        return Pricing.receipt(prices, basket);
    }
}
