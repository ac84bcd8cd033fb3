package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.server.catalog.CatalogFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Finding an open basket by the short code another till shows for it, through a real server on a
 * loopback port, reached as clients reach it ({@link Checkout#connect}).
 */
@Timeout(60)
class FindBasketOverRmiTest {

    private CheckoutServer server;
    private CheckoutService firstTill;
    private CheckoutService secondTill;

    @BeforeEach
    void startServer() throws Exception {
        server = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()));
        firstTill = Checkout.connect("127.0.0.1", server.port());
        secondTill = Checkout.connect("127.0.0.1", server.port());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aTillFindsTheBasketAnotherTillShowsByItsShortCode() throws Exception {
        BasketId basket = firstTill.createBasket();
        firstTill.createBasket();

        assertThat(secondTill.findBasket(basket.shortCode())).isEqualTo(basket);
        assertThat(secondTill.findBasket(basket.shortCode().toLowerCase().replace("-", " "))).isEqualTo(basket);
    }

    @Test
    void theFullIdFindsItsOpenBasketToo() throws Exception {
        BasketId basket = firstTill.createBasket();

        assertThat(secondTill.findBasket(basket.toString())).isEqualTo(basket);
    }

    @Test
    void aCodeNoOpenBasketHasIsNotFoundAndSaysSo() throws Exception {
        BasketId removed = firstTill.createBasket();
        firstTill.removeBasket(removed);

        assertThatExceptionOfType(BasketNotFoundException.class)
                .isThrownBy(() -> secondTill.findBasket(removed.shortCode()))
                .withMessageStartingWith("No open basket " + removed.shortCode().replace("-", "") + " on the server")
                .satisfies(e -> assertThat(e.basket()).isNull());
    }

    @Test
    void aCodeSeveralOpenBasketsEndWithIsRefusedNamingHowMany() throws Exception {
        // 33 ids, 32 possible last characters: at least two end alike.
        List<BasketId> baskets = new ArrayList<>();
        for (int i = 0; i < 33; i++) {
            baskets.add(firstTill.createBasket());
        }
        String last = baskets.stream().map(id -> id.toString().substring(25))
                .filter(end -> baskets.stream().filter(id -> id.toString().endsWith(end)).count() > 1)
                .findFirst().orElseThrow();
        long sharing = baskets.stream().filter(id -> id.toString().endsWith(last)).count();

        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> secondTill.findBasket(last))
                .withMessage(sharing + " open baskets end with " + last + ": type more of the id, or the full id");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            missing          | NULL           | Basket code is missing
            empty            | ''             | Not the end of a basket id: ''
            blank            | '   '          | Not the end of a basket id: '   '
            not base32       | 0XV*0KJ        | Not the end of a basket id: '0XV*0KJ'
            a U              | 0XV0KU         | Not the end of a basket id: '0XV0KU'
            27 characters    | 000000000000000000000000001 | Not the end of a basket id: '000000000000000000000000001'
            """)
    void badCodesAreRefusedNamingTheProblem(String label, String code, String message) {
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> secondTill.findBasket(code))
                .withMessageStartingWith(message);
    }

    @Test
    void aHugeCodeIsRefusedWithAShortMessage() {
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> secondTill.findBasket("0".repeat(10_000)))
                .withMessageContaining("too long")
                .withMessageContaining("(10000 characters)")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }
}
