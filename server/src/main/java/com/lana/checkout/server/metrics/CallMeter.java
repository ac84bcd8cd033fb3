package com.lana.checkout.server.metrics;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Sale;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.rmi.RemoteException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stands in front of a {@link CheckoutService}: every call, whatever its method, is timed and
 * counted by operation (the method's name) and outcome, so a method added to the service is
 * measured without a change here. Typed answers ({@link CheckoutException}s, {@link RemoteException}s
 * such as the server stopping) are counted, not logged. An unexpected failure (a {@link
 * RuntimeException}) is logged once with its stack trace and reaches the caller as a short
 * {@link IllegalStateException} naming an incident id that finds it in the log, without the
 * server's stack trace or message.
 */
final class CallMeter implements InvocationHandler {

    private static final Logger LOG = Logger.getLogger(CallMeter.class.getName());

    /** The outcome of a call that answered normally. */
    static final String OK = "ok";
    /** The outcome of a call that failed with an exception the service does not declare. */
    static final String UNEXPECTED = "unexpected";
    /** The method whose answer is a sale just made (others, like {@code sale(number)}, read one). */
    private static final String COMPLETE_SALE = "completeSale";

    private final CheckoutService service;
    private final MeterRegistry registry;
    private final SaleMeter sales;
    /** Per operation: its timer, and its counters by outcome; looked up without a registry search. */
    private final Map<String, Operation> operations = new ConcurrentHashMap<>();

    private CallMeter(CheckoutService service, MeterRegistry registry, SaleMeter sales) {
        this.service = service;
        this.registry = registry;
        this.sales = sales;
    }

    static CheckoutService wrap(CheckoutService service, MeterRegistry registry, SaleMeter sales) {
        return MeteredProxies.of(CheckoutService.class, new CallMeter(service, registry, sales));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        if (MeteredProxies.isObjectMethod(method)) {
            return MeteredProxies.answerObjectMethod(proxy, method, arguments, service);
        }
        Operation operation = operations.get(method.getName());
        if (operation == null) {
            operation = operations.computeIfAbsent(method.getName(), Operation::new);
        }
        long started = System.nanoTime();
        String outcome = OK;
        try {
            Object answer = method.invoke(service, arguments);
            if (answer instanceof Sale sale && method.getName().equals(COMPLETE_SALE)) {
                counted(sale);
            }
            return answer;
        } catch (InvocationTargetException e) {
            Throwable failure = e.getCause();
            if (failure instanceof CheckoutException || failure instanceof RemoteException) {
                outcome = failure.getClass().getSimpleName();
                throw failure;
            }
            outcome = UNEXPECTED;
            if (failure instanceof RuntimeException) {
                throw unexpected(method.getName(), failure);
            }
            LOG.log(Level.SEVERE, "Unexpected failure in " + method.getName(), failure);
            throw failure;
        } finally {
            operation.timer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            operation.counter(outcome).increment();
        }
    }

    /** Counts a completed sale; a fault in counting it must not fail a sale that was made. */
    private void counted(Sale sale) {
        try {
            sales.completed(sale);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sale " + sale.number() + " completed but not counted", e);
        }
    }

    /** Logs the failure with its stack trace; answers what the caller gets instead. */
    private static IllegalStateException unexpected(String operation, Throwable failure) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected failure in " + operation + " (incident " + incident + ")", failure);
        IllegalStateException answer = new IllegalStateException("The checkout server failed unexpectedly in "
                + operation + " (incident " + incident + " in its log); nothing more is known here");
        answer.setStackTrace(new StackTraceElement[0]);
        return answer;
    }

    /** One operation's meters. */
    private final class Operation {
        final String name;
        final Timer timer;
        final Map<String, Counter> counters = new ConcurrentHashMap<>();

        Operation(String name) {
            this.name = name;
            this.timer = Timer.builder(ServerMetrics.CALL_SECONDS)
                    .description("Time the server took to answer a call, by operation")
                    .tag("operation", name)
                    .publishPercentiles(0.5, 0.99)
                    .register(registry);
        }

        Counter counter(String outcome) {
            Counter counter = counters.get(outcome);
            return counter != null ? counter : counters.computeIfAbsent(outcome, o -> Counter.builder(ServerMetrics.CALLS)
                    .description("Calls answered, by operation and outcome (ok, the typed error's name, unexpected)")
                    .tag("operation", name)
                    .tag("outcome", o)
                    .register(registry));
        }
    }
}
