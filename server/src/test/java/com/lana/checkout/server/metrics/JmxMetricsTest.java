package com.lana.checkout.server.metrics;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.rmi.CheckoutServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXConnectorServerFactory;
import javax.management.remote.JMXServiceURL;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A server process's meters as jconsole sees them: a JMX client, connected over a JMX connector to
 * the server's JVM, reads open baskets and call counts under the {@code com.lana.checkout} domain.
 */
class JmxMetricsTest {

    private ServerMetrics metrics;
    private CheckoutServer server;
    private JMXConnectorServer jmxServer;
    private JMXConnector jmxClient;
    private MBeanServerConnection jmx;
    private CheckoutService checkout;

    @BeforeEach
    void start() throws Exception {
        metrics = ServerMetrics.forProcess(false);
        server = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()), metrics);
        checkout = Checkout.connect("127.0.0.1", server.port());
        // What jconsole does when it attaches: a JMX connector to the JVM's platform MBean server.
        jmxServer = JMXConnectorServerFactory.newJMXConnectorServer(new JMXServiceURL("service:jmx:rmi://127.0.0.1"),
                new HashMap<>(), ManagementFactory.getPlatformMBeanServer());
        jmxServer.start();
        jmxClient = JMXConnectorFactory.connect(jmxServer.getAddress());
        jmx = jmxClient.getMBeanServerConnection();
    }

    @AfterEach
    void stop() throws Exception {
        if (jmxClient != null) {
            jmxClient.close();
        }
        if (jmxServer != null) {
            jmxServer.stop();
        }
        if (server != null) {
            server.close();
        }
        metrics.close();
    }

    @Test
    void openBasketsAreReadOverJmx() throws Exception {
        checkout.createBasket();
        checkout.createBasket();

        assertThat(jmx.getAttribute(new ObjectName("com.lana.checkout:name=lanaCheckoutBasketsOpen,type=gauges"),
                "Value")).isEqualTo(2.0);
    }

    @Test
    void callCountsAreReadOverJmxByOperationAndOutcome() throws Exception {
        BasketId basket = checkout.createBasket();
        checkout.addProduct(basket, "PEN");
        checkout.addProduct(basket, "MUG");
        catchThrowable(() -> checkout.addProduct(basket, "PENN"));

        assertThat(jmx.getAttribute(new ObjectName("com.lana.checkout:name=lanaCheckoutCalls.operation.addProduct"
                + ".outcome.ok,type=meters"), "Count")).isEqualTo(2L);
        assertThat(jmx.getAttribute(new ObjectName("com.lana.checkout:name=lanaCheckoutCalls.operation.addProduct"
                + ".outcome.UnknownProductException,type=meters"), "Count")).isEqualTo(1L);
    }

    @Test
    void theMetersLeaveJmxWhenClosed() throws Exception {
        checkout.createBasket();
        server.close();
        metrics.close();

        assertThat(jmx.queryNames(new ObjectName("com.lana.checkout:*"), null)).isEmpty();
    }
}
