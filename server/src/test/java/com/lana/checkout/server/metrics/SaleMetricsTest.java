package com.lana.checkout.server.metrics;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.server.store.memory.InMemoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sale meters and the audit line, read from the {@link Sale} a completion answers. The service
 * here is a stand-in that answers one fixed sale (to a completion and to a read), so that these meters are specified whatever the
 * real service's rules for completing a sale are.
 */
class SaleMetricsTest {

    private static final BasketId BASKET = BasketId.random();
    private static final Sale SALE_42 = new Sale(new SaleNumber(42), LocalDateTime.of(2026, 11, 26, 18, 30),
            new Receipt(BASKET, 3, List.of(), List.of(), Money.parse("32.50")),
            List.of(Payment.card(Money.parse("20.00"), "1234"), Payment.cash(Money.parse("15.00"))),
            Money.parse("2.50"));

    private final ServerMetrics metrics = ServerMetrics.detached();
    private final CallMetricsTest.Logs logs = new CallMetricsTest.Logs();
    private CheckoutService service;

    @BeforeEach
    void instrument() {
        CheckoutService sells = (CheckoutService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CheckoutService.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("completeSale") || method.getName().equals("sale")) {
                        return SALE_42;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        metrics.instrument(new InMemoryStore());
        service = metrics.instrument(sells);
        logs.listenTo(SaleMeter.AUDIT_LOGGER);
    }

    @AfterEach
    void close() {
        logs.close();
        metrics.close();
    }

    @Test
    void aCompletedSaleIsCountedWithItsAmountInEurosAndItsPaymentsByKind() throws Exception {
        complete();

        assertThat(metrics.registry().get(ServerMetrics.SALES).counter().count()).isEqualTo(1);
        assertThat(metrics.registry().get(ServerMetrics.SALES_AMOUNT).counter().count()).isEqualTo(32.50);
        assertThat(metrics.registry().get(ServerMetrics.PAYMENTS).tag("kind", "card").counter().count()).isEqualTo(1);
        assertThat(metrics.registry().get(ServerMetrics.PAYMENTS).tag("kind", "cash").counter().count()).isEqualTo(1);
        assertThat(metrics.registry().get(ServerMetrics.PAYMENTS_AMOUNT).tag("kind", "cash").counter().count())
                .isEqualTo(15.00);
    }

    @Test
    void aCompletedSaleWritesOneAuditLineWithNumberAmountAndPaymentKinds() throws Exception {
        complete();

        assertThat(logs.records).singleElement().satisfies(line -> {
            assertThat(line.getLoggerName()).isEqualTo("com.lana.checkout.audit");
            assertThat(line.getMessage())
                    .isEqualTo("Sale S-000042 32.50€ paid CARD 20.00€, CASH 15.00€, change 2.50€");
        });
    }

    @Test
    void aSaleAnsweredAgainToARetryIsCountedAndAuditedOnce() throws Exception {
        complete();
        complete();

        assertThat(metrics.registry().get(ServerMetrics.SALES).counter().count()).isEqualTo(1);
        assertThat(logs.records).hasSize(1);
        assertThat(metrics.registry().get(ServerMetrics.CALLS).tags("operation", "completeSale", "outcome", "ok")
                .counter().count()).isEqualTo(2);
    }

    @Test
    void readingASaleCountsNoSale() throws Exception {
        service.sale(SALE_42.number());

        assertThat(metrics.registry().get(ServerMetrics.SALES).counter().count()).isZero();
        assertThat(logs.records).isEmpty();
    }

    private void complete() throws Exception {
        service.completeSale(BASKET, Money.parse("32.50"), SALE_42.payments(), OperationId.random());
    }
}
