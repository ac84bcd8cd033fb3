package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.server.metrics.MetricsEndpoint;
import com.lana.checkout.server.metrics.ServerMetrics;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.rmi.CheckoutServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server on a real PostgreSQL that stops and comes back: its {@code /health} says 503, naming the
 * store, within 5 s of the database stopping, and 200 again once it answers.
 */
class PostgresHealthTest {

    private static final Duration DOWN_WITHIN = Duration.ofSeconds(5);
    private static final Duration UP_AGAIN_WITHIN = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthIsDownWithin5sOfTheDatabaseStoppingAndUpAgainWhenItIsBack() throws Exception {
        int port = freePort();
        Path data = dir.resolve("data");
        TestPostgres postgres = TestPostgres.start(port, data);
        ServerMetrics metrics = ServerMetrics.detached();
        CheckoutServer server = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults())
                .withStore(postgres.storeUrl()), metrics);
        MetricsEndpoint endpoint = MetricsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                metrics);
        URI health = URI.create("http://127.0.0.1:" + endpoint.address().getPort() + "/health");
        try {
            assertThat(get(health).statusCode()).isEqualTo(200);

            postgres.close();
            long stopped = System.nanoTime();
            HttpResponse<String> down = awaitStatus(health, 503, DOWN_WITHIN);
            assertThat(down.body()).startsWith("{\"status\":\"DOWN\",\"service\":\"UP\",\"store\":\"DOWN: ");
            assertThat(Duration.ofNanos(System.nanoTime() - stopped)).isLessThan(DOWN_WITHIN);

            postgres = TestPostgres.start(port, data);
            awaitStatus(health, 200, UP_AGAIN_WITHIN);
        } finally {
            endpoint.close();
            server.close();
            metrics.close();
            postgres.close();
        }
    }

    private HttpResponse<String> awaitStatus(URI health, int status, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            HttpResponse<String> response = get(health);
            if (response.statusCode() == status || System.nanoTime() > deadline) {
                assertThat(response.statusCode()).as("health after %s: %s", within, response.body()).isEqualTo(status);
                return response;
            }
            Thread.sleep(100);
        }
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
