package com.lana.checkout.bench.chainday;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** An operation's latencies are summarised in milliseconds at p50, p99 and p99.9. */
class LatencySummaryTest {

    @Test
    void percentilesOfAThousandCallsOfOneToAThousandMilliseconds() {
        Histogram histogram = new Histogram(3);
        for (int ms = 1; ms <= 1000; ms++) {
            histogram.recordValue(ms * 1_000_000L);
        }

        LatencySummary summary = LatencySummary.of(Operation.SCAN, histogram);

        assertThat(summary.count()).isEqualTo(1000);
        assertThat(summary.p50()).isCloseTo(500, within(1.0));
        assertThat(summary.p99()).isCloseTo(990, within(1.0));
        assertThat(summary.p999()).isCloseTo(999, within(1.0));
    }

    @Test
    void noCallsIsAllZero() {
        LatencySummary summary = LatencySummary.of(Operation.PAY, new Histogram(3));

        assertThat(summary).isEqualTo(new LatencySummary(Operation.PAY, 0, 0, 0, 0));
    }

    @Test
    void theLineNamesTheOperationAndMilliseconds() {
        assertThat(new LatencySummary(Operation.VOID, 12, 0.5, 2.25, 7).fields())
                .isEqualTo("op=void count=12 p50_ms=0.50 p99_ms=2.25 p999_ms=7.00");
    }

    @Test
    void percentilesThatShrinkAreRefusedNamingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LatencySummary(Operation.SCAN, 3, 5, 4, 6))
                .withMessageContaining("scan").withMessageContaining("p50 5.000").withMessageContaining("p99 4.000");
    }

    @Test
    void theLatenciesOfAStepAreKeptPerOperation() {
        Latencies latencies = new Latencies();
        latencies.record(Operation.SCAN, 2_000_000);
        latencies.record(Operation.SCAN, 4_000_000);
        latencies.record(Operation.PAY, 30_000_000);

        assertThat(latencies.summary(Operation.SCAN).count()).isEqualTo(2);
        assertThat(latencies.summary(Operation.PAY).p50()).isCloseTo(30, within(0.1));
        assertThat(latencies.summary(Operation.TOTAL).count()).isZero();
    }
}
