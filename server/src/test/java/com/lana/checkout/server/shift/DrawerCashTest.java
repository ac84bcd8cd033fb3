package com.lana.checkout.server.shift;

import com.lana.checkout.api.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DrawerCashTest {

    @ParameterizedTest(name = "{0}: float {1} + taken {2} − change {3} − refunded {4} + in {5} − out {6} = {7}; "
            + "counted {8} is {9}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                          | float   | taken  | change | refunded | in     | out    | expected | counted | difference
            a plain day, counted right      | 100.00€ | 50.00€ | 2.50€  | 0.00€    | 0.00€  | 0.00€  | 147.50€  | 147.50€ | 0.00€
            zero float, 2.00€ short         | 0.00€   | 30.00€ | 0.00€  | 0.00€    | 0.00€  | 0.00€  | 30.00€   | 28.00€  | -2.00€
            refunds more than the takings   | 50.00€  | 10.00€ | 0.00€  | 25.00€   | 0.00€  | 0.00€  | 35.00€   | 35.00€  | 0.00€
            refunds over takings, no float  | 0.00€   | 10.00€ | 0.00€  | 25.00€   | 0.00€  | 0.00€  | -15.00€  | 0.00€   | 15.00€
            cash in and out, a cent over    | 100.00€ | 0.00€  | 0.00€  | 0.00€    | 20.00€ | 45.50€ | 74.50€   | 74.51€  | 0.01€
            every term at once, short       | 150.00€ | 87.35€ | 12.35€ | 7.50€    | 50.00€ | 20.00€ | 247.50€  | 240.00€ | -7.50€
            nothing at all                  | 0.00€   | 0.00€  | 0.00€  | 0.00€    | 0.00€  | 0.00€  | 0.00€    | 0.00€   | 0.00€
            """)
    void theDrawerHoldsTheFloatAndTheCashThatCameAndWent(String name, String openingFloat, String taken, String change,
                                                         String refunded, String in, String out, String expected,
                                                         String counted, String difference) {
        Money shouldHold = DrawerCash.expected(Money.parse(openingFloat), Money.parse(taken), Money.parse(change),
                Money.parse(refunded), Money.parse(in), Money.parse(out));

        assertThat(shouldHold).isEqualTo(Money.parse(expected));
        assertThat(DrawerCash.difference(Money.parse(counted), shouldHold)).isEqualTo(Money.parse(difference));
    }

    @Test
    void anAmountBeyondWhatCentsCanHoldThrowsRatherThanWraps() {
        Money most = Money.ofMinor(Long.MAX_VALUE);

        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() ->
                DrawerCash.expected(most, Money.ofMinor(1), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO));
    }
}
