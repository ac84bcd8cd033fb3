package com.lana.checkout.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTest {

    private static final Money EUR_32_50 = Money.ofMinor(3250);
    private static final Money EUR_MINUS_5 = Money.ofMinor(-500);
    private static final Money LARGEST = Money.ofMinor(Long.MAX_VALUE);

    @Test
    void showsEurosAndCentsWithTheEuroSign() {
        assertThat(EUR_32_50).hasToString("32.50€");
    }

    @Test
    void showsZeroWithTwoDecimals() {
        assertThat(Money.ZERO).hasToString("0.00€");
    }

    @Test
    void showsNegativeAmountsWithALeadingMinus() {
        assertThat(EUR_MINUS_5).hasToString("-5.00€");
    }

    @Test
    void ofMajorTakesWholeEuros() {
        assertThat(Money.ofMajor(20)).isEqualTo(Money.ofMinor(2000));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            32.50€,    3250
            32.50,     3250
            '32.50 €', 3250
            ' 32.50€ ',3250
            7.5,       750
            7,         700
            0.01,      1
            -5.00€,    -500
            0.00€,     0
            """)
    void parsesAmountsPeopleWrite(String text, long cents) {
        assertThat(Money.parse(text)).isEqualTo(Money.ofMinor(cents));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, -1, 750, 3250, -500, 123_456_789_01L})
    void parseReadsBackWhatToStringWrites(long cents) {
        Money money = Money.ofMinor(cents);

        assertThat(Money.parse(money.toString())).isEqualTo(money);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e3", "1.234", "", "€", "1,50", "+5", "12345678901234567"})
    void refusesTextThatIsNotAnAmountAndQuotesIt(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.parse(text))
                .withMessage("Not an amount of euros: '" + text + "' (expected something like 32.50€)");
    }

    @Test
    void refusesNullSayingTheAmountIsMissing() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.parse(null))
                .withMessage("Amount is missing (expected something like 32.50€)");
    }

    @Test
    void addsInCents() {
        assertThat(EUR_32_50.plus(EUR_MINUS_5)).hasToString("27.50€");
    }

    @Test
    void subtractsInCents() {
        assertThat(EUR_32_50.minus(EUR_MINUS_5)).hasToString("37.50€");
    }

    @Test
    void multipliesByAWholeNumber() {
        assertThat(Money.ofMinor(750).times(3)).hasToString("22.50€");
    }

    @Test
    void additionThatWouldOverflowThrows() {
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> LARGEST.plus(Money.ofMinor(1)));
    }

    @Test
    void subtractionThatWouldOverflowThrows() {
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> Money.ofMinor(Long.MIN_VALUE).minus(Money.ofMinor(1)));
    }

    @Test
    void multiplicationThatWouldOverflowThrows() {
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> EUR_32_50.times(Long.MAX_VALUE / 100));
    }

    @Test
    void wholeEurosThatWouldOverflowThrow() {
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> Money.ofMajor(Long.MAX_VALUE / 10));
    }

    @ParameterizedTest(name = "{1}% of {0} cents is {2} cents")
    @CsvSource(textBlock = """
            # cents, percent, rounded half-up
              2000,  25,      500
              297,   25,      74
              194,   25,      49
              2,     25,      1
              1,     50,      1
              3,     50,      2
              -1,    50,      -1
              999,   100,     999
              0,     25,      0
            """)
    void percentRoundsHalfUpToTheCent(long cents, int percent, long expected) {
        assertThat(Money.ofMinor(cents).percent(percent, RoundingMode.HALF_UP)).isEqualTo(Money.ofMinor(expected));
    }

    @Test
    void percentUsesTheRoundingModeItIsGiven() {
        Money halfCent = Money.ofMinor(194); // 25% is 48.5 cents

        assertThat(halfCent.percent(25, RoundingMode.HALF_EVEN)).isEqualTo(Money.ofMinor(48));
    }

    @Test
    void percentOfAHugeAmountThatOverflowsThrows() {
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> LARGEST.percent(200, RoundingMode.HALF_UP));
    }

    @Test
    void ordersByAmount() {
        assertThat(EUR_MINUS_5).isLessThan(Money.ZERO);
        assertThat(EUR_32_50).isGreaterThan(Money.ofMinor(3249));
    }
}
