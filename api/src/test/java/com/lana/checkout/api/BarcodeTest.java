package com.lana.checkout.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BarcodeTest {

    /** An EAN-13: its last digit, 5, is the check digit of the twelve before it. */
    private static final String EAN_13 = "8412345678905";
    /** A UPC-A code (12 digits) and the EAN-13 it is, with a leading 0. */
    private static final String UPC_A = "036000291452";
    private static final String UPC_A_AS_EAN_13 = "0036000291452";
    private static final String EAN_8 = "54490000";

    @Test
    void aValidEan13IsItsOwnCanonicalForm() {
        assertThat(Barcode.canonical(EAN_13)).isEqualTo(EAN_13);
    }

    @Test
    void theCheckDigitOfAnEan13IsComputedFromItsTwelveOtherDigits() {
        assertThat(Barcode.checkDigit("841234567890")).isEqualTo('5');
        assertThat(Barcode.checkDigit("400638133393")).isEqualTo('1');
    }

    @Test
    void oneDigitWrongIsAMisread() {
        String oneDigitWrong = "8412345678965";

        assertThat(Barcode.isMisread(oneDigitWrong)).isTrue();
        assertThat(Barcode.parse(oneDigitWrong)).isEmpty();
    }

    @Test
    void aWrongCheckDigitIsRefusedNamingTheOneExpected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Barcode.canonical("8412345678904"))
                .withMessage("Barcode 8412345678904 has a wrong check digit (expected 5 after 841234567890)");
    }

    @Test
    void twoNeighbourDigitsTransposedAreAMisread() {
        String transposed = "8412345687905";   // ...678... read as ...687...

        assertThat(Barcode.isMisread(transposed)).isTrue();
    }

    @Test
    void aUpcACodeIsReadAsTheEan13WithALeadingZero() {
        assertThat(Barcode.canonical(UPC_A)).isEqualTo(UPC_A_AS_EAN_13);
        assertThat(Barcode.canonical(UPC_A_AS_EAN_13)).isEqualTo(UPC_A_AS_EAN_13);
    }

    @Test
    void aUpcACodeWithAWrongCheckDigitIsAMisread() {
        assertThat(Barcode.isMisread("036000291453")).isTrue();
    }

    @Test
    void anEan8IsItsOwnCanonicalForm() {
        assertThat(Barcode.canonical(EAN_8)).isEqualTo(EAN_8);
    }

    @Test
    void anEan8WithAWrongCheckDigitIsAMisread() {
        assertThat(Barcode.isMisread("54490001")).isTrue();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"PEN", "84123456789", "84123456789055", "1234567", "841234567890X", "8412345 78905", ""})
    void textThatIsNotEightTwelveOrThirteenDigitsIsNoBarcode(String text) {
        assertThat(Barcode.looksLikeBarcode(text)).isFalse();
        assertThat(Barcode.isMisread(text)).as("never a misread").isFalse();
        assertThat(Barcode.parse(text)).isEmpty();
    }

    @Test
    void textThatIsNoBarcodeIsRefusedNamingTheLengths() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Barcode.canonical("84123456789X5"))
                .withMessage("'84123456789X5' is not a barcode: EAN-13, UPC-A or EAN-8 are 13, 12 or 8 digits");
    }

    @Test
    void nullIsNoBarcode() {
        assertThat(Barcode.looksLikeBarcode(null)).isFalse();
    }
}
