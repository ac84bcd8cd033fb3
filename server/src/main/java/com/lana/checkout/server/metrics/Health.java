package com.lana.checkout.server.metrics;

import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.server.store.BasketStore;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Whether the server can serve: the service answers a ping, and the store answers how many baskets
 * are open, each within {@link #TIMEOUT}. The probes run on threads of their own, so a check never
 * waits longer than that, even on a store that hangs; while a probe hangs, later checks wait for
 * that same probe instead of starting more.
 */
public final class Health {

    /**
     * Longest wait for each part's answer: longer than a database store waits for a connection
     * (2.5 s), so that a stopped database is reported with its cause, not as a timeout.
     */
    public static final Duration TIMEOUT = Duration.ofSeconds(3);

    static final String UP = "UP";
    private static final int MAX_CAUSE_LENGTH = 160;

    private final Part service;
    private final Part store;
    private final ExecutorService probes = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "health-probe");
        thread.setDaemon(true);
        return thread;
    });

    Health(CheckoutService service, BasketStore store) {
        this.service = new Part(() -> {
            service.ping();
            return null;
        });
        this.store = new Part(store::size);
    }

    /** What a check found: each part UP, or DOWN with a short cause. */
    public record Report(Map<String, String> parts) {
        public Report {
            parts = Map.copyOf(parts);
        }

        public boolean up() {
            return parts.values().stream().allMatch(UP::equals);
        }

        /** One line of JSON: {@code {"status":"UP","service":"UP","store":"UP"}}. */
        public String json() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("status", up() ? UP : "DOWN");
            fields.put("service", parts.get("service"));
            fields.put("store", parts.get("store"));
            return fields.entrySet().stream()
                    .map(field -> quote(field.getKey()) + ":" + quote(field.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
    }

    /** Checks both parts, at the same time; takes at most about {@link #TIMEOUT}. */
    public Report check() {
        Future<?> servicePing = service.probe();
        Future<?> storeSize = store.probe();
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("service", answer(servicePing));
        parts.put("store", answer(storeSize));
        return new Report(parts);
    }

    void close() {
        probes.shutdownNow();
    }

    private static String answer(Future<?> probe) {
        try {
            probe.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return UP;
        } catch (TimeoutException e) {
            return "DOWN: no answer within " + TIMEOUT.toSeconds() + " s";
        } catch (ExecutionException e) {
            return "DOWN: " + shortCause(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "DOWN: interrupted";
        }
    }

    private static String shortCause(Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getMessage().replaceAll("\\s+", " ").strip();
        return message.length() <= MAX_CAUSE_LENGTH ? message : message.substring(0, MAX_CAUSE_LENGTH - 1) + "…";
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    /** One part's probe: a new one when the last has answered, else the one still running. */
    private final class Part {
        private final Callable<?> probe;
        private Future<?> last;

        Part(Callable<?> probe) {
            this.probe = probe;
        }

        synchronized Future<?> probe() {
            if (last == null || last.isDone()) {
                last = probes.submit(probe);
            }
            return last;
        }
    }
}
