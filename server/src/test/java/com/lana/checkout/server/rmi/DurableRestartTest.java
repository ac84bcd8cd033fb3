package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.Sale;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A server on a durable store is killed with SIGKILL right after a client was told its items were
 * added, its sale completed or its refund made; started again on the same store, it answers the same
 * receipt for that basket, the same sale or the same refund.
 */
@Timeout(180)
class DurableRestartTest {

    @Test
    void aServerKilledOnH2AnswersTheSameReceiptAfterARestart(@TempDir Path folder) throws Exception {
        String store = "jdbc:h2:file:" + folder.resolve("baskets");

        assertSameReceiptAfterKillAndRestart(store);
    }

    @Test
    void aServerKilledOnPostgresAnswersTheSameReceiptAfterARestart() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            assertSameReceiptAfterKillAndRestart(postgres.getJdbcUrl("postgres", "postgres"));
        }
    }

    @Test
    void aServerKilledOnH2RightAfterASaleKeepsTheSaleAfterARestart(@TempDir Path folder) throws Exception {
        String store = "jdbc:h2:file:" + folder.resolve("baskets");

        assertSameSaleAfterKillAndRestart(store);
    }

    @Test
    void aServerKilledOnPostgresRightAfterASaleKeepsTheSaleAfterARestart() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            assertSameSaleAfterKillAndRestart(postgres.getJdbcUrl("postgres", "postgres"));
        }
    }

    @Test
    void aServerKilledOnH2RightAfterARefundKeepsTheRefundAfterARestart(@TempDir Path folder) throws Exception {
        String store = "jdbc:h2:file:" + folder.resolve("baskets");

        assertSameRefundAfterKillAndRestart(store);
    }

    @Test
    void aServerKilledOnPostgresRightAfterARefundKeepsTheRefundAfterARestart() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            assertSameRefundAfterKillAndRestart(postgres.getJdbcUrl("postgres", "postgres"));
        }
    }

    /** Control: on the in-memory store the same kill loses the basket, so the test above can fail. */
    @Test
    void aServerKilledInMemoryHasLostTheBasketAfterARestart() throws Exception {
        int port = HardeningFixtures.freePort();
        BasketId basket;
        try (ServerJvm server = ServerJvm.start(port)) {
            CheckoutService checkout = Checkout.connect("127.0.0.1", port);
            basket = checkout.createBasket();
            checkout.addProduct(basket, "PEN");
            server.kill();
        }
        try (ServerJvm ignored = ServerJvm.start(port)) {
            CheckoutService checkout = Checkout.connect("127.0.0.1", port);

            assertThat(catchThrowable(() -> checkout.receipt(basket))).isInstanceOf(BasketNotFoundException.class);
        }
    }

    static void assertSameReceiptAfterKillAndRestart(String store) throws Exception {
        int port = HardeningFixtures.freePort();
        BasketId basket;
        Receipt told;
        try (ServerJvm server = ServerJvm.start(port, "--store", store)) {
            CheckoutService checkout = Checkout.connect("127.0.0.1", port);
            basket = checkout.createBasket();
            for (String code : new String[] {"PEN", "TSHIRT", "PEN", "PEN", "MUG", "TSHIRT", "TSHIRT"}) {
                checkout.addProduct(basket, code);
            }
            told = checkout.receipt(basket);
            server.kill();
        }

        try (ServerJvm ignored = ServerJvm.start(port, "--store", store)) {
            CheckoutService checkout = Checkout.connect("127.0.0.1", port);

            assertThat(checkout.receipt(basket)).isEqualTo(told);
            assertThat(told.total()).hasToString("62.50€");
        }
    }

    /**
     * The sale the client was told of is there after the restart: found by its number, answered
     * again to a retry of the completion, named by its basket, and the next sale takes the next number.
     */
    static void assertSameSaleAfterKillAndRestart(String store) throws Exception {
        int port = HardeningFixtures.freePort();
        Money total = Money.parse("32.50€");
        List<Payment> payments = List.of(Payment.cash(Money.parse("50.00€")));
        OperationId operation = OperationId.random();
        BasketId basket;
        Sale told;
        try (ServerJvm server = ServerJvm.start(port, "--store", store)) {
            CheckoutService checkout = Checkout.connect("127.0.0.1", port);
            basket = checkout.createBasket();
            for (String code : new String[] {"PEN", "TSHIRT", "MUG"}) {
                checkout.addProduct(basket, code);
            }
            told = checkout.completeSale(basket, total, payments, operation);
            server.kill();
        }

        try (ServerJvm ignored = ServerJvm.start(port, "--store", store)) {
            CheckoutService checkout = Checkout.connect("127.0.0.1", port);

            assertThat(checkout.sale(told.number())).isEqualTo(told);
            assertThat(checkout.completeSale(basket, total, payments, operation)).as("a retry").isEqualTo(told);
            assertThat(catchThrowable(() -> checkout.receipt(basket)))
                    .isInstanceOfSatisfying(BasketNotFoundException.class,
                            e -> assertThat(e.paidAs()).isEqualTo(told.number()));
            BasketId next = checkout.createBasket();
            checkout.addProduct(next, "PEN");
            assertThat(checkout.completeSale(next, Money.parse("5.00€"), payments, OperationId.random()).number())
                    .isEqualTo(told.number().next());
            assertThat(told.change()).hasToString("17.50€");
        }
    }

    /**
     * The refund the client was told of is there after the restart: found by its number, with the
     * units it took back on its sale and in its day's report; answered again to a retry with the same
     * operation; and the next refund takes the next number.
     */
    static void assertSameRefundAfterKillAndRestart(String store) throws Exception {
        int port = HardeningFixtures.freePort();
        List<ReturnedItem> mug = List.of(ReturnedItem.of("MUG", 1));
        OperationId operation = OperationId.random();
        Sale sale;
        Refund told;
        DayReport report;
        try (ServerJvm server = ServerJvm.start(port, "--store", store)) {
            CheckoutService checkout = Checkout.connect("127.0.0.1", port);
            BasketId basket = checkout.createBasket();
            for (String code : new String[] {"PEN", "TSHIRT", "MUG"}) {
                checkout.addProduct(basket, code);
            }
            sale = checkout.completeSale(basket, Money.parse("32.50€"), List.of(Payment.cash(Money.parse("50.00€"))),
                    OperationId.random());
            told = checkout.refund(sale.number(), mug, RefundTo.ORIGINAL, operation);
            report = checkout.dayReport(told.time().toLocalDate());
            server.kill();
        }

        try (ServerJvm ignored = ServerJvm.start(port, "--store", store)) {
            CheckoutService checkout = Checkout.connect("127.0.0.1", port);

            assertThat(checkout.refund(told.number())).isEqualTo(told);
            assertThat(checkout.sale(sale.number()).returned()).containsExactly(ReturnedItem.of("MUG", 1));
            assertThat(checkout.dayReport(told.time().toLocalDate())).isEqualTo(report);
            assertThat(report.refunds()).isEqualTo(1);
            assertThat(report.cashRefunded()).hasToString("7.50€");
            assertThat(checkout.refund(sale.number(), mug, RefundTo.ORIGINAL, operation)).as("a retry").isEqualTo(told);
            assertThat(checkout.refund(sale.number(), List.of(ReturnedItem.of("PEN", 1)), RefundTo.CASH,
                    OperationId.random()).number()).isEqualTo(told.number().next());
            assertThat(told.amount()).hasToString("7.50€");
        }
    }
}
