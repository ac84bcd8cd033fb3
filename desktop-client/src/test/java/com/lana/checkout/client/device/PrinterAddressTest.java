package com.lana.checkout.client.device;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrinterAddressTest {

    @Test
    void aNetworkPrinterIsAHostAndAPort() {
        assertThat(PrinterAddress.parse("tcp://printer.shop:9101"))
                .isEqualTo(new PrinterAddress(PrinterAddress.Kind.TCP, "printer.shop", 9101));
    }

    @Test
    void aNetworkPrinterWithoutAPortListensOn9100() {
        assertThat(PrinterAddress.parse("tcp://10.0.0.7").port()).isEqualTo(9100);
    }

    @Test
    void aDeviceFileAndAQueueAreNamed() {
        assertThat(PrinterAddress.parse("file:/dev/usb/lp0"))
                .isEqualTo(new PrinterAddress(PrinterAddress.Kind.FILE, "/dev/usb/lp0", 0));
        assertThat(PrinterAddress.parse("queue:TM-T20"))
                .isEqualTo(new PrinterAddress(PrinterAddress.Kind.QUEUE, "TM-T20", 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lpt1", "tcp://host:x", "tcp://host:70000", "file:", "queue: "})
    void anythingElseIsRefusedNamingWhatWasGiven(String given) {
        assertThatThrownBy(() -> PrinterAddress.parse(given)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageFindingMatch("was |is empty");
    }
}
