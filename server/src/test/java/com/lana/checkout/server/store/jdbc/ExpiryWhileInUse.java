package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.store.BasketStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For database stores: a basket whose row is locked by a change still in progress when expiry runs
 * is judged by its state once that change commits. Expiry waits for the lock and checks the idle
 * time again, so a basket in use is never expired.
 */
final class ExpiryWhileInUse {

    private ExpiryWhileInUse() {
    }

    /**
     * Uses {@code basket}, created at {@code now}, in an open transaction on {@code change} while the
     * store expires baskets idle since {@code now + 1}; asserts the basket is left open.
     */
    static void assertNotExpired(BasketStore store, Connection change, BasketId basket, long now) throws Exception {
        ExecutorService expiry = Executors.newSingleThreadExecutor();
        try {
            change.setAutoCommit(false);
            try (PreparedStatement use = change.prepareStatement(
                    "UPDATE basket SET last_used_millis = ? WHERE id_high = ? AND id_low = ?")) {
                use.setLong(1, now + 100);
                use.setLong(2, basket.high());
                use.setLong(3, basket.low());
                assertThat(use.executeUpdate()).isEqualTo(1);
            }
            Future<Integer> expired = expiry.submit(() -> store.expireIdleSince(now + 1));
            Thread.sleep(300);
            assertThat(expired).as("expiry waits for the basket's lock").isNotDone();
            change.commit();

            assertThat(expired.get(10, TimeUnit.SECONDS)).isZero();
        } finally {
            expiry.shutdownNow();
        }
        assertThat(store.read(basket, now + 2)).isEqualTo(BasketLines.empty(basket));
    }
}
