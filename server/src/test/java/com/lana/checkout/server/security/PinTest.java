package com.lana.checkout.server.security;

import com.lana.checkout.api.staff.InvalidPinException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PinTest {

    @ParameterizedTest
    @ValueSource(strings = {"0000", "12345", "8765432", "98765432"})
    void fourToEightDigitsAreAPin(String digits) throws Exception {
        assertThat(Pin.of(digits.toCharArray())).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "123456789", "12a4", " 1234", "1234 ", "12.34", "١٢٣٤"})
    void anythingElseIsRefusedByTheRuleWithoutRepeatingIt(String typed) {
        assertThatExceptionOfType(InvalidPinException.class).isThrownBy(() -> Pin.of(typed.toCharArray()))
                .withMessage("A PIN is 4 to 8 digits (0-9)");
    }

    @Test
    void aMissingPinIsRefusedByTheRule() {
        assertThatExceptionOfType(InvalidPinException.class).isThrownBy(() -> Pin.of((String) null))
                .withMessage(InvalidPinException.RULE);
    }

    @Test
    void aPinNeverShowsItsDigits() throws Exception {
        assertThat(Pin.of("73914862")).hasToString("Pin[****]");
    }

    @Test
    void aPinIsACopyThatTheCallerMayClear() throws Exception {
        char[] typed = "4321".toCharArray();
        Pin pin = Pin.of(typed);

        java.util.Arrays.fill(typed, '\0');

        assertThat(pin.digits()).containsExactly('4', '3', '2', '1');
    }
}
