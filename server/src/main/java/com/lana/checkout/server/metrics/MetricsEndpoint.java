package com.lana.checkout.server.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The operators' HTTP endpoint, on the JDK's own HTTP server: {@code GET /metrics} answers every
 * meter as Prometheus text, {@code GET /health} answers 200 and one line of JSON when the service and
 * its store answer, 503 naming the part that does not otherwise. Any other path is 404, any other
 * method 405. It serves on two threads of its own, so a slow health check holds up no RMI call.
 */
public final class MetricsEndpoint implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MetricsEndpoint.class.getName());
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final String JSON = "application/json";

    private final HttpServer server;
    private final ExecutorService threads;

    private MetricsEndpoint(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * Starts serving {@code metrics} (which must keep Prometheus text) on {@code address}.
     *
     * @throws IOException with a one-line message when the address cannot be listened on
     */
    public static MetricsEndpoint start(InetSocketAddress address, ServerMetrics metrics) throws IOException {
        if (!metrics.hasPrometheusText()) {
            throw new IllegalArgumentException("These metrics keep no Prometheus text to serve");
        }
        Health health = metrics.health();
        HttpServer server;
        try {
            server = HttpServer.create(address, 16);
        } catch (BindException e) {
            throw new IOException("Metrics port " + address.getPort() + " on " + address.getAddress().getHostAddress()
                    + " is already in use; choose another with --metrics", e);
        } catch (IOException e) {
            throw new IOException("Cannot serve metrics on " + address.getAddress().getHostAddress() + ":" + address.getPort()
                    + ": " + e.getMessage(), e);
        }
        ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "metrics-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                serve(exchange, metrics, health);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "Metrics request failed", e);
            }
        });
        server.start();
        return new MetricsEndpoint(server, threads);
    }

    /** The address served, with the port chosen when 0 was asked for. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    private static void serve(HttpExchange exchange, ServerMetrics metrics, Health health) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!path.equals("/metrics") && !path.equals("/health")) {
            answer(exchange, 404, "text/plain; charset=utf-8", "Not found: try /metrics or /health\n");
            return;
        }
        if (!exchange.getRequestMethod().equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET");
            answer(exchange, 405, "text/plain; charset=utf-8", "Only GET\n");
            return;
        }
        if (path.equals("/metrics")) {
            answer(exchange, 200, PROMETHEUS_TEXT, metrics.scrape());
        } else {
            Health.Report report = health.check();
            answer(exchange, report.up() ? 200 : 503, JSON, report.json() + "\n");
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Stops serving at once. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
