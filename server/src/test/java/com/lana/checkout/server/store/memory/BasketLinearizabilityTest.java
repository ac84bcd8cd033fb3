package com.lana.checkout.server.store.memory;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link Basket} is linearizable. Lincheck runs its operations from several threads,
 * by model checking (exploring thread interleavings) and by stress, and checks every outcome
 * against a sequential specification: a plain ordered map of quantities.
 *
 * <p>Operations name products 0-1 and two operation ids, so scenarios collide on lines and on
 * retried changes.
 */
@Param(name = "product", gen = IntGen.class, conf = "0:1")
@Param(name = "operation", gen = IntGen.class, conf = "0:1")
public class BasketLinearizabilityTest {

    private static final OperationId[] OPERATIONS = {new OperationId(1, 1), new OperationId(2, 2)};
    private static final BasketId ID = new BasketId(7, 7);

    private final Basket basket = new Basket(ID, 0);

    @Operation
    public String add(@Param(name = "product") int product) throws Exception {
        return lines(basket.change(product, 1, "P" + product, null, 0).lines());
    }

    @Operation
    public String addOnce(@Param(name = "product") int product, @Param(name = "operation") int operation)
            throws Exception {
        return lines(basket.change(product, 2, "P" + product, OPERATIONS[operation], 0).lines());
    }

    @Operation
    public String remove(@Param(name = "product") int product) throws Exception {
        return lines(basket.change(product, -1, "P" + product, null, 0).lines());
    }

    @Operation
    public String read() throws Exception {
        return lines(basket.read(0).lines());
    }

    @Operation
    public boolean close() {
        return basket.close() != null;
    }

    @Test
    @Timeout(120)
    void modelChecking() {
        new ModelCheckingOptions()
                .iterations(6)
                .invocationsPerIteration(100)
                .threads(2)
                .actorsPerThread(3)
                .sequentialSpecification(Specification.class)
                .check(getClass());
    }

    @Test
    @Timeout(120)
    void stress() {
        new StressOptions()
                .iterations(3)
                .invocationsPerIteration(300)
                .threads(3)
                .actorsPerThread(3)
                .sequentialSpecification(Specification.class)
                .check(getClass());
    }

    /** Lines as text, in basket order: {@code "0x2 1x1"}. */
    static String lines(int[] pairs) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            text.append(text.length() == 0 ? "" : " ").append(pairs[i]).append('x').append(pairs[i + 1]);
        }
        return text.toString();
    }

    /** What a basket means, one call at a time. */
    public static final class Specification {
        private final Map<Integer, Integer> quantities = new LinkedHashMap<>();
        private final boolean[] applied = new boolean[OPERATIONS.length];
        private boolean closed;

        public String add(int product) throws Exception {
            return change(product, 1);
        }

        public String addOnce(int product, int operation) throws Exception {
            requireOpen();
            if (applied[operation]) {
                return text();
            }
            String result = change(product, 2);
            applied[operation] = true;
            return result;
        }

        public String remove(int product) throws Exception {
            return change(product, -1);
        }

        public String read() throws Exception {
            requireOpen();
            return text();
        }

        public boolean close() {
            boolean wasOpen = !closed;
            closed = true;
            quantities.clear();
            Arrays.fill(applied, false);
            return wasOpen;
        }

        private String change(int product, int delta) throws Exception {
            requireOpen();
            int updated = quantities.getOrDefault(product, 0) + delta;
            if (updated < 0) {
                throw new InvalidRequestException("nothing to remove");
            }
            if (updated == 0) {
                quantities.remove(product);
            } else {
                quantities.put(product, updated);
            }
            return text();
        }

        private void requireOpen() throws BasketNotFoundException {
            if (closed) {
                throw new BasketNotFoundException(ID);
            }
        }

        private String text() {
            StringBuilder text = new StringBuilder();
            quantities.forEach((product, quantity) ->
                    text.append(text.length() == 0 ? "" : " ").append(product).append('x').append(quantity));
            return text.toString();
        }
    }
}
