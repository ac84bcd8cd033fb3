package com.lana.checkout.server.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            500ms, PT0.5S
            0s,    PT0S
            90s,   PT1M30S
            30m,   PT30M
            4h,    PT4H
            ' 1D', PT24H
            PT4H,  PT4H
            """)
    void readsDurationsAsPeopleTypeThem(String text, String iso) {
        assertThat(converter.convert(text)).isEqualTo(Duration.parse(iso));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-1s", "4x", "abc", "", "h", "PT-4H"})
    void refusesWhatIsNotADurationNamingIt(String text) {
        assertThatExceptionOfType(CommandLine.TypeConversionException.class)
                .isThrownBy(() -> converter.convert(text))
                .withMessageContaining("'" + text + "' is not a duration");
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(textBlock = """
            4h,  4h
            30m, 30m
            90m, 1h30m
            """)
    void writesDurationsShort(String text, String written) {
        assertThat(DurationConverter.format(converter.convert(text))).isEqualTo(written);
    }
}
