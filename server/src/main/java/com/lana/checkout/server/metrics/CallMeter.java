package com.lana.checkout.server.metrics;

import com.lana.checkout.api.CheckoutException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.rmi.RemoteException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One service operation's meters, as {@link MeteredCheckoutService} records each call of it: a timer,
 * and a counter per outcome ({@value #OK}, the typed error's simple name, {@value #UNEXPECTED}). The
 * meters are registered on the operation's first call, so an operation never called shows no meters;
 * after that an answered call reads two fields, with no lookup by name or tag, and records straight
 * into each registry's meter ({@link Recorders}). Typed answers ({@link CheckoutException}s, {@link
 * RemoteException}s such as the server stopping) are counted, not logged. An unexpected failure (a
 * {@link RuntimeException}) is logged once with its stack trace and reaches the caller as a short
 * {@link IllegalStateException} naming an incident id that finds it in the log, without the server's
 * stack trace or message; an {@link Error} is logged and passed on as it is.
 */
final class CallMeter {

    private static final Logger LOG = Logger.getLogger(CallMeter.class.getName());

    /** The outcome of a call that answered normally. */
    static final String OK = "ok";
    /** The outcome of a call that failed with an exception the service does not declare. */
    static final String UNEXPECTED = "unexpected";

    private final String operation;
    private final MeterRegistry registry;
    private volatile Timer[] timers;    // null until the first call
    private volatile Counter[] ok;      // null until the first answered call
    /** Counters of failed calls, by the failure's class (outcome: its simple name, or {@value #UNEXPECTED}). */
    private final Map<Class<?>, Counter> failures = new ConcurrentHashMap<>();

    CallMeter(String operation, MeterRegistry registry) {
        this.operation = operation;
        this.registry = registry;
    }

    /** Records a call started at {@code started} ({@link System#nanoTime()}) that answered; answers {@code answer}. */
    <T> T ok(long started, T answer) {
        Recorders.record(timers(), System.nanoTime() - started);
        Counter[] counters = ok;
        if (counters == null) {
            counters = ok = Recorders.of(registry, counter(OK));
        }
        Recorders.increment(counters);
        return answer;
    }

    /** Records a call started at {@code started} that answered nothing ({@code void}). */
    void ok(long started) {
        ok(started, null);
    }

    /**
     * Records a call started at {@code started} that failed, and throws a typed error ({@link
     * CheckoutException}, {@link RemoteException}) on as it is. Answers what the caller gets instead
     * of an unexpected failure, which it logs; an {@link Error} is logged and thrown on from here.
     */
    RuntimeException failed(long started, Throwable failure) throws RemoteException, CheckoutException {
        if (failure instanceof CheckoutException typed) {
            Recorders.record(timers(), System.nanoTime() - started);
            typed(typed).increment();
            throw typed;
        }
        return failedRemotely(started, failure);
    }

    /** {@link #failed} for an operation that declares no {@link CheckoutException}. */
    RuntimeException failedRemotely(long started, Throwable failure) throws RemoteException {
        Recorders.record(timers(), System.nanoTime() - started);
        if (failure instanceof RemoteException typed) {
            typed(typed).increment();
            throw typed;
        }
        return unexpected(failure);
    }

    private Counter typed(Exception failure) {
        return failures.computeIfAbsent(failure.getClass(), type -> counter(type.getSimpleName()));
    }

    private RuntimeException unexpected(Throwable failure) {
        failures.computeIfAbsent(Throwable.class, type -> counter(UNEXPECTED)).increment();
        if (failure instanceof Error error) {
            LOG.log(Level.SEVERE, "Unexpected failure in " + operation, error);
            throw error;
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected failure in " + operation + " (incident " + incident + ")", failure);
        IllegalStateException answer = new IllegalStateException("The checkout server failed unexpectedly in "
                + operation + " (incident " + incident + " in its log); nothing more is known here");
        answer.setStackTrace(new StackTraceElement[0]);
        return answer;
    }

    private Timer[] timers() {
        Timer[] current = timers;
        if (current == null) {
            current = timers = Recorders.of(registry, Timer.builder(ServerMetrics.CALL_SECONDS)
                    .description("Time the server took to answer a call, by operation")
                    .tag("operation", operation)
                    .publishPercentiles(0.5, 0.99)
                    // One window, not a ring of three: each call records into one histogram and one
                    // maximum rather than three of each, and the percentiles and maximum cover the
                    // calls of the current window (two minutes, then it starts afresh).
                    .distributionStatisticBufferLength(1)
                    .register(registry));
        }
        return current;
    }

    private Counter counter(String outcome) {
        return Counter.builder(ServerMetrics.CALLS)
                .description("Calls answered, by operation and outcome (ok, the typed error's name, unexpected)")
                .tag("operation", operation)
                .tag("outcome", outcome)
                .register(registry);
    }
}
