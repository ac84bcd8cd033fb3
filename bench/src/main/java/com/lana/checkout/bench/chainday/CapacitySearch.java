package com.lana.checkout.bench.chainday;

import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.bench.VerificationException;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The chain-day steps on one store: a short warm-up step, then the capacity search (or the steps
 * asked for), each step checked ({@link LedgerCheck}) and cleaned up (its open baskets removed)
 * before the next. Prints a line per step and per operation, then the {@code CAPACITY} line.
 */
final class CapacitySearch {

    /** The first step of the search, and the most tills of the warm-up. */
    static final int FIRST_TILLS = 50;

    /**
     * How the steps run.
     *
     * @param steps exactly these steps, or null for the search
     * @param most the search's largest step
     * @param refine whether the search narrows the gap after the first step that does not hold
     * @param warmup the warm-up step's measured time; zero for none
     */
    record Plan(Duration interval, Duration stepTime, List<Integer> steps, int most, boolean refine, Duration warmup) {
    }

    /** Where the CPU figures and database waits come from. */
    interface Probes {
        CpuProbe cpu();

        /** Starts sampling the database's sessions, or answers null where there is nothing to sample. */
        DatabaseWaits waits() throws Exception;
    }

    private final PrintStream out;
    private final String store;
    private final List<CheckoutService> services;
    private final CheckoutService admin;
    private final List<String> codes;
    private final Probes probes;
    private final List<Long> serverPids;
    private final List<String> lines = new ArrayList<>();

    CapacitySearch(PrintStream out, String store, List<CheckoutService> services, CheckoutService admin,
                   List<String> codes, Probes probes, List<Long> serverPids) {
        this.out = out;
        this.store = store;
        this.services = List.copyOf(services);
        this.admin = admin;
        this.codes = List.copyOf(codes);
        this.probes = probes;
        this.serverPids = List.copyOf(serverPids);
    }

    /** The machine-readable lines printed so far. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    /**
     * Runs the plan and answers every step's result, in the order run.
     *
     * @throws VerificationException when a step's checks found a lost or doubled change
     */
    List<StepResult> run(Plan plan) throws Exception {
        if (!plan.warmup().isZero()) {
            int tills = Math.min(FIRST_TILLS, plan.steps() == null ? plan.most() : plan.steps().get(0));
            out.printf("Warming up: %d tills for %.1f s (checked, not reported)%n", tills,
                    (plan.interval().toMillis() + plan.warmup().toMillis()) / 1000.0);
            step(tills, plan.interval(), plan.warmup(), -1);
        }
        List<StepResult> done = new ArrayList<>();
        int index = 0;
        while (true) {
            OptionalInt next = plan.steps() != null
                    ? (index < plan.steps().size() ? OptionalInt.of(plan.steps().get(index)) : OptionalInt.empty())
                    : Capacity.next(done, FIRST_TILLS, plan.most(), plan.refine());
            if (next.isEmpty()) {
                break;
            }
            StepResult result = step(next.getAsInt(), plan.interval(), plan.stepTime(), index++);
            done.add(result);
            boolean held = Capacity.held(result);
            print(result.line(store, held, held ? "-" : Limits.firstLimit(result)));
            for (Operation operation : Operation.values()) {
                print(String.format(Locale.ROOT, "CHAIN_OP store=%s tills=%d %s", store, result.tills(),
                        result.latency(operation).fields()));
            }
        }
        StepResult failed = Capacity.firstFailed(done);
        print(String.format(Locale.ROOT, "CAPACITY store=%s tills=%d first_limit=%s", store, Capacity.capacity(done),
                failed == null ? Limits.NONE : Limits.firstLimit(failed)));
        out.println(failed == null ? "   every step held, up to " + done.stream().mapToInt(StepResult::tills).max()
                .orElse(0) + " tills: no limit found (--max-tills goes further)"
                : "   at " + failed.tills() + " tills: " + Limits.explain(failed));
        return done;
    }

    private StepResult step(int tills, Duration interval, Duration measured, long seed) throws Exception {
        CpuProbe cpu = probes.cpu();
        AtomicReference<CpuProbe.Sample> before = new AtomicReference<>();
        AtomicReference<CpuProbe.Usage> usage = new AtomicReference<>();
        AtomicReference<DatabaseWaits> waits = new AtomicReference<>();
        AtomicReference<DatabaseWaits.Totals> waited = new AtomicReference<>(DatabaseWaits.Totals.NONE);
        int[] threads = {-1};
        ChainStep.Outcome outcome = ChainStep.run(tills, services, codes, interval, measured, seed * 1_000_003L,
                () -> {
                    before.set(cpu.sample());
                    try {
                        waits.set(probes.waits());
                    } catch (Exception e) {
                        out.println("Cannot sample the database's sessions: " + e);
                    }
                }, () -> {
                    usage.set(cpu.sample().since(before.get()));
                    threads[0] = serverPids.stream().mapToInt(pid -> CpuProbe.threads(pid)).reduce(0,
                            (a, b) -> a < 0 || b < 0 ? -1 : a + b);
                    DatabaseWaits sampling = waits.get();
                    if (sampling != null) {
                        waited.set(sampling.totals());
                        try {
                            sampling.close();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
        long checking = System.nanoTime();
        LedgerCheck.verify(admin, outcome.ledger());
        List<TillSale> open = outcome.ledger().stream().filter(sale -> sale.number() == null).toList();
        BoundedCalls.forEach(open, sale -> {
            try {
                admin.removeBasket(sale.basket());
            } catch (BasketNotFoundException e) {
                // gone already: nothing to clean up
            }
        });
        double checked = (System.nanoTime() - checking) / 1e9;
        Map<Operation, LatencySummary> latencies = new EnumMap<>(Operation.class);
        for (Operation operation : Operation.values()) {
            latencies.put(operation, outcome.latencies().summary(operation));
        }
        StepResult result = new StepResult(tills, latencies, outcome.salesPerSecond(), outcome.errors(), usage.get(),
                waited.get(), outcome.latencies().latenessP99(), threads[0]);
        out.printf(Locale.ROOT, "%5d tills: %,6.1f sales/s, scan p99 %7.2f ms, pay p99 %7.2f ms, %d errors%s; checked "
                        + "%d baskets (%d open, removed) in %.1f s%n", tills, result.salesPerSecond(),
                result.latency(Operation.SCAN).p99(), result.latency(Operation.PAY).p99(), result.errors(),
                outcome.firstError() == null ? "" : " (first: " + outcome.firstError() + ")",
                outcome.ledger().size(), open.size(), checked);
        return result;
    }

    private void print(String line) {
        out.println(line);
        lines.add(line);
    }
}
