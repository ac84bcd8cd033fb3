package com.lana.checkout.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A basket's short code, and the end of an id as a clerk types it off another till. */
class BasketIdSuffixTest {

    private static final BasketId SAMPLE = new BasketId(0x0123_4567_89AB_CDEFL, 0xFEDC_BA98_7654_3210L);
    private static final BasketId ALL_ONES = new BasketId(-1L, -1L);

    @Test
    void theShortCodeIsTheIdsLastSixCharactersInTwoGroups() {
        String id = SAMPLE.toString();

        assertThat(SAMPLE.shortCode()).isEqualTo(id.substring(20, 23) + "-" + id.substring(23));
    }

    @Test
    void theShortCodeIsTheSameWhereverTheIdIsReadBack() {
        BasketId id = BasketId.random();

        assertThat(BasketId.parse(id.toString()).shortCode()).isEqualTo(id.shortCode());
    }

    @Test
    void theShortCodeMatchesItsBasket() {
        BasketId id = BasketId.random();

        assertThat(BasketIdSuffix.parse(id.shortCode()).matches(id)).isTrue();
    }

    @Test
    void everyEndOfAnIdMatchesItAndOnlyIdsThatEndSo() {
        for (BasketId id : new BasketId[] {SAMPLE, ALL_ONES, new BasketId(0, 1), BasketId.random()}) {
            String text = id.toString();
            IntStream.rangeClosed(1, 26).forEach(length -> {
                BasketIdSuffix suffix = BasketIdSuffix.parse(text.substring(26 - length));
                assertThat(suffix.matches(id)).as("%s ends with %s", text, suffix).isTrue();
                assertThat(suffix).isEqualTo(BasketIdSuffix.of(id, length));
            });
        }
        assertThat(BasketIdSuffix.parse("1").matches(new BasketId(0, 2))).isFalse();
        assertThat(BasketIdSuffix.parse(SAMPLE.toString().substring(10)).matches(
                new BasketId(SAMPLE.high() ^ 1L << 63, SAMPLE.low()))).as("a bit the suffix does not cover").isTrue();
        assertThat(BasketIdSuffix.parse(SAMPLE.toString().substring(10)).matches(
                new BasketId(SAMPLE.high() ^ 1L, SAMPLE.low()))).as("a bit the suffix covers").isFalse();
    }

    @Test
    void twelveCharactersAreTheLowSixtyBitsAndMoreReachIntoTheHighLong() {
        BasketIdSuffix twelve = BasketIdSuffix.of(SAMPLE, 12);
        BasketIdSuffix thirteen = BasketIdSuffix.of(SAMPLE, 13);

        assertThat(twelve.lowMask()).isEqualTo((1L << 60) - 1);
        assertThat(twelve.lowBits()).isEqualTo(SAMPLE.low() & ((1L << 60) - 1));
        assertThat(twelve.highMask()).isZero();
        assertThat(thirteen.lowMask()).isEqualTo(-1L);
        assertThat(thirteen.highMask()).isEqualTo(1L);
        assertThat(BasketIdSuffix.of(SAMPLE, 26).highBits()).isEqualTo(SAMPLE.high());
    }

    @Test
    void isReadLikeAnIdIgnoringCaseSeparatorsAndReadAlikes() {
        assertThat(BasketIdSuffix.parse("o1v-0kl")).hasToString("01V0K1");
        assertThat(BasketIdSuffix.parse(" 0XV 0KJ ")).isEqualTo(BasketIdSuffix.parse("0xv-0kj"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " - ", "0XV0KU", "0XV*0KJ", "ÄBC", "123456789012345678901234567"})
    void refusesWhatCannotEndAnIdNamingIt(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> BasketIdSuffix.parse(text))
                .withMessageContaining("'" + text + "'");
    }

    @Test
    void refusesTwentySixCharactersNoIdHas() {
        assertThatIllegalArgumentException().isThrownBy(() -> BasketIdSuffix.parse("8" + "0".repeat(25)))
                .withMessageContaining("no id starts with 8");
    }

    @Test
    void refusesHugeTextWithoutRepeatingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> BasketIdSuffix.parse("A".repeat(100_000)))
                .withMessageContaining("(100000 characters)");
        assertThatIllegalArgumentException().isThrownBy(() -> BasketIdSuffix.parse(null));
    }
}
