package com.lana.checkout.bench;

import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Sale;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.service.CheckoutServiceImpl;
import com.lana.checkout.server.store.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@code pay} completes sales from baskets made before the clock, and its check catches a doubled number. */
class PayScenarioTest {

    @Test
    void everyCallCompletesASaleOnAnHonestServer() throws Exception {
        CheckoutService honest = service();
        Scenario pay = new PayScenario("pay", () -> honest, "MUG", Duration.ofMillis(200));

        RunResult result = Runner.run(pay, 2, Duration.ZERO, Duration.ofMillis(100));

        assertThat(result.calls()).isPositive();
    }

    @Test
    void aSaleNumberAnsweredTwiceFailsTheRun() {
        CheckoutService real = service();
        AtomicLong completions = new AtomicLong();
        AtomicReference<Object> previous = new AtomicReference<>();
        CheckoutService doubling = (CheckoutService) Proxy.newProxyInstance(CheckoutService.class.getClassLoader(),
                new Class<?>[] {CheckoutService.class}, (proxy, method, args) -> {
                    try {
                        if (method.getName().equals("completeSale") && completions.incrementAndGet() % 5 == 0
                                && previous.get() != null) {
                            return previous.get(); // the last sale's answer again, for a basket not completed
                        }
                        Object answer = method.invoke(real, args);
                        if (answer instanceof Sale) {
                            previous.set(answer);
                        }
                        return answer;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Scenario pay = new PayScenario("pay", () -> doubling, "MUG", Duration.ofMillis(200));

        assertThatExceptionOfType(Runner.RunFailedException.class)
                .isThrownBy(() -> Runner.run(pay, 1, Duration.ZERO, Duration.ofMillis(100)))
                .withMessageContaining("answered twice");
    }

    private static CheckoutService service() {
        return new CheckoutServiceImpl(CatalogFile.defaults(), new InMemoryStore(), Clock.systemUTC());
    }
}
