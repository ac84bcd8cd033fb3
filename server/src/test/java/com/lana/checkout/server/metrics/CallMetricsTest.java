package com.lana.checkout.server.metrics;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.api.UnknownProductException;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.rmi.CheckoutServer;
import com.lana.checkout.server.service.CheckoutServiceImpl;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What the meters say after a scripted sequence of calls, made over RMI to a real server the way
 * clients make them: every call counted once by operation and outcome, typed errors by name, and
 * the store's work by operation.
 */
class CallMetricsTest {

    private final SwitchableStore store = new SwitchableStore();
    private final ServerMetrics metrics = ServerMetrics.detached();
    private final Logs logs = new Logs();
    private CheckoutServer server;
    private CheckoutService checkout;

    @BeforeEach
    void startServer() throws Exception {
        server = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()).withStore(store), metrics);
        checkout = Checkout.connect("127.0.0.1", server.port());
        logs.listenTo(CallMeter.class.getName(), StoreMeter.class.getName());
    }

    @AfterEach
    void stopServer() {
        logs.close();
        if (server != null) {
            server.close();
        }
        metrics.close();
    }

    @Test
    void answeredCallsAreCountedOkByOperation() throws Exception {
        BasketId basket = checkout.createBasket();
        checkout.addProduct(basket, "PEN");
        checkout.addProduct(basket, "PEN", 3, OperationId.random());
        checkout.total(basket);

        assertThat(calls("createBasket", "ok")).isEqualTo(1);
        assertThat(calls("addProduct", "ok")).isEqualTo(2);
        assertThat(calls("total", "ok")).isEqualTo(1);
        assertThat(registry().get(ServerMetrics.CALL_SECONDS).tag("operation", "addProduct").timer().count())
                .isEqualTo(2);
    }

    @Test
    void typedErrorsAreCountedByTheirNameAndNotLogged() throws Exception {
        BasketId basket = checkout.createBasket();
        catchThrowable(() -> checkout.addProduct(basket, "PENN"));
        catchThrowable(() -> checkout.addProduct(basket, "PEN", 0, OperationId.random()));
        catchThrowable(() -> checkout.addProduct(basket, "PEN", 5_000, OperationId.random()));
        checkout.removeBasket(basket);
        catchThrowable(() -> checkout.receipt(basket));

        assertThat(calls("addProduct", UnknownProductException.class.getSimpleName())).isEqualTo(1);
        assertThat(calls("addProduct", InvalidRequestException.class.getSimpleName())).isEqualTo(2);
        assertThat(calls("receipt", BasketNotFoundException.class.getSimpleName())).isEqualTo(1);
        assertThat(calls("removeBasket", "ok")).isEqualTo(1);
        assertThat(calls("addProduct", "ok")).isZero();
        assertThat(logs.records).isEmpty();
    }

    @Test
    void basketsOpenedRemovedAndOpenAreCounted() throws Exception {
        BasketId first = checkout.createBasket();
        checkout.createBasket();
        checkout.createBasket();
        checkout.removeBasket(first);

        assertThat(registry().get(ServerMetrics.BASKETS_OPENED).counter().count()).isEqualTo(3);
        assertThat(registry().get(ServerMetrics.BASKETS_REMOVED).counter().count()).isEqualTo(1);
        assertThat(registry().get(ServerMetrics.BASKETS_OPEN).gauge().value()).isEqualTo(2);
    }

    @Test
    void storeOperationsAreTimedByStoreKindAndOperation() throws Exception {
        BasketId basket = checkout.createBasket();
        checkout.addProduct(basket, "MUG");
        checkout.addProduct(basket, "MUG");

        assertThat(registry().get(ServerMetrics.STORE_SECONDS).tags("store", "switchable", "operation", "change")
                .timer().count()).isEqualTo(2);
        assertThat(registry().get(ServerMetrics.STORE_SECONDS).tags("store", "switchable", "operation", "create")
                .timer().count()).isEqualTo(1);
    }

    @Test
    void anUnavailableStoreIsCountedAsAStoreFailureAndLoggedOncePerOutage() throws Exception {
        BasketId basket = checkout.createBasket();
        store.switchTo(SwitchableStore.Mode.UNAVAILABLE);
        for (int i = 0; i < 3; i++) {
            catchThrowable(() -> checkout.addProduct(basket, "MUG", 1, OperationId.random()));
        }
        store.switchTo(SwitchableStore.Mode.WORKING);
        checkout.addProduct(basket, "MUG");

        assertThat(registry().get(ServerMetrics.STORE_FAILURES).tags("store", "switchable", "operation", "change")
                .counter().count()).isEqualTo(3);
        assertThat(calls("addProduct", StoreUnavailableException.class.getSimpleName())).isEqualTo(3);
        assertThat(logs.messages()).containsExactly(
                "Basket store unavailable: The basket store is unavailable (Connection refused); try again in a moment",
                "Basket store available again: switchable memory");
    }

    @Test
    void anUnexpectedFailureReachesTheClientWithoutTheServersStackTrace() throws Exception {
        BasketId basket = checkout.createBasket();
        store.switchTo(SwitchableStore.Mode.BROKEN);

        Throwable failure = catchThrowable(() -> checkout.addProduct(basket, "MUG"));

        assertThat(failure).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The checkout server failed unexpectedly in addProduct (incident ")
                .hasMessageNotContaining("Disk on fire")
                .hasNoCause();
        assertThat(Arrays.stream(failure.getStackTrace()).map(StackTraceElement::getClassName))
                .doesNotContain(SwitchableStore.class.getName(), CheckoutServiceImpl.class.getName(),
                        "sun.rmi.server.UnicastServerRef");
    }

    @Test
    void anUnexpectedFailureIsCountedAndLoggedWithItsStackTrace() throws Exception {
        BasketId basket = checkout.createBasket();
        store.switchTo(SwitchableStore.Mode.BROKEN);

        catchThrowable(() -> checkout.addProduct(basket, "MUG"));

        assertThat(calls("addProduct", CallMeter.UNEXPECTED)).isEqualTo(1);
        LogRecord logged = logs.records.stream().filter(r -> r.getLoggerName().equals(CallMeter.class.getName()))
                .findFirst().orElseThrow();
        assertThat(logged.getMessage()).startsWith("Unexpected failure in addProduct (incident ");
        assertThat(logged.getThrown()).hasMessage("Disk on fire at block 42");
        assertThat(logged.getThrown().getStackTrace()).isNotEmpty();
    }

    @Test
    void theMetersAreNamedInPrometheusConventions() throws Exception {
        BasketId basket = checkout.createBasket();
        catchThrowable(() -> checkout.addProduct(basket, "PENN"));

        assertThat(metrics.scrape()).contains(
                "lana_checkout_calls_total{operation=\"createBasket\",outcome=\"ok\"} 1.0",
                "lana_checkout_calls_total{operation=\"addProduct\",outcome=\"UnknownProductException\"} 1.0",
                "lana_checkout_call_seconds{operation=\"addProduct\",quantile=\"0.5\"}",
                "lana_checkout_call_seconds{operation=\"addProduct\",quantile=\"0.99\"}",
                "lana_checkout_call_seconds_count{operation=\"createBasket\"} 1",
                "lana_checkout_baskets_opened_total 1.0",
                "lana_checkout_store_seconds_count{operation=\"create\",store=\"switchable\"} 1",
                "lana_checkout_sales_total 0.0",
                "lana_checkout_sales_amount_euros_total 0.0",
                "lana_checkout_payments_total{kind=\"card\"} 0.0");
    }

    @Test
    void theServersOwnPingsAreNotInTheCallCounts() throws Exception {
        server.metrics().health().check();

        assertThat(registry().find(ServerMetrics.CALLS).tag("operation", "ping").counters()).isEmpty();
    }

    private MeterRegistry registry() {
        return metrics.registry();
    }

    private double calls(String operation, String outcome) {
        var counter = registry().find(ServerMetrics.CALLS).tags("operation", operation, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    /** Collects what some loggers write, while a test runs. */
    static final class Logs extends Handler implements AutoCloseable {
        final List<LogRecord> records = new CopyOnWriteArrayList<>();
        private final List<Logger> loggers = new CopyOnWriteArrayList<>();

        void listenTo(String... names) {
            for (String name : names) {
                Logger logger = Logger.getLogger(name);
                logger.addHandler(this);
                loggers.add(logger);
            }
        }

        List<String> messages() {
            return records.stream().map(LogRecord::getMessage).toList();
        }

        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            loggers.forEach(logger -> logger.removeHandler(this));
        }
    }
}
