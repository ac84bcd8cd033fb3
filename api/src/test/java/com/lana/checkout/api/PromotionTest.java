package com.lana.checkout.api;

import com.lana.checkout.api.Promotion.BulkPercentOff;
import com.lana.checkout.api.Promotion.BuyNGetMFree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PromotionTest {

    private static final BuyNGetMFree TWO_FOR_ONE_PENS = new BuyNGetMFree("PEN", 1, 1);
    private static final BulkPercentOff TSHIRTS_25_OFF = new BulkPercentOff("TSHIRT", 3, 25);

    @Test
    void twoForOneDescribesItself() {
        assertThat(TWO_FOR_ONE_PENS.description()).isEqualTo("2-for-1 on PEN");
    }

    @Test
    void twoForOneCountsTheBoughtAndTheFreeUnitsAsOneGroup() {
        assertThat(TWO_FOR_ONE_PENS.groupSize()).isEqualTo(2);
    }

    @Test
    void bulkPercentOffDescribesItself() {
        assertThat(TSHIRTS_25_OFF.description()).isEqualTo("25% off TSHIRT (3 or more)");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1001})
    void buyOutsideOneToAThousandIsRefused(int buy) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BuyNGetMFree("PEN", buy, 1))
                .withMessage("Promotion on PEN: buy must be 1-1000, was " + buy);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1001})
    void freeOutsideOneToAThousandIsRefused(int free) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BuyNGetMFree("PEN", 1, free))
                .withMessage("Promotion on PEN: free must be 1-1000, was " + free);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -25, 101, 120})
    void percentOutsideOneToAHundredIsRefused(int percent) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BulkPercentOff("TSHIRT", 3, percent))
                .withMessage("Promotion on TSHIRT: percent must be 1-100, was " + percent);
    }

    @Test
    void aHundredPercentOffIsAllowed() {
        assertThat(new BulkPercentOff("TSHIRT", 3, 100).percent()).isEqualTo(100);
    }

    @Test
    void minQuantityZeroIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BulkPercentOff("TSHIRT", 0, 25))
                .withMessage("Promotion on TSHIRT: minQuantity must be 1-1000000, was 0");
    }

    @Test
    void aPromotionOnAMalformedProductCodeIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BuyNGetMFree("pen", 1, 1))
                .withMessageContaining("'pen'");
    }
}
