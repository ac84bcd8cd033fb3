package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.server.catalog.CatalogFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.rmi.ConnectException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A client given several servers ({@code "hostA:1099,hostB:1099"}) uses the first that answers,
 * carries on with the next when its server stops answering, and stays there.
 */
@Timeout(60)
class FailoverTest {

    private final List<CheckoutServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(CheckoutServer::close);
    }

    @Test
    void aClientWhoseFirstServerIsDownFromTheStartUsesTheSecond() throws Exception {
        int down = HardeningFixtures.freePort();
        CheckoutServer b = start(0);

        CheckoutService checkout = Checkout.connect(address(down) + "," + address(b.port()));
        BasketId basket = checkout.createBasket();

        assertThat(Checkout.currentServer(checkout)).isEqualTo(address(b.port()));
        assertThatNoException().isThrownBy(() -> b.service().receipt(basket));
    }

    @Test
    void aClientStartsOnTheFirstServerThatAnswers() throws Exception {
        CheckoutServer a = start(0);
        CheckoutServer b = start(0);

        CheckoutService checkout = Checkout.connect(address(a.port()) + "," + address(b.port()));
        BasketId basket = checkout.createBasket();

        assertThat(Checkout.currentServer(checkout)).isEqualTo(address(a.port()));
        assertThatNoException().isThrownBy(() -> a.service().receipt(basket));
    }

    @Test
    void whenItsServerIsClosedMidSaleTheClientCarriesOnWithTheNext() throws Exception {
        CheckoutServer a = start(0);
        CheckoutServer b = start(0);
        CheckoutService checkout = Checkout.connect(address(a.port()) + "," + address(b.port()));
        checkout.addProduct(checkout.createBasket(), "PEN");

        a.close();
        BasketId basket = checkout.createBasket();
        checkout.addProduct(basket, "MUG");

        assertThat(Checkout.currentServer(checkout)).isEqualTo(address(b.port()));
        assertThat(b.service().receipt(basket).lines()).hasSize(1);
    }

    @Test
    void theClientStaysOnTheServerItMovedToWhenTheFirstComesBack() throws Exception {
        CheckoutServer a = start(0);
        CheckoutServer b = start(0);
        int portOfA = a.port();
        CheckoutService checkout = Checkout.connect(address(portOfA) + "," + address(b.port()));
        a.close();
        checkout.ping();
        start(portOfA);

        BasketId basket = checkout.createBasket();

        assertThat(Checkout.currentServer(checkout)).isEqualTo(address(b.port()));
        assertThatNoException().isThrownBy(() -> b.service().receipt(basket));
    }

    @Test
    void aServerThatIsStoppingSendsTheClientToTheNext() throws Exception {
        CheckoutServer a = start(0);
        CheckoutServer b = start(0);
        CheckoutService checkout = Checkout.connect(address(a.port()) + "," + address(b.port()));
        checkout.ping();

        a.service().stopAccepting();
        BasketId basket = checkout.createBasket();

        assertThat(Checkout.currentServer(checkout)).isEqualTo(address(b.port()));
        assertThatNoException().isThrownBy(() -> b.service().receipt(basket));
    }

    @Test
    void afterTheLastServerComesTheFirst() throws Exception {
        CheckoutServer a = start(0);
        CheckoutServer b = start(0);
        CheckoutService checkout = Checkout.connect(address(a.port()) + "," + address(b.port()));
        a.service().stopAccepting();
        checkout.ping();
        CheckoutServer restartedA = restart(a);

        b.service().stopAccepting();
        BasketId basket = checkout.createBasket();

        assertThat(Checkout.currentServer(checkout)).isEqualTo(address(a.port()));
        assertThatNoException().isThrownBy(() -> restartedA.service().receipt(basket));
    }

    @Test
    void whenNoServerAnswersACallFailsNamingEveryServer() throws Exception {
        CheckoutServer a = start(0);
        CheckoutServer b = start(0);
        CheckoutService checkout = Checkout.connect(Checkout.options(address(a.port()) + "," + address(b.port()))
                .withAttempts(2));
        checkout.ping();
        a.close();
        b.close();

        assertThatExceptionOfType(ConnectException.class)
                .isThrownBy(checkout::createBasket)
                .withMessageContaining("Cannot reach the checkout servers at " + address(a.port()) + ", "
                        + address(b.port()) + " (tried 4 times)");
    }

    @Test
    void whenNoServerAnswersConnectFailsNamingEveryServer() {
        String servers = address(HardeningFixtures.freePort()) + "," + address(HardeningFixtures.freePort());

        assertThatExceptionOfType(ConnectException.class)
                .isThrownBy(() -> Checkout.connect(servers))
                .withMessageContaining("None of the checkout servers " + servers + " answers")
                .withMessageContaining("No checkout server answers at " + servers.split(",")[0])
                .withMessageContaining("No checkout server answers at " + servers.split(",")[1]);
    }

    @Test
    void onlyAServiceFromConnectKnowsItsServer() throws Exception {
        CheckoutServer a = start(0);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Checkout.currentServer(HardeningFixtures.rawStub(a.port())))
                .withMessageContaining("Not a checkout service made by Checkout.connect");
    }

    private CheckoutServer start(int port) throws IOException {
        CheckoutServer server = CheckoutServer.start(CheckoutServer.Options.loopback(port, CatalogFile.defaults()));
        servers.add(server);
        return server;
    }

    private CheckoutServer restart(CheckoutServer server) throws IOException {
        server.close();
        return start(server.port());
    }

    private static String address(int port) {
        return "127.0.0.1:" + port;
    }
}
