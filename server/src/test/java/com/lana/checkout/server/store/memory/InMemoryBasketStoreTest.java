package com.lana.checkout.server.store.memory;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.BasketStoreContract;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The contract, for baskets in this JVM's memory, and what memory alone must watch: its own size. */
class InMemoryBasketStoreTest extends BasketStoreContract {

    @Override
    protected CheckoutStore openEmptyStore() {
        return new InMemoryStore();
    }

    /**
     * Many rounds of create, add, abandon, let expire: open baskets never pile up, and the memory of
     * expired ids stops at its bound, forgetting the oldest first.
     */
    @Test
    void memoryStaysFlatUnderChurn() throws Exception {
        InMemoryBasketStore memory = (InMemoryBasketStore) store;
        int perRound = 2_000;
        int rounds = InMemoryBasketStore.REMEMBERED_EXPIRED / perRound + 10;
        long now = 0;
        BasketId first = null;
        List<BasketId> lastRound = new ArrayList<>();

        for (int round = 0; round < rounds; round++) {
            lastRound.clear();
            for (int i = 0; i < perRound; i++) {
                BasketId basket = memory.create(now);
                memory.change(basket, "MUG", 1, OperationId.random(), now);
                lastRound.add(basket);
            }
            if (first == null) {
                first = lastRound.get(0);
            }
            assertThat(memory.size()).isEqualTo(perRound);
            now += 1_000;
            assertThat(memory.expireIdleSince(now - 1)).isEqualTo(perRound);
            assertThat(memory.size()).isZero();
            assertThat(memory.rememberedExpired()).isLessThanOrEqualTo(InMemoryBasketStore.REMEMBERED_EXPIRED);
        }

        assertThat(memory.rememberedExpired()).isEqualTo(InMemoryBasketStore.REMEMBERED_EXPIRED);
        BasketId oldest = first;
        assertThatExceptionOfType(BasketNotFoundException.class).isThrownBy(() -> memory.read(oldest, 0))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.UNKNOWN));
        BasketId newest = lastRound.get(lastRound.size() - 1);
        assertThatExceptionOfType(BasketNotFoundException.class).isThrownBy(() -> memory.read(newest, 0))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.EXPIRED));
    }
}
