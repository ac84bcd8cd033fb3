package com.lana.checkout.client.ui;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.client.link.Connector;
import com.lana.checkout.client.link.TestServers;
import com.lana.checkout.server.rmi.CheckoutServer;
import com.lana.checkout.server.store.memory.InMemoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The till when its server goes away but the sale's basket does not: a second server on the same
 * store, or the same server restarted on a durable store. The sale simply continues.
 */
class ServerFailoverTest extends GuiTest {

    private final List<CheckoutServer> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(CheckoutServer::close);
    }

    @Test
    void whenTheFirstOfTwoServersSharingAStoreStopsTheSaleContinuesOnTheSecond() throws Exception {
        InMemoryStore store = new InMemoryStore();
        CheckoutServer first = keep(TestServers.sharing(store));
        CheckoutServer second = keep(TestServers.sharing(store));
        Connector both = Connector.rmi(Checkout.options("127.0.0.1:" + first.port() + ",127.0.0.1:" + second.port()));
        TillScreen screen = TillScreen.open(robot, both).awaitConnected();
        screen.scan("PEN").scan("TSHIRT").awaitTotal("25.00€").awaitIdle();
        assertThat(screen.label(StatusBar.CONNECTION)).isEqualTo("● Connected to 127.0.0.1:" + first.port());

        first.close();
        screen.scan("MUG").awaitTotal("32.50€").awaitIdle();

        screen.await("the second server named", () -> screen.label(StatusBar.CONNECTION)
                .equals("● Connected to 127.0.0.1:" + second.port()));
        assertThat(screen.message()).isEqualTo("Added 1 × Lana Coffee Mug");
        BasketId basket = screen.onEdt(() -> screen.model.current().basket());
        assertThat(second.service().receipt(basket).units()).isEqualTo(3);
    }

    @Test
    void aServerRestartedOnADurableStoreLetsTheOpenSaleContinueWithoutRecreatingIt(@TempDir Path folder)
            throws Exception {
        String h2 = "jdbc:h2:file:" + folder.resolve("till");
        CheckoutServer server = TestServers.start(0, h2);
        int port = server.port();
        TillScreen screen = TillScreen.open(robot, port).awaitConnected();
        screen.scan("PEN").scan("TSHIRT").awaitTotal("25.00€").awaitIdle();
        BasketId before = screen.onEdt(() -> screen.model.current().basket());

        server.close();
        screen.await("unreachable", () -> screen.label(StatusBar.CONNECTION).startsWith("✕"));
        CheckoutServer restarted = keep(TestServers.start(port, h2));
        screen.awaitConnected();
        screen.scan("MUG").awaitTotal("32.50€").awaitIdle();

        assertThat(screen.onEdt(() -> screen.model.current().basket())).isEqualTo(before);
        assertThat(screen.message()).isEqualTo("Added 1 × Lana Coffee Mug");
        assertThat(screen.onEdt(() -> screen.model.current().isLost())).isFalse();
        assertThat(restarted.service().receipt(before).units()).isEqualTo(3);
    }

    private CheckoutServer keep(CheckoutServer server) {
        servers.add(server);
        return server;
    }
}
