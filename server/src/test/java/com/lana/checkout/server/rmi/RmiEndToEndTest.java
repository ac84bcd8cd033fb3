package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.UnknownProductException;
import com.lana.checkout.server.catalog.CatalogFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.ServerSocket;
import java.rmi.RemoteException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/** A real registry and export on a free loopback port, reached the way clients reach it: Checkout.connect. */
class RmiEndToEndTest {

    private static final String LOOPBACK = "127.0.0.1";
    private static final int THREADS = 16;
    private static final int PENS_PER_THREAD = 500;

    private static CheckoutServer server;
    private static CheckoutService checkout;

    @BeforeAll
    static void startServer() throws Exception {
        server = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()));
        checkout = Checkout.connect(LOOPBACK, server.port());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0} costs {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # basket                                | total
            PEN,TSHIRT,MUG                          | 32.50€
            PEN,TSHIRT,PEN                          | 25.00€
            TSHIRT,TSHIRT,TSHIRT,PEN,TSHIRT         | 65.00€
            PEN,TSHIRT,PEN,PEN,MUG,TSHIRT,TSHIRT    | 62.50€
            """)
    void referenceBasketsCostWhatTheChallengeSays(String codes, String total) throws Exception {
        BasketId basket = checkout.createBasket();
        for (String code : codes.split(",")) {
            checkout.addProduct(basket, code);
        }

        assertThat(checkout.total(basket)).hasToString(total);
        assertThat(checkout.receipt(basket).total()).hasToString(total);
    }

    @Test
    void theCatalogArrivesWithItsProductsAndPromotions() throws Exception {
        assertThat(checkout.catalog()).isEqualTo(CatalogFile.defaults());
    }

    @Test
    void addingAnswersWithTheNewReceipt() throws Exception {
        BasketId basket = checkout.createBasket();
        checkout.addProduct(basket, "PEN");

        Receipt receipt = checkout.addProduct(basket, " pen ");

        assertThat(receipt.basket()).isEqualTo(basket);
        assertThat(receipt.lines()).extracting(Receipt.Line::code, Receipt.Line::quantity).containsExactly(tuple("PEN", 2));
        assertThat(receipt.discounts()).extracting(Receipt.Discount::description).containsExactly("2-for-1 on PEN");
        assertThat(receipt.total()).hasToString("5.00€");
    }

    @Test
    void anUnknownProductArrivesAsUnknownProductException() throws Exception {
        BasketId basket = checkout.createBasket();

        assertThatExceptionOfType(UnknownProductException.class)
                .isThrownBy(() -> checkout.addProduct(basket, "PENN"))
                .withMessage("Unknown product code 'PENN'")
                .satisfies(e -> assertThat(e.productCode()).isEqualTo("PENN"));
    }

    @Test
    void anUnknownBasketArrivesAsBasketNotFoundException() {
        BasketId neverCreated = BasketId.random();

        assertThatExceptionOfType(BasketNotFoundException.class)
                .isThrownBy(() -> checkout.total(neverCreated))
                .withMessage("No basket " + neverCreated + " (never created, or already removed)")
                .satisfies(e -> assertThat(e.basket()).isEqualTo(neverCreated));
    }

    @Test
    void aRemovedBasketArrivesAsBasketNotFoundException() throws Exception {
        BasketId basket = checkout.createBasket();
        checkout.removeBasket(basket);

        assertThatExceptionOfType(BasketNotFoundException.class)
                .isThrownBy(() -> checkout.addProduct(basket, "MUG"))
                .withMessageContaining(basket.toString());
    }

    @Test
    void concurrentAddsOverRmiAreAllCounted() throws Exception {
        BasketId basket = checkout.createBasket();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Void>> clerks = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                clerks.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int i = 0; i < PENS_PER_THREAD; i++) {
                        checkout.addProduct(basket, "PEN");
                    }
                    return null;
                }));
            }
            for (Future<Void> clerk : clerks) {
                clerk.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        // 16 × 500 = 8,000 pens, of which 4,000 are paid at 5.00€.
        assertThat(checkout.receipt(basket).units()).isEqualTo(THREADS * PENS_PER_THREAD);
        assertThat(checkout.total(basket)).hasToString("20000.00€");
    }

    @Test
    void connectingWhereNoServerListensNamesHostAndPort() throws Exception {
        int silentPort;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getByName(LOOPBACK))) {
            silentPort = probe.getLocalPort();
        }

        assertThatExceptionOfType(RemoteException.class)
                .isThrownBy(() -> Checkout.connect(LOOPBACK, silentPort))
                .withMessageContaining(LOOPBACK + ":" + silentPort);
    }
}
