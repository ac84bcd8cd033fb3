package com.lana.checkout.client.app;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The till id a till goes by without {@code --till}: its machine's name, cut to fit. */
class TillIdsTest {

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
}
