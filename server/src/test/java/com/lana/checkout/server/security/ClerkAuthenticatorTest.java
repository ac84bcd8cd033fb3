package com.lana.checkout.server.security;

import com.lana.checkout.api.staff.Clerk;
import com.lana.checkout.api.staff.ClerkName;
import com.lana.checkout.api.staff.InvalidPinException;
import com.lana.checkout.api.staff.Role;
import com.lana.checkout.api.staff.SignInRefusedException;
import com.lana.checkout.api.staff.SignInRefusedException.Reason;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.ClerkStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Signing a clerk in with name and PIN, with a lock after five wrong PINs, on a memory store and a clock the test moves. */
class ClerkAuthenticatorTest {

    private static final String ANN_PIN = "4711";
    private static final String WRONG_PIN = "1147";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T09:00:00Z"));
    private final PinHasher hasher = new PinHasher(
            Pepper.of("the shop's own pepper, 32 bytes!".getBytes(StandardCharsets.UTF_8), "test"));
    private CheckoutStore store;
    private ClerkStore clerks;
    private ClerkAuthenticator authenticator;

    @BeforeEach
    void addAnn() throws Exception {
        store = CheckoutStores.open(CheckoutStores.MEMORY);
        clerks = store.clerks();
        clerks.add(ClerkName.of("Ann"), Role.MANAGER, hasher.hash(Pin.of(ANN_PIN)));
        authenticator = new ClerkAuthenticator(clerks, hasher, clock);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Clerk signIn(String name, String pin) throws Exception {
        return authenticator.authenticate(name, pin.toCharArray());
    }

    private SignInRefusedException refused(String name, String pin) {
        return catchThrowableOfType(SignInRefusedException.class, () -> signIn(name, pin));
    }

    private void wrongPins(int count) {
        for (int i = 0; i < count; i++) {
            refused("Ann", WRONG_PIN);
        }
    }

    @Test
    void theRightPinSignsTheClerkInByTheirNameInAnyCase() throws Exception {
        assertThat(signIn(" ann ", ANN_PIN)).isEqualTo(Clerk.active("Ann", Role.MANAGER));
    }

    @Test
    void aWrongPinIsRefusedWithTheSameAnswerAsANameNobodyHas() {
        SignInRefusedException wrongPin = refused("Ann", WRONG_PIN);
        SignInRefusedException nobody = refused("Zoe", ANN_PIN);

        assertThat(wrongPin.reason()).isEqualTo(Reason.WRONG_NAME_OR_PIN).isEqualTo(nobody.reason());
        assertThat(wrongPin).hasMessage("Wrong clerk name or PIN").hasMessage(nobody.getMessage());
    }

    @Test
    void theLogSaysWhetherTheNameOrThePinWasWrong() {
        try (CapturedLog log = new CapturedLog()) {
            refused("Ann", WRONG_PIN);
            refused("Zoe", ANN_PIN);

            assertThat(log.messages()).containsExactly(
                    "Sign-in refused: wrong PIN for Ann (1 of 5 before a lock)",
                    "Sign-in refused: no clerk named 'Zoe'");
        }
    }

    @Test
    void aPinTypedAsTheNameIsNotLogged() {
        try (CapturedLog log = new CapturedLog()) {
            refused("73914862", ANN_PIN);

            assertThat(log.text()).doesNotContain("73914862").contains("8 digits, not shown");
        }
    }

    @Test
    void somethingThatIsNoPinIsInvalidAndNotCountedAsAWrongPin() throws Exception {
        assertThatExceptionOfType(InvalidPinException.class).isThrownBy(() -> signIn("Ann", "12"));

        assertThat(clerks.find(ClerkName.of("Ann")).orElseThrow().failedAttempts()).isZero();
    }

    @Test
    void fiveWrongPinsInARowLockTheClerkEvenAgainstTheRightPin() {
        wrongPins(4);

        SignInRefusedException fifth = refused("Ann", WRONG_PIN);
        SignInRefusedException rightPinWhileLocked = refused("Ann", ANN_PIN);

        assertThat(fifth.reason()).isEqualTo(Reason.LOCKED);
        assertThat(fifth).hasMessage("Ann is locked after 5 wrong PINs in a row; try again after 09:05, "
                + "or ask a manager to reset the PIN");
        assertThat(rightPinWhileLocked.reason()).isEqualTo(Reason.LOCKED);
    }

    @Test
    void theLockIsLoggedAsAWarning() {
        try (CapturedLog log = new CapturedLog()) {
            wrongPins(5);

            assertThat(log.messagesAtLeast(Level.WARNING)).containsExactly(
                    "Sign-in refused: wrong PIN for Ann, 5 in a row: locked until 2026-12-04T09:05:00Z");
        }
    }

    @Test
    void theLockEndsByItselfAfterFiveMinutes() throws Exception {
        wrongPins(5);

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(refused("Ann", ANN_PIN).reason()).isEqualTo(Reason.LOCKED);

        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn("Ann", ANN_PIN).name()).isEqualTo(ClerkName.of("Ann"));
    }

    @Test
    void aWrongPinAfterTheLockEndedStartsANewCount() throws Exception {
        wrongPins(5);
        clock.advance(Duration.ofMinutes(5));

        wrongPins(4);

        assertThat(refused("Ann", WRONG_PIN).reason()).isEqualTo(Reason.LOCKED);
        assertThat(clerks.find(ClerkName.of("Ann")).orElseThrow().failedAttempts()).isEqualTo(5);
    }

    @Test
    void aRightPinClearsTheCountOfWrongOnes() throws Exception {
        wrongPins(4);
        signIn("Ann", ANN_PIN);

        wrongPins(4);

        assertThat(signIn("Ann", ANN_PIN).name()).isEqualTo(ClerkName.of("Ann"));
    }

    @Test
    void aDisabledClerkWithTheRightPinIsToldSo() throws Exception {
        clerks.disable(ClerkName.of("Ann"));

        SignInRefusedException refused = refused("Ann", ANN_PIN);

        assertThat(refused.reason()).isEqualTo(Reason.DISABLED);
        assertThat(refused).hasMessage("Ann may no longer sign in: ask a manager");
    }

    @Test
    void aDisabledClerkWithAWrongPinGetsTheWrongPinAnswer() throws Exception {
        clerks.disable(ClerkName.of("Ann"));

        assertThat(refused("Ann", WRONG_PIN).reason()).isEqualTo(Reason.WRONG_NAME_OR_PIN);
    }

    @Test
    void theCallersPinIsClearedOnceChecked() throws Exception {
        char[] typed = ANN_PIN.toCharArray();

        authenticator.authenticate("Ann", typed);

        assertThat(typed).containsOnly('\0');
    }
}
