package com.lana.checkout.bench.jmh;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Money;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What an answer costs to put on the wire and read back, as RMI does it: a fresh object stream
 * per call, so every class descriptor is written and resolved again each time. An add answers a
 * {@link Receipt}, a total a {@link Money}, a ping nothing; this is most of the gap between them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WireBenchmark {

    private Receipt receipt;
    private Money total;

    @Setup
    public void setUp() throws Exception {
        receipt = Pricing.receipt(PriceList.of(CatalogFile.defaults()),
                new BasketLines(BasketId.random(), 1, List.of(new BasketLines.Line("MUG", 5))));
        total = receipt.total();
    }

    /** The answer to an add of one mug to a basket of mugs (one line, as in add-distinct). */
    @Benchmark
    public Object receiptRoundTrip() throws IOException, ClassNotFoundException {
        return roundTrip(receipt);
    }

    /** The answer to a total. */
    @Benchmark
    public Object moneyRoundTrip() throws IOException, ClassNotFoundException {
        return roundTrip(total);
    }

    static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
