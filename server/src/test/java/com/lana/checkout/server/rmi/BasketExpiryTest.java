package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.rmi.HardeningFixtures.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Abandoned baskets expire after the idle timeout and then answer like removed ones,
 * saying they expired; used baskets stay; memory stays flat under churn. Time is a clock the test
 * moves, never a sleep.
 */
@Timeout(60)
class BasketExpiryTest {

    private static final Duration IDLE_TIMEOUT = Duration.ofHours(1);

    private final MutableClock clock = new MutableClock();
    private CheckoutServer server;
    private CheckoutService checkout;

    @BeforeEach
    void start() throws Exception {
        server = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults())
                .withBasketIdleTimeout(IDLE_TIMEOUT, clock));
        checkout = Checkout.connect(Checkout.options("127.0.0.1", server.port()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aBasketIdleLongerThanTheTimeoutExpires() throws Exception {
        basketWithAPen();

        clock.advance(IDLE_TIMEOUT.plusMinutes(1));

        assertThat(server.expireIdleBaskets()).isEqualTo(1);
    }

    /** Control for the above: the same wait just short of the timeout expires nothing. */
    @Test
    void aBasketIdleForLessThanTheTimeoutStays() throws Exception {
        BasketId basket = basketWithAPen();

        clock.advance(IDLE_TIMEOUT.minusMinutes(1));

        assertThat(server.expireIdleBaskets()).isZero();
        assertThat(checkout.total(basket)).isEqualTo(com.lana.checkout.api.Money.ofMinor(500));
    }

    @Test
    void readingAnExpiredBasketSaysItExpiredAndNamesIt() throws Exception {
        BasketId basket = expiredBasket();

        assertThatExceptionOfType(BasketNotFoundException.class)
                .isThrownBy(() -> checkout.total(basket))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.EXPIRED))
                .withMessageContaining("expired")
                .withMessageContaining(basket.toString());
    }

    @Test
    void addingToAnExpiredBasketIsRefusedAsExpired() throws Exception {
        BasketId basket = expiredBasket();

        assertThatExceptionOfType(BasketNotFoundException.class)
                .isThrownBy(() -> checkout.addProduct(basket, "PEN"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.EXPIRED));
    }

    @Test
    void aBasketUsedRecentlyDoesNotExpire() throws Exception {
        BasketId used = checkout.createBasket();
        BasketId abandoned = checkout.createBasket();

        clock.advance(IDLE_TIMEOUT.dividedBy(2).plusMinutes(10));
        checkout.receipt(used);
        clock.advance(IDLE_TIMEOUT.dividedBy(2).plusMinutes(10));

        assertThat(server.expireIdleBaskets()).isEqualTo(1);
        assertThat(checkout.receipt(used).lines()).isEmpty();
        assertThatExceptionOfType(BasketNotFoundException.class)
                .isThrownBy(() -> checkout.receipt(abandoned))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.EXPIRED));
    }

    @Test
    void aRemovedBasketIsNotReportedAsExpired() throws Exception {
        BasketId basket = checkout.createBasket();
        checkout.removeBasket(basket);

        clock.advance(IDLE_TIMEOUT.multipliedBy(2));
        server.expireIdleBaskets();

        assertThatExceptionOfType(BasketNotFoundException.class)
                .isThrownBy(() -> checkout.total(basket))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(BasketNotFoundException.Reason.UNKNOWN))
                .withMessageNotContaining("expired");
    }

    private BasketId basketWithAPen() throws Exception {
        BasketId basket = checkout.createBasket();
        checkout.addProduct(basket, "PEN");
        return basket;
    }

    /** A basket with a pen, left idle past the timeout and swept away. */
    private BasketId expiredBasket() throws Exception {
        BasketId basket = basketWithAPen();
        clock.advance(IDLE_TIMEOUT.plusMinutes(1));
        server.expireIdleBaskets();
        return basket;
    }
}
