package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.store.BasketStoreContract;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The contract, for baskets in an H2 database file, and what a durable store adds: baskets outlive it. */
class H2BasketStoreTest extends BasketStoreContract {

    private static final long NOW = 1_700_000_000_000L;

    @TempDir
    Path dir;

    @Override
    protected CheckoutStore openEmptyStore() throws Exception {
        return CheckoutStores.open(url());
    }

    @Override
    protected int raceRounds() {
        return 100;
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("baskets");
    }

    @Test
    void basketsAndTheirOperationIdsSurviveClosingAndReopeningTheStore() throws Exception {
        BasketId basket = store.create(NOW);
        OperationId operation = OperationId.random();
        store.change(basket, "MUG", 2, operation, NOW);
        store.change(basket, "PEN", 1, null, NOW);
        checkoutStore.close();

        try (CheckoutStore reopened = CheckoutStores.open(url())) {
            assertThat(reopened.baskets().change(basket, "MUG", 2, operation, NOW)).isEqualTo(new BasketLines(basket, 2,
                    List.of(new BasketLines.Line("MUG", 2), new BasketLines.Line("PEN", 1))));
            assertThat(reopened.baskets().size()).isEqualTo(1);
        }
        use(CheckoutStores.open(url()));
    }

    @Test
    void aBasketThatExpiredStillSaysSoAfterReopening() throws Exception {
        BasketId basket = store.create(NOW);
        store.expireIdleSince(NOW);
        checkoutStore.close();

        use(CheckoutStores.open(url()));
        assertThatExceptionOfType(BasketNotFoundException.class).isThrownBy(() -> store.read(basket, NOW))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.EXPIRED));
    }

    @Test
    void tombstonesOfClosedBasketsArePurgedDaysAfterTheCutoff() throws Exception {
        BasketId expired = store.create(NOW);
        store.expireIdleSince(NOW);

        store.expireIdleSince(NOW + BasketExpiry.TOMBSTONE_RETENTION.toMillis() + 1);

        assertThatExceptionOfType(BasketNotFoundException.class).isThrownBy(() -> store.read(expired, NOW))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.UNKNOWN));
    }

    @Test
    void aBasketBeingChangedWhileExpiryRunsIsNotExpired() throws Exception {
        BasketId basket = store.create(NOW);

        try (Connection change = DriverManager.getConnection(url())) {
            ExpiryWhileInUse.assertNotExpired(store, change, basket, NOW);
        }
    }

    @Test
    void descriptionNamesTheFileAndKind() {
        assertThat(checkoutStore.description()).startsWith("H2 file " + url());
    }
}
