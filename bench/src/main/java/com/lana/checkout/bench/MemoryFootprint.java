package com.lana.checkout.bench;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.memory.InMemoryStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Runs this probe in a JVM of its own with {@code -Xmx256m} for 100,000 and 1,000,000 baskets,
     * relaying its output to {@code out}; answers its {@code MEMORY} lines.
     */
    static List<String> probe(PrintStream out) throws IOException, InterruptedException {
        out.println("Measuring heap per open basket in a JVM with -Xmx256m...");
        List<String> command = List.of(ServerProcess.javaExecutable(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), MemoryFootprint.class.getName(), "100000", "1000000");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.println(line);
                if (line.startsWith("MEMORY ")) {
                    lines.add(line);
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0) {
            out.println("The memory probe exited with code " + exit + "; its output is above");
        }
        return lines;
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
