package com.lana.checkout.server.rmi;

import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.audit.AuditAction;
import com.lana.checkout.api.audit.AuditEntry;
import com.lana.checkout.api.staff.SignInRefusedException;
import com.lana.checkout.api.staff.Till;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.service.SessionFixture;
import com.lana.checkout.server.store.memory.InMemoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static com.lana.checkout.server.service.SessionFixture.BOB;
import static com.lana.checkout.server.service.SessionFixture.BOB_PIN;
import static com.lana.checkout.server.service.SessionFixture.WRONG_PIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * With mutual TLS a terminal signs clerks in only at the till its certificate names (its CN), over
 * real RMI on loopback; certificates made by the repository's own {@code scripts/make-dev-certs.sh
 * --till T01}. Without TLS the till a caller names is taken, as the control shows.
 */
@Timeout(300)
class TillCertificateTest {

    @TempDir
    static Path certificates;

    private final InMemoryStore store = new InMemoryStore();
    private CheckoutServer server;

    @BeforeAll
    static void makeACertificateAuthorityWithATerminalForTillT01() throws Exception {
        DevCertificates.makeWithTills(certificates, "T01");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aTerminalSignsInAtTheTillItsCertificateNames() throws Exception {
        CheckoutService checkout = connectOverTls(DevCertificates.terminal(certificates, "T01"));

        Till till = checkout.signIn("T01", BOB, BOB_PIN);

        assertThat(till.till()).isEqualTo("T01");
        assertThat(audit()).last().extracting(AuditEntry::action, AuditEntry::till)
                .containsExactly(AuditAction.SIGN_IN, "T01");
    }

    @Test
    void aTerminalAskingForAnotherTillIsRefusedNamingBothAndAudited() throws Exception {
        CheckoutService checkout = connectOverTls(DevCertificates.terminal(certificates, "T01"));

        SignInRefusedException refused = catchThrowableOfType(SignInRefusedException.class,
                () -> checkout.signIn("T02", BOB, BOB_PIN));

        assertThat(refused.reason()).isEqualTo(SignInRefusedException.Reason.WRONG_TILL);
        assertThat(refused).hasMessage("This terminal's certificate is for till T01, not T02: sign in at till T01");
        assertThat(audit()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
            assertThat(entry.till()).isEqualTo("T01");
            assertThat(entry.clerk()).isEqualTo(BOB);
            assertThat(entry.reason()).contains("T01", "T02");
        });
    }

    /** The PIN is not checked for another till: a wrong one there does not count towards a lock. */
    @Test
    void aWrongTillIsRefusedBeforeThePinIsChecked() throws Exception {
        CheckoutService checkout = connectOverTls(DevCertificates.terminal(certificates, "T01"));

        SignInRefusedException refused = catchThrowableOfType(SignInRefusedException.class,
                () -> checkout.signIn("T02", BOB, WRONG_PIN));

        assertThat(refused.reason()).isEqualTo(SignInRefusedException.Reason.WRONG_TILL);
        assertThat(store.clerks().find(com.lana.checkout.api.staff.ClerkName.of(BOB)).orElseThrow().failedAttempts())
                .isZero();
    }

    @Test
    void aCertificateThatNamesNoTillCannotSignIn() throws Exception {
        CheckoutService checkout = connectOverTls(DevCertificates.client(certificates, certificates));

        SignInRefusedException refused = catchThrowableOfType(SignInRefusedException.class,
                () -> checkout.signIn("T01", BOB, BOB_PIN));

        assertThat(refused.reason()).isEqualTo(SignInRefusedException.Reason.WRONG_TILL);
        assertThat(refused).hasMessageContaining("CN=lana-checkout-client").hasMessageContaining("names no till");
        assertThat(checkout.catalog()).as("it may still call").isEqualTo(CatalogFile.defaults());
    }

    /** The server's own process is trusted: it names the till. */
    @Test
    void aCallInProcessSignsInAtTheTillItNames() throws Exception {
        server = start(DevCertificates.server(certificates));

        server.service().signIn("T07", BOB, BOB_PIN);

        assertThat(audit()).last().extracting(AuditEntry::action, AuditEntry::till)
                .containsExactly(AuditAction.SIGN_IN, "T07");
    }

    /** Control: without TLS nothing proves which terminal calls, and the till named is taken. */
    @Test
    void withoutTlsTheTillNamedIsTaken() throws Exception {
        server = start(null);
        CheckoutService checkout = Checkout.connect("127.0.0.1", server.port());

        assertThat(checkout.signIn("T02", BOB, BOB_PIN).till()).isEqualTo("T02");
    }

    private CheckoutService connectOverTls(Checkout.Tls terminal) throws Exception {
        server = start(DevCertificates.server(certificates));
        return Checkout.connect(Checkout.options("127.0.0.1", server.port()).withTls(terminal));
    }

    private CheckoutServer start(Checkout.Tls tls) throws Exception {
        SessionFixture.addAnnAndBob(store);
        try {
            return CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()).withTls(tls)
                    .withStore(store).withSignIns(SessionFixture.POLICY));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private List<AuditEntry> audit() throws Exception {
        return store.audit().day(LocalDate.now());
    }
}
