package com.lana.checkout.server;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Receipt;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A server on a durable store is killed with SIGKILL right after a client was told its items were
 * added; started again on the same store, it answers the same receipt for that basket.
 */
@Timeout(180)
class DurableRestartTest {

    @Test
    void aServerKilledOnH2AnswersTheSameReceiptAfterARestart(@TempDir Path folder) throws Exception {
        String store = "jdbc:h2:file:" + folder.resolve("baskets");

        assertSameReceiptAfterKillAndRestart(store);
    }

    @Test
    void aServerKilledOnPostgresAnswersTheSameReceiptAfterARestart() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            assertSameReceiptAfterKillAndRestart(postgres.getJdbcUrl("postgres", "postgres"));
        }
    }

    /** Control: on the in-memory store the same kill loses the basket, so the test above can fail. */
    @Test
    void aServerKilledInMemoryHasLostTheBasketAfterARestart() throws Exception {
        int port = HardeningFixtures.freePort();
        BasketId basket;
        try (ServerJvm server = ServerJvm.start(port)) {
            CheckoutService checkout = Checkout.connect("127.0.0.1", port);
            basket = checkout.createBasket();
            checkout.addProduct(basket, "PEN");
            server.kill();
        }
        try (ServerJvm ignored = ServerJvm.start(port)) {
            CheckoutService checkout = Checkout.connect("127.0.0.1", port);

            assertThat(catchThrowable(() -> checkout.receipt(basket))).isInstanceOf(BasketNotFoundException.class);
        }
    }

    static void assertSameReceiptAfterKillAndRestart(String store) throws Exception {
        int port = HardeningFixtures.freePort();
        BasketId basket;
        Receipt told;
        try (ServerJvm server = ServerJvm.start(port, "--store", store)) {
            CheckoutService checkout = Checkout.connect("127.0.0.1", port);
            basket = checkout.createBasket();
            for (String code : new String[] {"PEN", "TSHIRT", "PEN", "PEN", "MUG", "TSHIRT", "TSHIRT"}) {
                checkout.addProduct(basket, code);
            }
            told = checkout.receipt(basket);
            server.kill();
        }

        try (ServerJvm ignored = ServerJvm.start(port, "--store", store)) {
            CheckoutService checkout = Checkout.connect("127.0.0.1", port);

            assertThat(checkout.receipt(basket)).isEqualTo(told);
            assertThat(told.total()).hasToString("62.50€");
        }
    }
}
