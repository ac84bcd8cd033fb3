package com.lana.checkout.server.metrics;

import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The open-baskets gauge asks the store at most once a second, however often it is read. */
class OpenBasketsTest {

    private final InMemoryStore memory = new InMemoryStore();
    private final BasketStore store = memory.baskets();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final OpenBaskets open = new OpenBaskets(store, nanos::get);

    @Test
    void readsWithinASecondAnswerTheValueReadFirst() throws Exception {
        assertThat(open.value()).isZero();
        store.create(0);
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(999));

        assertThat(open.value()).isZero();
    }

    @Test
    void aReadASecondLaterAsksTheStoreAgain() throws Exception {
        assertThat(open.value()).isZero();
        store.create(0);
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(1));

        assertThat(open.value()).isEqualTo(1);
    }

    @Test
    void theGaugeKeepsAnsweringAfterGarbageCollection() throws Exception {
        try (ServerMetrics metrics = ServerMetrics.detached()) {
            metrics.instrument(memory).baskets().create(0);
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(20);
            }

            assertThat(metrics.registry().get(ServerMetrics.BASKETS_OPEN).gauge().value()).isEqualTo(1);
        }
    }
}
