package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Sale;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.SaleStoreContract;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sale contract, and what a durable store adds to it: sales outlive the store that recorded them. */
abstract class DurableSaleStoreContract extends SaleStoreContract {

    /** The same database opened again, as a restarted server opens it. */
    protected abstract CheckoutStore reopenStore() throws Exception;

    @Test
    void aSaleSurvivesClosingAndReopeningTheStore() throws Exception {
        BasketId basket = basketWith(2);
        OperationId operation = OperationId.random();
        Sale sale = store.completeSale(basket, operation, sellAt(NOON), NOW);
        checkoutStore.close();

        use(reopenStore());

        assertThat(sales.sale(sale.number())).isEqualTo(sale);
        assertThat(sales.sales(DAY)).containsExactly(sale);
        assertThat(store.completeSale(basket, operation, refuse(), NOW)).as("a retry").isEqualTo(sale);
        assertPaid(() -> store.read(basket, NOW), basket, sale.number());
        assertThat(store.completeSale(basketWith(1), OperationId.random(), sellAt(NOON), NOW).number())
                .as("the next sale's number").hasToString("S-000002");
    }
}
