package com.lana.checkout.server.metrics;

import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Counts the sales the service completes, their amount and their payments by kind, and writes one
 * audit line per sale. A sale answered again (the same completion sent twice, a client's retry) is
 * counted and audited once: this server remembers the last {@value #REMEMBERED} sale numbers it saw.
 * A retry answered by <em>another</em> server sharing the store is counted there too.
 */
final class SaleMeter {

    /** The audit trail's logger: one line per completed sale. */
    static final String AUDIT_LOGGER = "com.lana.checkout.audit";
    private static final Logger AUDIT = Logger.getLogger(AUDIT_LOGGER);
    private static final Logger LOG = Logger.getLogger(SaleMeter.class.getName());

    private static final int REMEMBERED = 1024;

    private final Counter sales;
    private final Counter amount;
    private final Map<Payment.Kind, Counter> payments = new EnumMap<>(Payment.Kind.class);
    private final Map<Payment.Kind, Counter> paymentAmounts = new EnumMap<>(Payment.Kind.class);
    private final Map<SaleNumber, Boolean> seen = new LinkedHashMap<>(REMEMBERED * 2, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SaleNumber, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    SaleMeter(MeterRegistry registry) {
        sales = Counter.builder(ServerMetrics.SALES).description("Sales completed").register(registry);
        amount = Counter.builder(ServerMetrics.SALES_AMOUNT).baseUnit(ServerMetrics.EUROS)
                .description("What the completed sales cost the customers, in euros").register(registry);
        for (Payment.Kind kind : Payment.Kind.values()) {
            String tag = kind.name().toLowerCase(Locale.ROOT);
            payments.put(kind, Counter.builder(ServerMetrics.PAYMENTS).tag("kind", tag)
                    .description("Payments taken in completed sales, by kind").register(registry));
            paymentAmounts.put(kind, Counter.builder(ServerMetrics.PAYMENTS_AMOUNT).tag("kind", tag)
                    .baseUnit(ServerMetrics.EUROS)
                    .description("What was handed over or charged in completed sales, by kind, in euros (cash "
                            + "includes the change given back)").register(registry));
        }
    }

    void completed(Sale sale) {
        synchronized (seen) {
            if (seen.put(sale.number(), Boolean.TRUE) != null) {
                LOG.info(() -> "Sale " + sale.number() + " answered again (a client sent its completion twice)");
                return;
            }
        }
        sales.increment();
        amount.increment(euros(sale.total().cents()));
        for (Payment payment : sale.payments()) {
            payments.get(payment.kind()).increment();
            paymentAmounts.get(payment.kind()).increment(euros(payment.amount().cents()));
        }
        AUDIT.info(() -> "Sale " + sale.number() + " " + sale.total() + " paid "
                + sale.payments().stream().map(p -> p.kind() + " " + p.amount()).collect(Collectors.joining(", "))
                + ", change " + sale.change());
    }

    private static double euros(long cents) {
        return cents / 100.0;
    }
}
