package com.lana.checkout.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The scenarios the load tool knows, in the order they run at each thread count. */
public final class Scenarios {

    /** The baseline every other scenario is divided by. */
    public static final String PING = "ping";

    private Scenarios() {
    }

    /**
     * Every scenario, ping first. {@code product} is what the add scenarios add (one without a
     * promotion keeps the checks' arithmetic obvious); one {@code total-N} scenario per basket size.
     *
     * <p>Adding a transport is one connector and one line per scenario measured over it; for mutual
     * TLS, once the server offers it:
     * <pre>{@code
     * scenarios.add(new AddDistinctScenario("add-distinct-tls", Connector.tls(host, port, keyStore), product));
     * }</pre>
     * Its RESULT line then carries its ratio to plaintext {@code ping}; the TLS target compares its
     * calls/s with {@code add-distinct}'s at the same thread count.
     */
    public static List<Scenario> all(Connector plain, String product, List<Long> totalUnits) {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(new PingScenario(PING, plain));
        scenarios.add(new AddDistinctScenario("add-distinct", plain, product));
        scenarios.add(new AddSameScenario("add-same", plain, product));
        for (long units : totalUnits) {
            scenarios.add(new TotalScenario("total-" + units, plain, units));
        }
        scenarios.add(new SaleScenario("sale", plain));
        return scenarios;
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
