package com.lana.checkout.client.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The till id a till goes by: {@code --till}, else the till its TLS certificate is for, else its
 * machine's name, cut to fit; never a till other than its certificate's.
 */
class TillIdsTest {

    private static final Path STORE = Path.of("till-T07.p12");

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(textBlock = """
            T01,                            T01
            till-3.shop.lan,                till-3
            'Caja Nº 2',                    CajaN2
            a-very-long-host-name-indeed,   a-very-long-host
            '...',                          TILL
            '',                             TILL
            """)
    void aHostNameIsCutToATillId(String hostName, String till) {
        assertThat(TillIds.of(hostName)).isEqualTo(till);
    }

    @Test
    void withoutTillTheTillIsTheCertificates() {
        assertThat(TillIds.chosen(null, Optional.of("T07"), STORE)).isEqualTo("T07");
    }

    @Test
    void aTillGivenThatIsTheCertificatesIsTaken() {
        assertThat(TillIds.chosen("T07", Optional.of("T07"), STORE)).isEqualTo("T07");
    }

    @Test
    void aTillGivenThatIsNotTheCertificatesIsRefusedNamingBoth() {
        assertThatIllegalArgumentException().isThrownBy(() -> TillIds.chosen("T02", Optional.of("T07"), STORE))
                .withMessage("this terminal's certificate (till-T07.p12) is for till T07, not T02: "
                        + "give --till T07 or the --keystore of till T02");
    }

    @Test
    void withoutTillOrCertificateTheTillIsTheMachines() {
        assertThat(TillIds.chosen(null, Optional.empty(), STORE)).isEqualTo(TillIds.fromHostName());
    }
}
