package com.lana.checkout.bench.chainday;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.bench.VerificationException;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.service.CheckoutServiceImpl;
import com.lana.checkout.server.store.memory.InMemoryStore;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The chain-day checks catch a server that acknowledges a change it does not keep, and pass a
 * server that keeps every one: a few tills, acting every few milliseconds, against an in-process
 * service.
 */
class ChainDayChecksTest {

    /** Four tills, an action every 10 ms, for 400 ms: a few hundred calls and a dozen or so sales. */
    private static final CapacitySearch.Plan SHORT = new CapacitySearch.Plan(Duration.ofMillis(10),
            Duration.ofMillis(400), List.of(4), 4, false, Duration.ZERO);

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void aScanTheServerAcknowledgedButDroppedFailsTheCheckNamingIt() {
        AtomicReference<String> dropped = new AtomicReference<>();
        CheckoutService dropping = droppingTheFifthScan(service(), dropped);

        assertThatExceptionOfType(VerificationException.class)
                .isThrownBy(() -> search(dropping).run(SHORT))
                .withMessageContaining("LOST 1 x " + dropped.get().split(" ")[0])
                .withMessageContaining("basket " + dropped.get().split(" ")[1]);
    }

    @Test
    void aSaleTheServerRecordedThatNoTillWasToldOfFailsTheCheckNamingIt() {
        AtomicReference<SaleNumber> extra = new AtomicReference<>();
        CheckoutService doubling = recordingAnExtraSaleAfterTheFirst(service(), extra);

        assertThatExceptionOfType(VerificationException.class)
                .isThrownBy(() -> search(doubling).run(SHORT))
                .withMessageContaining("sale " + extra.get() + " (")
                .withMessageContaining("recorded, but no till was told of it");
    }

    @Test
    void theSameRunOnAServerThatKeepsEveryChangePassesWithScansAndSales() throws Exception {
        List<StepResult> steps = search(service()).run(SHORT);

        assertThat(steps).hasSize(1);
        assertThat(steps.get(0).latency(Operation.SCAN).count()).isPositive();
        assertThat(steps.get(0).errors()).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("CHAIN_STEP store=memory tills=4 ",
                "CHAIN_OP store=memory tills=4 op=pay ", "CAPACITY store=memory tills=");
    }

    private CapacitySearch search(CheckoutService service) throws Exception {
        List<String> codes = service.favourites().products().stream().filter(Product::onSale).map(Product::code)
                .toList();
        CapacitySearch.Probes probes = new CapacitySearch.Probes() {
            @Override
            public CpuProbe cpu() {
                return new CpuProbe(List.of(), 0);
            }

            @Override
            public DatabaseWaits waits() {
                return null;
            }
        };
        return new CapacitySearch(new PrintStream(printed, true, StandardCharsets.UTF_8), "memory",
                List.of(service), service, codes, probes, List.of());
    }

    private static CheckoutService service() {
        return new CheckoutServiceImpl(CatalogFile.defaults(), new InMemoryStore(), Clock.systemUTC());
    }

    /**
     * The service, except that right after the first sale it records another one of its own, of one
     * MUG, that no till completed; {@code extra} gets its number.
     */
    private static CheckoutService recordingAnExtraSaleAfterTheFirst(CheckoutService real,
                                                                    AtomicReference<SaleNumber> extra) {
        return (CheckoutService) Proxy.newProxyInstance(CheckoutService.class.getClassLoader(),
                new Class<?>[] {CheckoutService.class}, (proxy, method, args) -> {
                    try {
                        Object answer = method.invoke(real, args);
                        if (method.getName().equals("completeSale") && extra.get() == null) {
                            synchronized (extra) {
                                if (extra.get() == null) {
                                    BasketId basket = real.createBasket();
                                    Money total = real.addProduct(basket, "MUG").total();
                                    extra.set(real.completeSale(basket, total, List.of(Payment.cash(total)),
                                            OperationId.random()).number());
                                }
                            }
                        }
                        return answer;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * The service, except that the fifth scan (an add of one unit with an operation id) is answered
     * with the basket's receipt as it was, as if applied; {@code dropped} gets "CODE SHORTCODE" of it.
     */
    private static CheckoutService droppingTheFifthScan(CheckoutService real, AtomicReference<String> dropped) {
        AtomicInteger scans = new AtomicInteger();
        return (CheckoutService) Proxy.newProxyInstance(CheckoutService.class.getClassLoader(),
                new Class<?>[] {CheckoutService.class}, (proxy, method, args) -> {
                    try {
                        if (method.getName().equals("addProduct") && args.length == 4 && (Integer) args[2] == 1
                                && scans.incrementAndGet() == 5) {
                            BasketId basket = (BasketId) args[0];
                            dropped.set(args[1] + " " + basket.shortCode());
                            return real.receipt(basket);
                        }
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
