package com.lana.checkout.server.service;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.store.memory.InMemoryStore;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The service over {@link InMemoryStore} (create, add, void, total, remove) is
 * linearizable. Two baskets are opened up front so that operations collide on them; the
 * sequential specification is two arrays of quantities, priced by the catalog's rules for PEN
 * (buy one, get one free) and MUG (7.50).
 */
@Param(name = "basket", gen = IntGen.class, conf = "0:1")
@Param(name = "product", gen = IntGen.class, conf = "0:1")
public class BasketStoreLinearizabilityTest {

    private static final String[] CODES = {"PEN", "MUG"};

    private final CheckoutServiceImpl service = new CheckoutServiceImpl(CatalogFile.defaults(),
            new InMemoryStore(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    private final BasketId[] baskets = {service.createBasket(), service.createBasket()};

    public BasketStoreLinearizabilityTest() throws Exception {
    }

    @Operation
    public String add(@Param(name = "basket") int basket, @Param(name = "product") int product) throws Exception {
        return quantities(service.addProduct(baskets[basket], CODES[product], 1, OperationId.random()));
    }

    @Operation
    public String remove(@Param(name = "basket") int basket, @Param(name = "product") int product) throws Exception {
        return quantities(service.removeProduct(baskets[basket], CODES[product]));
    }

    @Operation
    public long total(@Param(name = "basket") int basket) throws Exception {
        return service.total(baskets[basket]).cents();
    }

    @Operation
    public void removeBasket(@Param(name = "basket") int basket) throws Exception {
        service.removeBasket(baskets[basket]);
    }

    @Operation
    public long createAndTotal() throws Exception {
        return service.total(service.createBasket()).cents();
    }

    @Test
    @Timeout(120)
    void modelChecking() {
        new ModelCheckingOptions()
                .iterations(5)
                .invocationsPerIteration(80)
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

    /** {@code "PEN=2 MUG=0"}: what the receipt holds of each product. */
    static String quantities(Receipt receipt) {
        int[] quantities = new int[CODES.length];
        for (Receipt.Line line : receipt.lines()) {
            for (int product = 0; product < CODES.length; product++) {
                if (CODES[product].equals(line.code())) {
                    quantities[product] += line.quantity();
                }
            }
        }
        return text(quantities);
    }

    static String text(int[] quantities) {
        return CODES[0] + "=" + quantities[0] + " " + CODES[1] + "=" + quantities[1];
    }

    /** What the service means, one call at a time. */
    public static final class Specification {
        private final int[][] quantities = new int[2][CODES.length];
        private final boolean[] removed = new boolean[2];

        public String add(int basket, int product) throws Exception {
            requireOpen(basket);
            quantities[basket][product]++;
            return text(quantities[basket]);
        }

        public String remove(int basket, int product) throws Exception {
            requireOpen(basket);
            if (quantities[basket][product] == 0) {
                throw new InvalidRequestException("nothing to remove");
            }
            quantities[basket][product]--;
            return text(quantities[basket]);
        }

        public long total(int basket) throws Exception {
            requireOpen(basket);
            int pens = quantities[basket][0];
            return (pens + 1) / 2 * 500L + quantities[basket][1] * 750L;
        }

        public void removeBasket(int basket) throws Exception {
            requireOpen(basket);
            removed[basket] = true;
        }

        public long createAndTotal() {
            return 0;
        }

        private void requireOpen(int basket) throws BasketNotFoundException {
            if (removed[basket]) {
                throw new BasketNotFoundException(new BasketId(basket, basket));
            }
        }
    }
}
