package com.lana.checkout.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProductCodeTest {

    private static final String LONGEST = "A".repeat(ProductCode.MAX_LENGTH);
    private static final String ONE_TOO_LONG = "A".repeat(ProductCode.MAX_LENGTH + 1);
    private static final String ABSURDLY_LONG = "P".repeat(10_000);

    @ParameterizedTest
    @CsvSource(textBlock = """
            ' pen ',     PEN
            PEN,         PEN
            tShirt,      TSHIRT
            '\tmug ',     MUG
            coffee-mug_2,COFFEE-MUG_2
            """)
    void trimsAndUpperCases(String raw, String canonical) throws InvalidRequestException {
        assertThat(ProductCode.normalize(raw)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8412345678905", "A-Z_0-9", "-", "_"})
    void aCodeAlreadyCanonicalComesBackUnchanged(String code) throws InvalidRequestException {
        assertThat(ProductCode.normalize(code)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PEN/", "PEN:", "PEN@", "PEN[", "PEN`", "PEN{", "PEN.", "PEN,"})
    void refusesTheCharactersNextToTheAllowedOnes(String code) {
        assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> ProductCode.normalize(code))
                .withMessageContaining("may only contain");
    }

    @Test
    void acceptsTheLongestCode() throws InvalidRequestException {
        assertThat(ProductCode.normalize(LONGEST)).isEqualTo(LONGEST);
    }

    @Test
    void refusesNullSayingTheCodeIsMissing() {
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> ProductCode.normalize(null))
                .withMessage("Product code is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t \n"})
    void refusesEmptyAndBlankCodes(String raw) {
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> ProductCode.normalize(raw))
                .withMessage("Product code is empty");
    }

    @Test
    void refusesACodeOneCharacterTooLong() {
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> ProductCode.normalize(ONE_TOO_LONG))
                .withMessage("Product code '" + ONE_TOO_LONG + "' is too long: at most 32 characters");
    }

    @Test
    void refusesAnAbsurdlyLongCodeWithoutRepeatingIt() {
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> ProductCode.normalize(ABSURDLY_LONG))
                .withMessageStartingWith("Product code 'PPPP")
                .withMessageContaining("(10000 characters)")
                .withMessageEndingWith("is too long: at most 32 characters")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @Test
    void refusesLettersOutsideAToZAndQuotesTheCode() {
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> ProductCode.normalize("PÉN"))
                .withMessage("Product code 'PÉN' may only contain letters A-Z, digits, '-' and '_'");
    }

    @Test
    void refusesControlCharactersAndEscapesThemInTheMessage() {
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> ProductCode.normalize("PE\u0000N"))
                .withMessage("Product code 'PE\\u0000N' may only contain letters A-Z, digits, '-' and '_'");
    }

    @Test
    void refusesInnerSpaces() {
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> ProductCode.normalize("T SHIRT"))
                .withMessageContaining("'T SHIRT'");
    }
}
