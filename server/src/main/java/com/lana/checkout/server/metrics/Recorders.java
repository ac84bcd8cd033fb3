package com.lana.checkout.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.search.Search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Where a recording goes: the meters that a meter of a {@link CompositeMeterRegistry} forwards to, one
 * in each registry under it (JMX, Prometheus), so that the hot path records into them directly rather
 * than through the composite's dispatch on every call (a profile of the add path showed it beside the
 * recording itself). The same meters receive the same values as through the composite; on a registry
 * that is not a composite, the meter itself.
 */
final class Recorders {

    private Recorders() {
    }

    /** The timers that {@code timer}, registered in {@code registry}, records into. */
    static Timer[] of(MeterRegistry registry, Timer timer) {
        return children(registry, timer, Search::timer).toArray(Timer[]::new);
    }

    /** The counters that {@code counter}, registered in {@code registry}, counts into. */
    static Counter[] of(MeterRegistry registry, Counter counter) {
        return children(registry, counter, Search::counter).toArray(Counter[]::new);
    }

    static void record(Timer[] timers, long nanos) {
        for (Timer timer : timers) {
            timer.record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    static void increment(Counter[] counters) {
        for (Counter counter : counters) {
            counter.increment();
        }
    }

    private static <M extends Meter> List<M> children(MeterRegistry registry, M meter, Function<Search, M> found) {
        if (!(registry instanceof CompositeMeterRegistry composite)) {
            return List.of(meter);
        }
        List<M> children = new ArrayList<>();
        for (MeterRegistry child : composite.getRegistries()) {
            M forwarded = found.apply(child.find(meter.getId().getName()).tags(meter.getId().getTagsAsIterable()));
            if (forwarded == null) {
                return List.of(meter);   // a registry that holds no such meter: let the composite dispatch
            }
            children.add(forwarded);
        }
        return children;
    }
}
