package com.lana.checkout.server.store.memory;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Sale;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.SaleStoreContract;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The sale contract, for sales in this JVM's memory, and that memory of paid baskets stays bounded. */
class InMemorySaleStoreTest extends SaleStoreContract {

    @Override
    protected CheckoutStore openEmptyStore() {
        return new InMemoryStore();
    }

    @Test
    void paidBasketsAreRememberedUpToTheBoundOldestForgottenFirstTheirSalesKept() throws Exception {
        InMemoryBasketStore memory = (InMemoryBasketStore) store;
        int baskets = InMemoryBasketStore.REMEMBERED_PAID + 10;
        BasketId oldest = null;
        Sale oldestSale = null;
        BasketId newest = null;
        for (int i = 0; i < baskets; i++) {
            newest = memory.create(NOW);
            Sale sale = memory.completeSale(newest, OperationId.random(), sellAt(NOON), NOW);
            if (oldest == null) {
                oldest = newest;
                oldestSale = sale;
            }
        }

        assertThat(memory.rememberedPaid()).isEqualTo(InMemoryBasketStore.REMEMBERED_PAID);
        BasketId forgotten = oldest;
        assertThatExceptionOfType(BasketNotFoundException.class).isThrownBy(() -> memory.read(forgotten, NOW))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.UNKNOWN));
        assertThat(sales.sale(oldestSale.number())).isEqualTo(oldestSale);
        BasketId remembered = newest;
        assertThatExceptionOfType(BasketNotFoundException.class).isThrownBy(() -> memory.read(remembered, NOW))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.PAID));
    }
}
