package com.lana.checkout.server.store.memory;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.server.store.BasketStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BasketTest {

    private static final int PEN = 0;
    private static final long NOW = 1_000_000L;

    private final Basket basket = new Basket(BasketId.random(), NOW);

    @Test
    void aBasketThatExpiredSaysSoEvenToACallerThatAlreadyHeldIt() {
        assertThat(basket.closeIfIdleSince(NOW)).isTrue();

        assertThatExceptionOfType(BasketNotFoundException.class)
                .isThrownBy(() -> basket.change(PEN, 1, "PEN", null, NOW))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.EXPIRED))
                .withMessageContaining("expired");
    }

    @Test
    void aRemovedBasketIsNotReportedAsExpired() {
        basket.close();

        assertThat(basket.closeIfIdleSince(NOW)).isFalse();
        assertThatExceptionOfType(BasketNotFoundException.class)
                .isThrownBy(() -> basket.read(NOW))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.UNKNOWN));
    }

    @Test
    void aBasketRemembersItsLastSixteenOperationsAndForgetsOlderOnes() throws Exception {
        OperationId[] operations = new OperationId[Basket.REMEMBERED_OPERATIONS + 1];
        for (int i = 0; i < operations.length; i++) {
            operations[i] = OperationId.random();
            basket.change(PEN, 1, "PEN", operations[i], NOW);
        }

        for (int i = 1; i < operations.length; i++) {
            basket.change(PEN, 1, "PEN", operations[i], NOW);   // retries of the last sixteen: no effect
        }
        assertThat(basket.read(NOW).quantity(0)).isEqualTo(operations.length);

        basket.change(PEN, 1, "PEN", operations[0], NOW);       // the oldest was forgotten: applied again
        assertThat(basket.read(NOW).quantity(0)).isEqualTo(operations.length + 1);
    }

    @Test
    void aLineStopsAtTheMaximumQuantity() throws Exception {
        for (int i = 0; i < BasketStore.MAX_LINE_QUANTITY / 1000; i++) {
            basket.change(PEN, 1000, "PEN", null, NOW);
        }

        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> basket.change(PEN, 1, "PEN", null, NOW))
                .withMessage("A basket holds at most 1000000 PEN");
        assertThat(basket.read(NOW).quantity(0)).isEqualTo(BasketStore.MAX_LINE_QUANTITY);
    }
}
