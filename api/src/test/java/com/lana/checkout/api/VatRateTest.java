package com.lana.checkout.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VatRateTest {

    @ParameterizedTest(name = "''{0}'' is {1} hundredths of a percent")
    @CsvSource(textBlock = """
            21,     2100
            5.5,    550
            '5,5',  550
            21%,    2100
            ' 21 %', 2100
            100,    10000
            0,      0
            4.75,   475
            """)
    void readsPercentagesAsWritten(String text, int hundredths) {
        assertThat(VatRate.parse(text)).isEqualTo(new VatRate(hundredths));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            -1     | VAT rate '-1' is not a percentage like 21 or 5.5 (at most two decimals)
            100.01 | VAT rate must be 0-100%, was 100.01%
            101    | VAT rate must be 0-100%, was 101%
            5.555  | VAT rate '5.555' is not a percentage like 21 or 5.5 (at most two decimals)
            abc    | VAT rate 'abc' is not a percentage like 21 or 5.5 (at most two decimals)
            ''     | VAT rate is missing
            """)
    void refusesRatesOutsideZeroToAHundredOrWithMoreThanTwoDecimals(String text, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> VatRate.parse(text))
                .withMessage(message);
    }

    @Test
    void showsThePercentageWithoutTrailingZeros() {
        assertThat(VatRate.parse("5.50")).hasToString("5.5%");
        assertThat(VatRate.of(21)).hasToString("21%");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            21
            5.5
            0
            100
            4.75
            """)
    void parseReadsBackWhatPercentWrites(String text) {
        assertThat(VatRate.parse(VatRate.parse(text).percent())).isEqualTo(VatRate.parse(text));
    }

    @Test
    void aWholePercentageIsAHundredTimesAsManyHundredths() {
        assertThat(VatRate.of(21)).isEqualTo(VatRate.STANDARD).isEqualTo(new VatRate(2100));
    }

    @Test
    void aWholePercentageOverAHundredIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> VatRate.of(101))
                .withMessage("VAT rate must be 0-100%, was 101%");
    }

    @Test
    void hundredthsOverTenThousandAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new VatRate(10_001))
                .withMessage("VAT rate must be 0-100%, was 100.01%");
    }
}
