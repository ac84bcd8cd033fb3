package com.lana.checkout.server.store.memory;

import com.lana.checkout.api.BasketId;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Control for the Lincheck tests: they can fail. "Add a pen unless there is one" done as a read,
 * then a change, each under the basket's lock but not together, is not atomic; model checking
 * finds the interleaving where two threads both add.
 */
public class RacyCompositionLinearizabilityTest {

    private final Basket basket = new Basket(new BasketId(3, 3), 0);

    @Operation
    public String addUnlessPresent() throws Exception {
        if (basket.read(0).lineCount() == 0) {
            return BasketLinearizabilityTest.lines(basket.change(0, 1, "PEN", null, 0).lines());
        }
        return BasketLinearizabilityTest.lines(basket.read(0).lines());
    }

    @Test
    @Timeout(120)
    void modelCheckingFindsTheRace() {
        assertThatExceptionOfType(LincheckAssertionError.class).isThrownBy(() -> new ModelCheckingOptions()
                .iterations(10)
                .invocationsPerIteration(200)
                .threads(2)
                .actorsPerThread(1)
                .actorsBefore(0)
                .actorsAfter(0)
                .sequentialSpecification(Specification.class)
                .check(getClass()));
    }

    /** Atomic, as the name promises. */
    public static final class Specification {
        public String addUnlessPresent() {
            return "0x1";
        }
    }
}
