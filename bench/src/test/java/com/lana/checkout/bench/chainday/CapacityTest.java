package com.lana.checkout.bench.chainday;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** The capacity search steps tills up while scans and payments stay quick, and reports the last step that held. */
class CapacityTest {

    private static final CpuProbe.Usage IDLE = new CpuProbe.Usage(0.2, 0.0, 0.1, Double.NaN, 0.1);

    @Test
    void aStepHoldsWithScanP99AtTheLimitAndPayP99AtItsLimit() {
        assertThat(Capacity.held(step(100, 50.0, 200.0, 0))).isTrue();
    }

    @Test
    void aStepWithScansTooSlowDoesNotHold() {
        assertThat(Capacity.held(step(100, 50.5, 10.0, 0))).isFalse();
    }

    @Test
    void aStepWithPaymentsTooSlowDoesNotHold() {
        assertThat(Capacity.held(step(100, 5.0, 201.0, 0))).isFalse();
    }

    @Test
    void aStepWithAFailedCallDoesNotHoldHoweverQuick() {
        assertThat(Capacity.held(step(100, 1.0, 1.0, 1))).isFalse();
    }

    @Test
    void theSearchStartsAtTheFirstStepAndDoublesWhileStepsHold() {
        List<StepResult> done = new ArrayList<>();
        assertThat(Capacity.next(done, 50, 6400, false)).hasValue(50);
        done.add(step(50, 1, 1, 0));
        assertThat(Capacity.next(done, 50, 6400, false)).hasValue(100);
    }

    @Test
    void theSearchStopsAtTheMostTillsAllowed() {
        List<StepResult> done = List.of(step(3200, 1, 1, 0), step(6000, 1, 1, 0));

        assertThat(Capacity.next(List.of(step(3200, 1, 1, 0)), 50, 6000, false)).hasValue(6000);
        assertThat(Capacity.next(done, 50, 6000, false)).isEmpty();
        assertThat(Capacity.capacity(done)).isEqualTo(6000);
    }

    @Test
    void withoutRefiningTheSearchStopsAtTheFirstStepThatDoesNotHold() {
        List<StepResult> done = List.of(step(50, 1, 1, 0), step(100, 1, 1, 0), step(200, 80, 1, 0));

        assertThat(Capacity.next(done, 50, 6400, false)).isEmpty();
        assertThat(Capacity.capacity(done)).isEqualTo(100);
    }

    @Test
    void refiningHalvesTheGapBetweenTheLastStepThatHeldAndTheFirstThatDidNot() {
        List<StepResult> done = new ArrayList<>(List.of(step(400, 1, 1, 0), step(800, 80, 1, 0)));

        assertThat(Capacity.next(done, 50, 6400, true)).hasValue(600);
        done.add(step(600, 1, 1, 0));
        assertThat(Capacity.next(done, 50, 6400, true)).hasValue(700);
        done.add(step(700, 80, 1, 0));
        assertThat(Capacity.next(done, 50, 6400, true)).isEmpty();
        assertThat(Capacity.capacity(done)).isEqualTo(600);
    }

    @Test
    void aStepThatHeldAboveOneThatDidNotDoesNotCount() {
        List<StepResult> done = List.of(step(50, 1, 1, 0), step(100, 80, 1, 0), step(200, 1, 1, 0));

        assertThat(Capacity.capacity(done)).isEqualTo(50);
        assertThat(Capacity.firstFailed(done).tills()).isEqualTo(100);
    }

    @Test
    void noStepHeldIsACapacityOfNoTills() {
        List<StepResult> done = List.of(step(50, 80, 1, 0));

        assertThat(Capacity.capacity(done)).isZero();
        assertThat(Capacity.next(done, 50, 6400, true)).isEqualTo(OptionalInt.empty());
    }

    static StepResult step(int tills, double scanP99, double payP99, long errors) {
        return new StepResult(tills, Map.of(
                Operation.SCAN, new LatencySummary(Operation.SCAN, 1000, scanP99 / 2, scanP99, scanP99),
                Operation.PAY, new LatencySummary(Operation.PAY, 100, payP99 / 2, payP99, payP99)),
                10, errors, IDLE, DatabaseWaits.Totals.NONE, 0, 40);
    }
}
