package com.lana.checkout.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BasketIdTest {

    private static final BasketId SAMPLE = new BasketId(0x0123_4567_89AB_CDEFL, 0xFEDC_BA98_7654_3210L);
    private static final BasketId ALL_ONES = new BasketId(-1L, -1L);

    @Test
    void idsWithTheSameHalvesAreEqualAndHashAlike() {
        assertThat(new BasketId(7, -3)).isEqualTo(new BasketId(7, -3)).hasSameHashCodeAs(new BasketId(7, -3));
    }

    @Test
    void idsDifferingInEitherHalfDiffer() {
        assertThat(new BasketId(7, -3)).isNotEqualTo(new BasketId(8, -3)).isNotEqualTo(new BasketId(7, -4));
    }

    @Test
    void aBasketIdIsNotAnOperationIdWithTheSameBits() {
        assertThat(new BasketId(7, -3)).isNotEqualTo(new OperationId(7, -3));
        assertThat(new OperationId(7, -3)).isNotEqualTo(new BasketId(7, -3)).isEqualTo(new OperationId(7, -3));
    }

    @Test
    void randomIdsDiffer() {
        Set<BasketId> ids = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            ids.add(BasketId.random());
        }

        assertThat(ids).hasSize(1_000);
    }

    @Test
    void randomIdsUseBothHalves() {
        BasketId id = BasketId.random();
        BasketId other = BasketId.random();

        assertThat(id.high()).isNotEqualTo(other.high());
        assertThat(id.low()).isNotEqualTo(other.low());
    }

    @Test
    void textFormIs26CrockfordCharacters() {
        assertThat(BasketId.random().toString()).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
    }

    @Test
    void textFormOfKnownBitsIsStable() {
        assertThat(new BasketId(0, 1)).hasToString("00000000000000000000000001");
        assertThat(ALL_ONES).hasToString("7ZZZZZZZZZZZZZZZZZZZZZZZZZ");
    }

    @Test
    void parseReadsBackTheTextForm() {
        assertThat(BasketId.parse(SAMPLE.toString())).isEqualTo(SAMPLE);
        assertThat(BasketId.parse(ALL_ONES.toString())).isEqualTo(ALL_ONES);
    }

    @Test
    void parseReadsBackRandomIds() {
        for (int i = 0; i < 100; i++) {
            BasketId id = BasketId.random();

            assertThat(BasketId.parse(id.toString())).isEqualTo(id);
        }
    }

    @Test
    void parseIgnoresCase() {
        assertThat(BasketId.parse(SAMPLE.toString().toLowerCase(Locale.ROOT))).isEqualTo(SAMPLE);
    }

    @Test
    void parseIgnoresDashes() {
        String text = SAMPLE.toString();
        String dashed = text.substring(0, 6) + "-" + text.substring(6, 13) + "-" + text.substring(13);

        assertThat(BasketId.parse(dashed)).isEqualTo(SAMPLE);
    }

    @Test
    void parseReadsLettersThatLookLikeDigits() {
        assertThat(BasketId.parse("0000000000000000000000000L")).isEqualTo(new BasketId(0, 1));
        assertThat(BasketId.parse("O000000000000000000000000I")).isEqualTo(new BasketId(0, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "junk", "not a basket id at all!!!!", "0000000000000000000000000U",
        "000000000000000000000000001", "0000000000000000000000000", "80000000000000000000000000"})
    void parseRefusesTextThatIsNotAnIdAndQuotesIt(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BasketId.parse(text))
                .withMessage("Not a basket id: '" + text + "' (expected 26 letters and digits)");
    }

    @Test
    void parseRefusesAVeryLongTextWithAShortMessage() {
        String text = "0".repeat(10_000);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> BasketId.parse(text))
                .withMessageStartingWith("Not a basket id: '0000")
                .withMessageContaining("10000 characters")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @Test
    void parseRefusesNullNamingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BasketId.parse(null))
                .withMessage("Not a basket id: 'null' (expected 26 letters and digits)");
    }
}
