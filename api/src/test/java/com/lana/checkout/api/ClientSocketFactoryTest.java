package com.lana.checkout.api;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The socket factory a server puts in its stubs takes on the settings of the connection that reads
 * it, and factories of connections with different settings are told apart (RMI pools sockets per factory).
 */
class ClientSocketFactoryTest {

    private static final Checkout.Options QUICK = Checkout.options("till", 1099)
            .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(300));

    @Test
    void aFactoryReadDuringALookupTakesOnThatConnectionsSettings() throws Exception {
        ClientSocketFactory read = readDuringALookup(ClientSocketFactory.PLAIN);

        assertThat(read.settings()).isEqualTo(ClientSettings.of(QUICK));
        assertThat(read.settings().callTimeoutMillis()).isEqualTo(300);
    }

    @Test
    void aFactoryReadDuringALookupKeepsItsMode() throws Exception {
        ClientSocketFactory read = readDuringALookup(ClientSocketFactory.PLAIN);

        assertThat(read.isTls()).isFalse();
    }

    @Test
    void aFactoryReadDuringALookupIsToldApartFromOneWithTheDefaults() throws Exception {
        ClientSocketFactory read = readDuringALookup(ClientSocketFactory.PLAIN);

        assertThat(read).isNotEqualTo(ClientSocketFactory.PLAIN);
    }

    @Test
    void aFactoryReadOutsideALookupHasTheDefaults() throws Exception {
        ClientSocketFactory read = roundTrip(ClientSocketFactory.TLS);

        assertThat(read).isEqualTo(ClientSocketFactory.TLS).hasSameHashCodeAs(ClientSocketFactory.TLS);
        assertThat(read.settings().callTimeoutMillis())
                .isEqualTo(ClientSettings.DEFAULT_CALL_TIMEOUT.toMillis());
    }

    @Test
    void connectionsWithEqualOptionsShareAFactory() {
        ClientSocketFactory quick = ClientSocketFactory.of(false, ClientSettings.of(QUICK));
        ClientSocketFactory quickAgain = ClientSocketFactory.of(false, ClientSettings.of(QUICK));

        assertThat(quick).isEqualTo(quickAgain).hasSameHashCodeAs(quickAgain);
    }

    @Test
    void connectionsWithOtherTimeoutsHaveAnotherFactory() {
        ClientSocketFactory quick = ClientSocketFactory.of(false, ClientSettings.of(QUICK));
        ClientSocketFactory patient = ClientSocketFactory.of(false, ClientSettings.of(
                QUICK.withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(30))));

        assertThat(quick).isNotEqualTo(patient);
    }

    @Test
    void aTlsConnectionHasAnotherFactoryThanAPlainOneWithEqualOptions() {
        ClientSocketFactory quick = ClientSocketFactory.of(false, ClientSettings.of(QUICK));

        assertThat(quick).isNotEqualTo(ClientSocketFactory.of(true, ClientSettings.of(QUICK)));
    }

    @Test
    void onlyTheModeTravels() throws Exception {
        ClientSocketFactory quick = ClientSocketFactory.of(true, ClientSettings.of(QUICK));

        assertThat(roundTrip(quick)).as("read outside a lookup").isEqualTo(ClientSocketFactory.TLS);
    }

    /** The factory as a connection with the {@link #QUICK} options reads it during its lookup. */
    private static ClientSocketFactory readDuringALookup(ClientSocketFactory factory) throws Exception {
        return ClientSettings.lookingUp(ClientSettings.of(QUICK), () -> roundTrip(factory));
    }

    private static ClientSocketFactory roundTrip(ClientSocketFactory factory) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(factory);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ClientSocketFactory) in.readObject();
        }
    }
}
