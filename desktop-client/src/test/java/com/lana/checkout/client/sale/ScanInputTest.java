package com.lana.checkout.client.sale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ScanInputTest {

    @ParameterizedTest(name = "''{0}'' is {1} × {2}")
    @CsvSource(textBlock = """
            PEN,          1,    PEN
            ' pen ',      1,    PEN
            3*PEN,        3,    PEN
            '3 * tshirt', 3,    TSHIRT
            1000*MUG,     1000, MUG
            8412345678905,   1, 8412345678905
            3*8412345678905, 3, 8412345678905
            036000291452,    1, 036000291452
            96385074,        1, 96385074
            """)
    void readsCodesWithAnOptionalQuantity(String text, int quantity, String code) throws Exception {
        assertThat(ScanInput.parse(text)).isEqualTo(new ScanInput(quantity, code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "0*PEN", "1001*PEN", "PEN MUG", "P€N", "3*"})
    void refusesWhatCannotBeAScan(String text) {
        assertThatExceptionOfType(ScanInput.InvalidScanException.class).isThrownBy(() -> ScanInput.parse(text))
                .withMessageNotContaining("Exception");
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(textBlock = """
            -1*PEN,          'Quantity must be 1-1000, was -1'
            0*PEN,           'Quantity must be 1-1000, was 0'
            1001*PEN,        'Quantity must be 1-1000, was 1001'
            99999999999*PEN, 'Quantity must be 1-1000, was 99999999999'
            """)
    void quantityErrorsNameTheQuantity(String text, String message) {
        assertThatExceptionOfType(ScanInput.InvalidScanException.class).isThrownBy(() -> ScanInput.parse(text))
                .withMessage(message);
    }

    @ParameterizedTest(name = "''{0}'' suggests {1}")
    @CsvSource(textBlock = """
            PEN*3,      3*PEN
            'mug * 12', 12*MUG
            8412345678905*3, 3*8412345678905
            """)
    void aQuantityTypedAfterTheCodeIsRefusedWithTheRightOrderSuggested(String text, String suggestion) {
        assertThatExceptionOfType(ScanInput.InvalidScanException.class).isThrownBy(() -> ScanInput.parse(text))
                .withMessage("'" + text + "' is not a scan: did you mean " + suggestion + "? The quantity comes first");
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(textBlock = """
            3,     3
            '3*',  3
            ' 12 ', 12
            """)
    void readsAQuantityTypedBeforeAProductButton(String text, int quantity) throws Exception {
        assertThat(ScanInput.quantityPrefix(text)).hasValue(quantity);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "PEN", "3*PEN"})
    void noQuantityPrefixInOtherText(String text) throws Exception {
        assertThat(ScanInput.quantityPrefix(text)).isEmpty();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"8412345678904", "3*8412345678904", "036000291453", "96385075", "8412345679805"})
    void aBarcodeWithAWrongCheckDigitIsAMisreadScan(String text) {
        String barcode = text.substring(text.indexOf('*') + 1);
        assertThatExceptionOfType(ScanInput.InvalidScanException.class).isThrownBy(() -> ScanInput.parse(text))
                .withMessage("Misread barcode " + barcode + ", scan again");
    }

    @ParameterizedTest
    @ValueSource(strings = {"84123456789", "84123456789050", "1234567"})
    void digitsOfNoBarcodesLengthAreCodesTheServerDecidesOn(String text) throws Exception {
        assertThat(ScanInput.parse(text).code()).isEqualTo(text);
    }
}
