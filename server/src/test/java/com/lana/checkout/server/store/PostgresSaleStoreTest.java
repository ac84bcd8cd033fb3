package com.lana.checkout.server.store;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Sale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sale contract, for sales in a real PostgreSQL server, and that sales outlive the store. */
class PostgresSaleStoreTest extends SaleStoreContract {

    private static TestPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = TestPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Override
    protected BasketStore openEmptyStore() throws Exception {
        BasketStore opened = BasketStores.open(postgres.storeUrl());
        postgres.deleteAllBaskets();
        postgres.deleteAllSales();
        return opened;
    }

    @Override
    protected int salesPerThread() {
        return 25;
    }

    @Override
    protected int raceRounds() {
        return 40;
    }

    @Test
    void aSaleSurvivesClosingAndReopeningTheStore() throws Exception {
        BasketId basket = basketWith(2);
        OperationId operation = OperationId.random();
        Sale sale = store.completeSale(basket, operation, sellAt(NOON), NOW);
        store.close();

        store = BasketStores.open(postgres.storeUrl());

        assertThat(store.sale(sale.number())).isEqualTo(sale);
        assertThat(store.sales(DAY)).containsExactly(sale);
        assertThat(store.completeSale(basket, operation, refuse(), NOW)).as("a retry").isEqualTo(sale);
        assertPaid(() -> store.read(basket, NOW), basket, sale.number());
        assertThat(store.completeSale(basketWith(1), OperationId.random(), sellAt(NOON), NOW).number())
                .as("the next sale's number").hasToString("S-000002");
    }
}
