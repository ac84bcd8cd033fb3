package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.OperationId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLongArray;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server on a durable store is killed with SIGKILL while many tills add at once, so that changes
 * are being written in shared batches; started again on the same store, every basket holds at
 * least every unit a till was told was added, and at most the one add that was still unanswered.
 */
@Timeout(180)
class KilledMidBatchTest {

    private static final int TILLS = 8;
    /** Adds every till has had answered before the kill, so that batches are being written by then. */
    private static final int ADDS_BEFORE_KILL = 15;

    @Test
    void aServerKilledOnH2MidBatchHasKeptEveryAcknowledgedAdd(@TempDir Path folder) throws Exception {
        assertNoAcknowledgedAddLostToAKill("jdbc:h2:file:" + folder.resolve("baskets"));
    }

    @Test
    void aServerKilledOnPostgresMidBatchHasKeptEveryAcknowledgedAdd() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            assertNoAcknowledgedAddLostToAKill(postgres.getJdbcUrl("postgres", "postgres"));
        }
    }

    private static void assertNoAcknowledgedAddLostToAKill(String store) throws Exception {
        int port = HardeningFixtures.freePort();
        List<BasketId> baskets = new ArrayList<>();
        AtomicLongArray acknowledged = new AtomicLongArray(TILLS);
        try (ServerJvm server = ServerJvm.start(port, "--store", store)) {
            CheckoutService checkout = Checkout.connect("127.0.0.1", port);
            for (int till = 0; till < TILLS; till++) {
                baskets.add(checkout.createBasket());
            }
            List<CompletableFuture<Void>> tills = new ArrayList<>();
            for (int till = 0; till < TILLS; till++) {
                int me = till;
                tills.add(CompletableFuture.runAsync(() -> addUntilTheServerDies(checkout, baskets.get(me), acknowledged, me)));
            }
            while (!everyTillHasAtLeast(acknowledged, ADDS_BEFORE_KILL)) {
                Thread.sleep(5);
            }
            server.kill();
            CompletableFuture.allOf(tills.toArray(CompletableFuture[]::new)).join();
        }

        try (ServerJvm ignored = ServerJvm.start(port, "--store", store)) {
            CheckoutService checkout = Checkout.connect("127.0.0.1", port);
            for (int till = 0; till < TILLS; till++) {
                long kept = checkout.receipt(baskets.get(till)).units();
                assertThat(kept).as("units kept in till %d's basket", till)
                        .isBetween(acknowledged.get(till), acknowledged.get(till) + 1);
            }
        }
    }

    /** Adds one PEN at a time, each with its own operation id, noting the units each answer shows. */
    private static void addUntilTheServerDies(CheckoutService checkout, BasketId basket, AtomicLongArray acknowledged,
                                              int till) {
        try {
            while (true) {
                acknowledged.set(till, checkout.addProduct(basket, "PEN", 1, OperationId.random()).units());
            }
        } catch (Exception e) {
            // The server was killed: the last answer noted is the last add acknowledged.
        }
    }

    private static boolean everyTillHasAtLeast(AtomicLongArray acknowledged, long adds) {
        for (int till = 0; till < acknowledged.length(); till++) {
            if (acknowledged.get(till) < adds) {
                return false;
            }
        }
        return true;
    }
}
