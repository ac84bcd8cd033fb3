package com.lana.checkout.api.shift;

import com.lana.checkout.api.Checkout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The till a terminal's TLS certificate is for: the CN of its subject when that is a till id, as
 * {@code scripts/make-dev-certs.sh --till T01} makes it. Key stores are made by the JDK's keytool.
 */
class TillOfCertificateTest {

    @TempDir
    Path folder;

    @Test
    void aCertificateWhoseCommonNameIsATillIdIsForThatTill() throws Exception {
        Path store = keyStore("CN=T01, OU=Tills, O=Lana");

        assertThat(Checkout.Tls.of(store, store).till()).contains("T01");
    }

    @Test
    void aCertificateWhoseCommonNameIsNoTillIdIsForNoTill() throws Exception {
        Path store = keyStore("CN=lana checkout client, O=Lana");

        assertThat(Checkout.Tls.of(store, store).till()).isEmpty();
    }

    @Test
    void aCertificateWithoutACommonNameIsForNoTill() throws Exception {
        Path store = keyStore("OU=Tills, O=Lana");

        assertThat(Checkout.Tls.of(store, store).till()).isEmpty();
    }

    /** A PKCS#12 store, password changeit, with one key whose self-signed certificate has {@code subject}. */
    private Path keyStore(String subject) throws Exception {
        Path store = folder.resolve("terminal.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "terminal",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", subject, "-validity", "2",
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit")
                .redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
        assertThat(process.exitValue()).as("keytool said: %s", said).isZero();
        return store;
    }
}
