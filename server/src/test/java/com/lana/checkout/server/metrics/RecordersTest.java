package com.lana.checkout.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording straight into the meters a composite registry forwards to reaches every registry under
 * it, as recording through the composite does.
 */
class RecordersTest {

    private final SimpleMeterRegistry first = new SimpleMeterRegistry();
    private final SimpleMeterRegistry second = new SimpleMeterRegistry();
    private final CompositeMeterRegistry composite = new CompositeMeterRegistry();

    RecordersTest() {
        composite.add(first);
        composite.add(second);
    }

    @Test
    void aTimingReachesTheTimerOfEveryRegistryInTheComposite() {
        Timer timer = Timer.builder("lana.test.call").tag("operation", "addProduct").register(composite);

        Recorders.record(Recorders.of(composite, timer), 3_000_000);

        assertThat(first.get("lana.test.call").tag("operation", "addProduct").timer().count()).isEqualTo(1);
        assertThat(second.get("lana.test.call").tag("operation", "addProduct").timer().totalTime(TimeUnit.MILLISECONDS))
                .isEqualTo(3.0);
        assertThat(timer.count()).isEqualTo(1);
    }

    @Test
    void aCountReachesTheCounterOfEveryRegistryInTheComposite() {
        Counter counter = Counter.builder("lana.test.calls").tag("outcome", "ok").register(composite);

        Recorders.increment(Recorders.of(composite, counter));

        assertThat(first.get("lana.test.calls").tag("outcome", "ok").counter().count()).isEqualTo(1);
        assertThat(second.get("lana.test.calls").tag("outcome", "ok").counter().count()).isEqualTo(1);
    }

    @Test
    void onARegistryThatIsNoCompositeTheMeterItselfIsRecorded() {
        Timer timer = Timer.builder("lana.test.call").register(first);

        assertThat(Recorders.of(first, timer)).containsExactly(timer);
    }
}
