package com.lana.checkout.bench;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.service.CheckoutServiceImpl;
import com.lana.checkout.server.store.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The add scenarios move on to a fresh basket before one reaches the server's per-product limit,
 * and check every basket they used: shown with a threshold of 50 units on an in-process service
 * that records which baskets were added to and fails the run on any basket over 50 + threads.
 */
class BasketRotationTest {

    @Test
    void addSameRotatesItsSharedBasketAndChecksEveryOne() throws Exception {
        Set<BasketId> used = ConcurrentHashMap.newKeySet();
        Scenario addSame = new AddSameScenario("add-same", recording(used, 50 + 4), "MUG", 50);

        RunResult result = Runner.run(addSame, 4, Duration.ZERO, Duration.ofMillis(300));

        assertThat(result.calls()).isGreaterThan(200);
        assertThat(used).hasSizeGreaterThan(1);
    }

    @Test
    void addDistinctRotatesEachThreadsBasketAndChecksEveryOne() throws Exception {
        Set<BasketId> used = ConcurrentHashMap.newKeySet();
        Scenario addDistinct = new AddDistinctScenario("add-distinct", recording(used, 50), "MUG", 50);

        RunResult result = Runner.run(addDistinct, 2, Duration.ZERO, Duration.ofMillis(300));

        assertThat(result.calls()).isGreaterThan(200);
        assertThat(used).hasSizeGreaterThan(2);
    }

    /** An in-process service that refuses (fails the run) an add beyond {@code limit} units of a basket. */
    private static Connector recording(Set<BasketId> used, long limit) {
        CheckoutService real = new CheckoutServiceImpl(CatalogFile.defaults(),
                new InMemoryStore(), Clock.systemUTC());
        CheckoutService service = (CheckoutService) Proxy.newProxyInstance(CheckoutService.class.getClassLoader(),
                new Class<?>[] {CheckoutService.class}, (proxy, method, args) -> {
                    try {
                        Object answer = method.invoke(real, args);
                        if (method.getName().equals("addProduct")) {
                            used.add((BasketId) args[0]);
                            long units = ((com.lana.checkout.api.Receipt) answer).units();
                            if (units > limit) {
                                throw new IllegalStateException("basket " + args[0] + " reached " + units + " units");
                            }
                        }
                        return answer;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return () -> service;
    }
}
