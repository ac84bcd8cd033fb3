package com.lana.checkout.bench;

import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.service.CheckoutServiceImpl;
import com.lana.checkout.server.store.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The checks after a run catch a server that loses updates: an in-process service behind a proxy
 * that answers every third add with the previous receipt, without applying it.
 */
class LostUpdateTest {

    @Test
    void addSameFailsWhenTheServerDropsAdds() {
        Connector lossy = lossyService();
        Scenario addSame = Scenarios.select(Scenarios.all(lossy, "MUG", List.of(10L)), List.of("add-same")).get(0);

        assertThatExceptionOfType(Runner.RunFailedException.class)
                .isThrownBy(() -> Runner.run(addSame, 2, Duration.ZERO, Duration.ofMillis(100)))
                .withMessageContaining("LOST UPDATES");
    }

    @Test
    void addDistinctFailsWhenTheServerDropsAdds() {
        Scenario addDistinct = Scenarios.select(Scenarios.all(lossyService(), "MUG", List.of(10L)),
                List.of("add-distinct")).get(0);

        assertThatExceptionOfType(Runner.RunFailedException.class)
                .isThrownBy(() -> Runner.run(addDistinct, 1, Duration.ZERO, Duration.ofSeconds(1)))
                .withMessageContaining("add-distinct");
    }

    @Test
    void theSameChecksPassOnAnHonestServer() throws Exception {
        CheckoutService honest = service();
        for (Scenario scenario : Scenarios.all(() -> honest, "MUG", List.of(10L, 5000L))) {
            RunResult result = Runner.run(scenario, 2, Duration.ZERO, Duration.ofMillis(100));
            assertThat(result.calls()).as(scenario.name()).isPositive();
        }
    }

    private static CheckoutService service() {
        return new CheckoutServiceImpl(CatalogFile.defaults(), new InMemoryStore(),
                Clock.systemUTC());
    }

    private static Connector lossyService() {
        CheckoutService real = service();
        AtomicLong adds = new AtomicLong();
        CheckoutService lossy = (CheckoutService) Proxy.newProxyInstance(CheckoutService.class.getClassLoader(),
                new Class<?>[] {CheckoutService.class}, (proxy, method, args) -> {
                    try {
                        if (method.getName().equals("addProduct") && adds.incrementAndGet() % 3 == 0) {
                            Receipt before = real.receipt((com.lana.checkout.api.BasketId) args[0]);
                            if (!before.isEmpty()) {
                                return before; // "succeeds" without adding anything
                            }
                        }
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return () -> lossy;
    }
}
