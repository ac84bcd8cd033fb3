package com.lana.checkout.server.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ListenAddressConverterTest {

    private final ListenAddressConverter converter = new ListenAddressConverter();

    @ParameterizedTest(name = "{0} listens on {1} port {2}")
    @CsvSource(delimiter = '|', textBlock = """
            9464            | 127.0.0.1 | 9464
            0.0.0.0:9464    | 0.0.0.0   | 9464
            127.0.0.1:1     | 127.0.0.1 | 1
            [::1]:65535     | 0:0:0:0:0:0:0:1 | 65535
            """)
    void readsAPortAloneAsLoopbackAndAHostBeforeIt(String text, String address, int port) {
        InetSocketAddress listen = converter.convert(text);

        assertThat(listen.getAddress().getHostAddress()).isEqualTo(address);
        assertThat(listen.getPort()).isEqualTo(port);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"0", "65536", "-1", "abc", "localhost", ":9464", "127.0.0.1:", "no-such-host.invalid:9464"})
    void refusesWhatIsNotAnAddressAndAPortToListenOn(String text) {
        assertThatExceptionOfType(CommandLine.TypeConversionException.class)
                .isThrownBy(() -> converter.convert(text))
                .withMessageContaining("'" + text + "'");
    }
}
