package com.lana.checkout.server.service;

import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.api.staff.ClerkName;
import com.lana.checkout.api.staff.InvalidPinException;
import com.lana.checkout.api.staff.Role;
import com.lana.checkout.server.security.Pepper;
import com.lana.checkout.server.security.Pin;
import com.lana.checkout.server.security.PinHasher;
import com.lana.checkout.server.security.SignInPolicy;
import com.lana.checkout.server.store.CheckoutStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The shop of the session tests: Ann, a manager, and Bob, a clerk, with PINs no other number in a log
 * or a database is likely to hold, and a clock the test moves.
 */
public final class SessionFixture {

    public static final String ANN = "Ann";
    public static final String ANN_PIN = "73914682";
    public static final String BOB = "Bob";
    public static final String BOB_PIN = "58204617";
    public static final String WRONG_PIN = "11112222";

    /** The PIN pepper of the session tests, as a server in a JVM of its own reads it from a file. */
    public static final String PEPPER = "the session tests' own pepper";

    /** One hasher for all tests: its pepper is a test's, never read from the user's home. */
    public static final PinHasher HASHER = new PinHasher(Pepper.load(
            Map.of(Pepper.VARIABLE, PEPPER), Path.of("no-pepper-file")));

    /** Sign-ins checked with {@link #HASHER}, the default limits and idle timeout. */
    public static final SignInPolicy POLICY = SignInPolicy.defaults().withHasher(() -> HASHER);

    private SessionFixture() {
    }

    /** Adds Ann (manager) and Bob (clerk) to {@code store}. */
    public static void addAnnAndBob(CheckoutStore store) throws StoreUnavailableException, InvalidPinException {
        store.clerks().add(ClerkName.of(ANN), Role.MANAGER, HASHER.hash(Pin.of(ANN_PIN)));
        store.clerks().add(ClerkName.of(BOB), Role.CLERK, HASHER.hash(Pin.of(BOB_PIN)));
    }

    /** A clock that stands still until a test moves it on. */
    public static final class TestClock extends Clock {
        private volatile Instant now;

        public TestClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("a test clock stays in UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
