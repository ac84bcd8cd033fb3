package com.lana.checkout.bench;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.memory.InMemoryStore;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Clock;
import java.util.Locale;

/**
 * Heap used per open basket: fills an {@link InMemoryStore} with N baskets of three lines
 * (one pen, one T-shirt, one mug, via {@link Basket#change}) and compares the heap used after a
 * full GC with the heap used before. Meant to run in a JVM of its own with a fixed {@code -Xmx}
 * (the load tool uses 256 MiB), so "fits" means the baskets fit in that heap.
 *
 * <p>Each count is measured twice: with changes that carry no {@link OperationId} (JShell-style
 * calls to the plain stub) and with changes that carry one, as every add through
 * {@code Checkout.connect} does, which makes the basket remember recent operation ids.
 *
 * <p>Arguments: basket counts. Prints one line per count and kind:
 * {@code MEMORY baskets=1000000 lines=3 operation_ids=yes heap_used_mib=... bytes_per_basket=... max_heap_mib=256 fits=true}
 */
public final class MemoryFootprint {

    private MemoryFootprint() {
    }

    public static void main(String[] args) throws Exception {
        for (boolean identified : new boolean[] {false, true}) {
            for (String arg : args) {
                System.out.println(measure(Integer.parseInt(arg.replace("_", "").replace(",", "")), identified));
            }
        }
    }

    static String measure(int count, boolean identified) throws CheckoutException, InterruptedException {
        long maxMib = Runtime.getRuntime().maxMemory() >> 20;
        long before = usedAfterGc();
        BasketStore store = new InMemoryStore().baskets();
        try {
            long now = System.currentTimeMillis();
            for (int i = 0; i < count; i++) {
                BasketId basket = store.create(now);
                store.change(basket, "PEN", 1, identified ? OperationId.random() : null, now);
                store.change(basket, "TSHIRT", 1, identified ? OperationId.random() : null, now);
                store.change(basket, "MUG", 1, identified ? OperationId.random() : null, now);
            }
        } catch (OutOfMemoryError e) {
            int reached = store.size();
            store = null;
            return String.format(Locale.ROOT, "MEMORY baskets=%d lines=3 operation_ids=%s heap_used_mib=na "
                    + "bytes_per_basket=na max_heap_mib=%d fits=false (out of memory after %d baskets)",
                    count, identified ? "yes" : "no", maxMib, reached);
        }
        long after = usedAfterGc();
        int open = store.size();
        long used = after - before;
        return String.format(Locale.ROOT, "MEMORY baskets=%d lines=3 operation_ids=%s heap_used_mib=%.1f "
                        + "bytes_per_basket=%d max_heap_mib=%d fits=%s", open, identified ? "yes" : "no", used / 1048576.0, used / open, maxMib, open == count);
    }

    private static long usedAfterGc() throws InterruptedException {
        MemoryUsage usage = null;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            usage = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        }
        return usage.getUsed();
    }
}
