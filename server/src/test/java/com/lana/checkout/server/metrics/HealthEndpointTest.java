package com.lana.checkout.server.metrics;

import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.rmi.CheckoutServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators' HTTP endpoint of a running server, asked the way a monitor or a load balancer asks
 * it: {@code /health} is 200 while the service and its store answer, 503 naming the store when it
 * fails or hangs, and 200 again when it is back; {@code /metrics} is Prometheus text.
 */
class HealthEndpointTest {

    private final SwitchableStore store = new SwitchableStore();
    private final ServerMetrics metrics = ServerMetrics.detached();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private CheckoutServer server;
    private MetricsEndpoint endpoint;

    @BeforeEach
    void start() throws Exception {
        server = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()).withStore(store), metrics);
        endpoint = MetricsEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), metrics);
    }

    @AfterEach
    void stop() {
        store.switchTo(SwitchableStore.Mode.WORKING);
        if (endpoint != null) {
            endpoint.close();
        }
        if (server != null) {
            server.close();
        }
        metrics.close();
    }

    @Test
    void healthIsUpWhenTheServiceAndTheStoreAnswer() throws Exception {
        HttpResponse<String> health = get("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\",\"service\":\"UP\",\"store\":\"UP\"}\n");
    }

    @Test
    void healthIsDownNamingTheStoreWhenItsDatabaseIsAway() throws Exception {
        store.switchTo(SwitchableStore.Mode.UNAVAILABLE);

        HttpResponse<String> health = get("/health");

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).isEqualTo("{\"status\":\"DOWN\",\"service\":\"UP\",\"store\":\"DOWN: "
                + "The basket store is unavailable (Connection refused); try again in a moment\"}\n");
    }

    @Test
    void healthIsDownWithinItsTimeoutWhenTheStoreHangs() throws Exception {
        store.switchTo(SwitchableStore.Mode.HANGING);

        HttpResponse<String> health = get("/health");

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"store\":\"DOWN: no answer within 3 s\"");
    }

    @Test
    void healthIsUpAgainWhenTheStoreIsBack() throws Exception {
        store.switchTo(SwitchableStore.Mode.HANGING);
        assertThat(get("/health").statusCode()).isEqualTo(503);
        store.switchTo(SwitchableStore.Mode.UNAVAILABLE);
        assertThat(get("/health").statusCode()).isEqualTo(503);

        store.switchTo(SwitchableStore.Mode.WORKING);

        assertThat(get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void healthIsDownNamingTheServiceWhenItIsStopping() throws Exception {
        server.close();

        HttpResponse<String> health = get("/health");

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"service\":\"DOWN: The checkout server is shutting down");
    }

    @Test
    void metricsArePrometheusText() throws Exception {
        HttpResponse<String> metricsPage = get("/metrics");

        assertThat(metricsPage.statusCode()).isEqualTo(200);
        assertThat(metricsPage.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(metricsPage.body()).contains("# TYPE lana_checkout_baskets_open gauge");
    }

    @Test
    void otherPathsAreNotFound() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(404);
        assertThat(get("/metrics/x").statusCode()).isEqualTo(404);
    }

    @Test
    void otherMethodsAreNotAllowed() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/health"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        InetSocketAddress address = endpoint.address();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + path);
    }
}
