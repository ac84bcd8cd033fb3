package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.RefundRefusedException;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.Sale;
import com.lana.checkout.server.catalog.CatalogFile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two servers on one real PostgreSQL, as a shop with two tills' servers runs them, refunding the same
 * sales: a refund sent again with its operation id through the other server (its answer lost on the
 * way from the first) answers the refund the first recorded, and of two tills refunding the last unit
 * of a sale at once through different servers, exactly one is paid back.
 */
@Timeout(120)
class SharedRefundsTest {

    private static final int RACE_ROUNDS = 10;
    private static final long TIMEOUT_SECONDS = 30;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private CheckoutServer first;
    private CheckoutServer second;
    private CheckoutService atFirst;
    private CheckoutService atSecond;
    private final ExecutorService tills = Executors.newFixedThreadPool(2);

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    /** Two servers on a new database. */
    @BeforeEach
    void startTwoServersOnANewDatabase() throws Exception {
        String database = "shared_refunds_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        String store = postgres.getJdbcUrl("postgres", database);
        first = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()).withCatalog(null)
                .withStore(store));
        second = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()).withCatalog(null)
                .withStore(store));
        atFirst = Checkout.connect("127.0.0.1", first.port());
        atSecond = Checkout.connect("127.0.0.1", second.port());
    }

    @AfterEach
    void stopServers() throws InterruptedException {
        tills.shutdownNow();
        assertThat(tills.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("tills stopped").isTrue();
        first.close();
        second.close();
    }

    @Test
    void aRefundSentAgainThroughTheOtherServerAnswersTheRefundTheFirstRecorded() throws Exception {
        Sale sale = sell(atFirst, "PEN", "TSHIRT", "MUG");
        OperationId operation = OperationId.random();
        List<ReturnedItem> mug = List.of(ReturnedItem.of("MUG", 1));
        Refund recorded = atFirst.refund(sale.number(), mug, RefundTo.ORIGINAL, operation);

        Refund retried = atSecond.refund(sale.number(), mug, RefundTo.ORIGINAL, operation);

        assertThat(retried).isEqualTo(recorded);
        assertThat(atSecond.sale(sale.number()).returned()).containsExactly(ReturnedItem.of("MUG", 1));
        assertThat(atSecond.refunds(recorded.time().toLocalDate())).containsExactly(recorded);
        assertThat(atSecond.dayReport(recorded.time().toLocalDate()).refunded()).hasToString("7.50€");
        assertThat(atSecond.refund(sale.number(), List.of(ReturnedItem.of("PEN", 1)), RefundTo.CASH,
                OperationId.random()).number()).as("the next refund, on the other server").hasToString("R-000002");
    }

    @Test
    void ofTwoTillsRefundingTheLastUnitThroughDifferentServersExactlyOneIsPaidBack() throws Exception {
        for (int round = 1; round <= RACE_ROUNDS; round++) {
            Sale sale = sell(atFirst, "MUG");
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Refund>> racing = new ArrayList<>();
            for (CheckoutService till : List.of(atFirst, atSecond)) {
                racing.add(tills.submit(refundTheMug(till, sale, start)));
            }
            List<Refund> made = new ArrayList<>();
            for (Future<Refund> refund : racing) {
                Refund answer = refund.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (answer != null) {
                    made.add(answer);
                }
            }

            assertThat(made).as("refunds of round %d", round).hasSize(1);
            assertThat(made.get(0).number()).as("numbered without gaps").isEqualTo(new RefundNumber(round));
            assertThat(atSecond.sale(sale.number()).returned()).containsExactly(ReturnedItem.of("MUG", 1));
        }
    }

    /** Refunds the sale's mug once both tills are ready; answers null when refused for having no mug left. */
    private static Callable<Refund> refundTheMug(CheckoutService till, Sale sale, CyclicBarrier start) {
        return () -> {
            start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            try {
                return till.refund(sale.number(), List.of(ReturnedItem.of("MUG", 1)), RefundTo.ORIGINAL,
                        OperationId.random());
            } catch (RefundRefusedException e) {
                assertThat(e.reason()).isEqualTo(RefundRefusedException.Reason.MORE_THAN_REMAIN);
                return null;
            }
        };
    }

    private static Sale sell(CheckoutService checkout, String... codes) throws Exception {
        BasketId basket = checkout.createBasket();
        for (String code : codes) {
            checkout.addProduct(basket, code);
        }
        Money total = checkout.total(basket);
        return checkout.completeSale(basket, total, List.of(Payment.cash(total)), OperationId.random());
    }
}
