package com.lana.checkout.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The scenarios the load tool knows, in the order they run at each thread count. */
public final class Scenarios {

    /** The baseline every other scenario is divided by. */
    public static final String PING = "ping";

    /** add-distinct over mutual TLS; compared with plaintext add-distinct, not only with ping. */
    public static final String ADD_DISTINCT = "add-distinct";
    public static final String ADD_DISTINCT_TLS = "add-distinct-tls";

    public static final String ADD_SAME = "add-same";
    public static final String SALE = "sale";
    /** Completing sales, one per call (database stores). */
    public static final String PAY = "pay";

    /** add-same with the client threads split between two servers on one database (PostgreSQL only). */
    public static final String TWO_SERVERS = "two-servers";

    private Scenarios() {
    }

    /** Every plaintext scenario (no TLS one), ping first; see {@link #all(Connector, Connector, String, List)}. */
    public static List<Scenario> all(Connector plain, String product, List<Long> totalUnits) {
        return all(plain, null, product, totalUnits);
    }

    /**
     * Every scenario, ping first. {@code product} is what the add scenarios add (one without a
     * promotion keeps the checks' arithmetic obvious); one {@code total-N} scenario per basket size;
     * {@code add-distinct-tls} when {@code tls} (a connector to a server requiring mutual TLS) is not null.
     *
     * <p>The TLS scenario runs right after plaintext add-distinct, so the two are measured seconds apart,
     * and before the other plaintext scenarios, which therefore also show that a TLS connect in this JVM
     * does not turn later plain connections into TLS ones (the plain server would refuse them).
     */
    public static List<Scenario> all(Connector plain, Connector tls, String product, List<Long> totalUnits) {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(new PingScenario(PING, plain));
        scenarios.add(new AddDistinctScenario(ADD_DISTINCT, plain, product));
        if (tls != null) {
            scenarios.add(new AddDistinctScenario(ADD_DISTINCT_TLS, tls, product));
        }
        scenarios.add(new AddSameScenario(ADD_SAME, plain, product));
        for (long units : totalUnits) {
            scenarios.add(new TotalScenario("total-" + units, plain, units));
        }
        scenarios.add(new SaleScenario(SALE, plain));
        return scenarios;
    }

    /**
     * The scenarios measured on a database store, ping first: ping, add-distinct, add-same, sale, pay
     * (its baskets made for runs of {@code perRun}, warm-up included) and,
     * when {@code twoServers} (a connector alternating between two servers on one database) is not
     * null, {@code two-servers}: all threads adding to shared baskets, half through each server, every
     * basket's total checked afterwards through the first.
     */
    public static List<Scenario> database(Connector plain, Connector twoServers, String product, Duration perRun) {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(new PingScenario(PING, plain));
        scenarios.add(new AddDistinctScenario(ADD_DISTINCT, plain, product));
        scenarios.add(new AddSameScenario(ADD_SAME, plain, product));
        scenarios.add(new SaleScenario(SALE, plain));
        scenarios.add(new PayScenario(PAY, plain, product, perRun));
        if (twoServers != null) {
            scenarios.add(new AddSameScenario(TWO_SERVERS, twoServers, product));
        }
        return scenarios;
    }

    /**
     * Checks that every name is a scenario of some store (see {@link #select}).
     *
     * @throws IllegalArgumentException naming an unknown scenario and listing the known ones
     */
    public static void validate(List<String> names, String product, List<Long> totalUnits) {
        Connector nowhere = Connector.plain("localhost", 1);
        List<Scenario> every = new ArrayList<>(all(nowhere, nowhere, product, totalUnits));
        every.add(new AddSameScenario(TWO_SERVERS, nowhere, product));
        every.add(new PayScenario(PAY, nowhere, product, Duration.ZERO));
        select(every, names);
    }

    /** The scenarios named that {@code available} has, in its order; other names are skipped. */
    public static List<Scenario> available(List<Scenario> available, List<String> names) {
        return available.stream().filter(s -> names.stream().map(String::strip).anyMatch(name -> name.equals("all")
                || name.equals(s.name()) || (name.equals("total") && s instanceof TotalScenario))).toList();
    }

    /**
     * The scenarios named, in {@code all}'s order. {@code all} names every one; {@code total} every
     * {@code total-N}.
     *
     * @throws IllegalArgumentException naming an unknown scenario and listing the known ones
     */
    public static List<Scenario> select(List<Scenario> all, List<String> names) {
        Set<Scenario> chosen = new LinkedHashSet<>();
        for (String raw : names) {
            String name = raw.strip();
            int before = chosen.size();
            for (Scenario scenario : all) {
                if (name.equals("all") || scenario.name().equals(name)
                        || (name.equals("total") && scenario instanceof TotalScenario)) {
                    chosen.add(scenario);
                }
            }
            if (chosen.size() == before && all.stream().noneMatch(s -> s.name().equals(name))) {
                throw new IllegalArgumentException("Unknown scenario '" + name + "'; known: all, "
                        + String.join(", ", all.stream().map(Scenario::name).toList()) + ", total");
            }
        }
        List<Scenario> ordered = new ArrayList<>(all);
        ordered.retainAll(chosen);
        return ordered;
    }
}
