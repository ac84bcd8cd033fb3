package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.store.BasketStoreContract;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The contract, for baskets in a real PostgreSQL server, and that baskets outlive the store. */
class PostgresBasketStoreTest extends BasketStoreContract {

    private static final long NOW = 1_700_000_000_000L;

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
    protected CheckoutStore openEmptyStore() throws Exception {
        CheckoutStore opened = CheckoutStores.open(postgres.storeUrl());
        postgres.deleteAllBaskets();
        return opened;
    }

    @Override
    protected int raceRounds() {
        return 60;
    }

    @Test
    void basketsAndTheirOperationIdsSurviveClosingAndReopeningTheStore() throws Exception {
        BasketId basket = store.create(NOW);
        OperationId operation = OperationId.random();
        store.change(basket, "MUG", 2, operation, NOW);
        store.change(basket, "PEN", 1, null, NOW);
        checkoutStore.close();

        try (CheckoutStore reopened = CheckoutStores.open(postgres.storeUrl())) {
            assertThat(reopened.baskets().change(basket, "MUG", 2, operation, NOW)).isEqualTo(new BasketLines(basket, 2,
                    List.of(new BasketLines.Line("MUG", 2), new BasketLines.Line("PEN", 1))));
        }
        use(CheckoutStores.open(postgres.storeUrl()));
    }

    @Test
    void aBasketBeingChangedWhileExpiryRunsIsNotExpired() throws Exception {
        BasketId basket = store.create(NOW);

        try (Connection change = DriverManager.getConnection(postgres.storeUrl())) {
            ExpiryWhileInUse.assertNotExpired(store, change, basket, NOW);
        }
    }

    @Test
    void aLoginTheDatabaseRefusesStopsOpeningWithOneLineNamingTheCause() {
        String url = "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/postgres?user=nobody&password=";

        assertThatExceptionOfType(StoreUnavailableException.class)
                .isThrownBy(() -> CheckoutStores.open(url + "secret"))
                .withMessage("Cannot open the basket store " + url + "***: role \"nobody\" does not exist");
    }

    @Test
    void descriptionNamesTheServerWithoutPassword() throws Exception {
        try (CheckoutStore withPassword = CheckoutStores.open(postgres.storeUrl() + "&password=secret")) {
            assertThat(withPassword.description()).startsWith("PostgreSQL jdbc:postgresql://127.0.0.1:")
                    .doesNotContain("secret");
        }
    }
}
