package com.lana.checkout.client.sale;

import com.lana.checkout.api.BasketId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** What F6 makes of the text typed: a full basket id, or the code another till shows. */
class BasketReferenceTest {

    private static final BasketId BASKET = new BasketId(0x0123_4567_89AB_CDEFL, 0xFEDC_BA98_7654_3210L);

    @Test
    void aFullIdNamesItsBasket() {
        assertThat(BasketReference.parse(" " + BASKET.toString().toLowerCase() + " "))
                .isEqualTo(new BasketReference(BASKET, null));
    }

    @Test
    void theShortCodeAsShownIsACode() {
        assertThat(BasketReference.parse(BASKET.shortCode()))
                .isEqualTo(new BasketReference(null, BASKET.shortCode().replace("-", "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "PEN*3", "0XV-0KU", "#3"})
    void anythingElseIsRefusedForTheClerk(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> BasketReference.parse(text))
                .withMessage("'" + text + "' is not a sale's code: type the code the other till shows (e.g. 0XV-0KJ)"
                        + " or the basket's full id");
    }
}
