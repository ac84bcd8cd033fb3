package com.lana.checkout.bench.chainday;

import java.util.List;
import java.util.OptionalInt;

/**
 * The capacity search: a step holds when no call failed, scan p99 is at most {@value #SCAN_P99_MS}
 * ms and pay p99 at most {@value #PAY_P99_MS} ms (a step with no payment in its window is judged on
 * the scans). Tills double from the first step while steps hold, up to the most allowed; after the
 * first step that does not hold, {@code refine} halves the gap between the largest step that held and
 * the smallest that did not while it is more than a quarter of the former. The capacity is the
 * largest step that held below every step that did not.
 */
final class Capacity {

    static final double SCAN_P99_MS = 50;
    static final double PAY_P99_MS = 200;

    private Capacity() {
    }

    static boolean held(StepResult step) {
        LatencySummary pay = step.latency(Operation.PAY);
        return step.errors() == 0 && step.latency(Operation.SCAN).count() > 0
                && step.latency(Operation.SCAN).p99() <= SCAN_P99_MS
                && (pay.count() == 0 || pay.p99() <= PAY_P99_MS);
    }

    /** The tills of the next step after {@code done} (in the order run), or empty when the search is over. */
    static OptionalInt next(List<StepResult> done, int first, int most, boolean refine) {
        if (done.isEmpty()) {
            return OptionalInt.of(Math.min(first, most));
        }
        int held = capacity(done);
        OptionalInt failed = done.stream().filter(s -> !held(s)).mapToInt(StepResult::tills).min();
        if (failed.isEmpty()) {
            int doubled = held * 2;
            return held >= most ? OptionalInt.empty() : OptionalInt.of(Math.min(doubled, most));
        }
        if (!refine || held == 0) {
            return OptionalInt.empty();
        }
        int gap = failed.getAsInt() - held;
        return gap * 4 > held ? OptionalInt.of(held + gap / 2) : OptionalInt.empty();
    }

    /** The most tills of a step that held, below the fewest of any step that did not; 0 when none held. */
    static int capacity(List<StepResult> done) {
        int failed = done.stream().filter(s -> !held(s)).mapToInt(StepResult::tills).min().orElse(Integer.MAX_VALUE);
        return done.stream().filter(Capacity::held).mapToInt(StepResult::tills).filter(t -> t < failed).max().orElse(0);
    }

    /** The first step that did not hold above the capacity, the one whose limit is reported; null when all held. */
    static StepResult firstFailed(List<StepResult> done) {
        return done.stream().filter(s -> !held(s)).min((a, b) -> Integer.compare(a.tills(), b.tills())).orElse(null);
    }
}
