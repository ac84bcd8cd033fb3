package com.lana.checkout.server.security;

import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.api.staff.Clerk;
import com.lana.checkout.api.staff.ClerkName;
import com.lana.checkout.api.staff.InvalidPinException;
import com.lana.checkout.api.staff.SignInRefusedException;
import com.lana.checkout.api.staff.SignInRefusedException.Reason;
import com.lana.checkout.server.store.ClerkStore;
import com.lana.checkout.server.store.StoredClerk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a clerk's name and PIN against the store. {@value #LOCK_AFTER} wrong PINs in a row lock that
 * clerk for {@link #LOCK_FOR} (by the clock given), on every server of the store; a right PIN clears the
 * count, and the lock ends by itself. The answer to the caller does not tell a name nobody has from a
 * wrong PIN; the log does, and never holds a PIN. Thread-safe.
 */
public final class ClerkAuthenticator {

    private static final Logger LOG = Logger.getLogger(ClerkAuthenticator.class.getName());

    /** Wrong PINs in a row that lock a clerk. */
    public static final int LOCK_AFTER = 5;
    /** How long a lock lasts. */
    public static final Duration LOCK_FOR = Duration.ofMinutes(5);

    private static final String WRONG = "Wrong clerk name or PIN";

    private final ClerkStore clerks;
    private final PinHasher hasher;
    private final Clock clock;
    /** Checked against a PIN for a name nobody has, so that such an answer takes as long as a wrong PIN's. */
    private final String decoy;

    public ClerkAuthenticator(ClerkStore clerks, PinHasher hasher, Clock clock) {
        this.clerks = clerks;
        this.hasher = hasher;
        this.clock = clock;
        Pin decoyPin = Pin.decoy();
        this.decoy = hasher.hash(decoyPin);
        decoyPin.clear();
    }

    /**
     * The clerk of {@code name} when {@code pin} is theirs and they may sign in. Clears the caller's
     * {@code pin} array before answering.
     *
     * @throws InvalidPinException when {@code pin} cannot be a PIN (not counted as a wrong PIN)
     * @throws SignInRefusedException when the name or PIN is wrong, or the clerk is locked or disabled
     */
    public Clerk authenticate(String name, char[] pin)
            throws SignInRefusedException, InvalidPinException, StoreUnavailableException {
        Pin typed;
        try {
            typed = Pin.of(pin);
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
        try {
            return authenticate(name, typed);
        } finally {
            typed.clear();
        }
    }

    private Clerk authenticate(String typedName, Pin pin) throws SignInRefusedException, StoreUnavailableException {
        Optional<ClerkName> name = parse(typedName);
        Optional<StoredClerk> found = name.isPresent() ? clerks.find(name.get()) : Optional.empty();
        if (found.isEmpty()) {
            hasher.matches(pin, decoy);
            LOG.info(() -> "Sign-in refused: no clerk named '" + shown(typedName) + "'");
            throw new SignInRefusedException(Reason.WRONG_NAME_OR_PIN, WRONG);
        }
        StoredClerk stored = found.get();
        Clerk clerk = stored.clerk();
        Instant now = clock.instant();
        Optional<Instant> locked = stored.lockedAt(now);
        if (locked.isPresent()) {
            LOG.info(() -> "Sign-in refused: " + clerk.name() + " is locked until " + locked.get());
            throw lockedUntil(clerk, locked.get());
        }
        if (!hasher.matches(pin, stored.pinHash())) {
            int failures = clerks.recordFailure(clerk.name(), now, LOCK_AFTER, LOCK_FOR);
            if (failures >= LOCK_AFTER) {
                Instant until = now.plus(LOCK_FOR);
                LOG.warning(() -> "Sign-in refused: wrong PIN for " + clerk.name() + ", " + failures
                        + " in a row: locked until " + until);
                throw lockedUntil(clerk, until);
            }
            LOG.info(() -> "Sign-in refused: wrong PIN for " + clerk.name() + " (" + failures + " of "
                    + LOCK_AFTER + " before a lock)");
            throw new SignInRefusedException(Reason.WRONG_NAME_OR_PIN, WRONG);
        }
        if (stored.failedAttempts() > 0 || stored.lockedUntil() != null) {
            clerks.resetFailures(clerk.name());
        }
        if (clerk.disabled()) {
            LOG.info(() -> "Sign-in refused: " + clerk.name() + " is disabled");
            throw new SignInRefusedException(Reason.DISABLED, clerk.name() + " may no longer sign in: ask a manager");
        }
        LOG.log(Level.FINE, () -> clerk.name() + " signed in");
        return clerk;
    }

    private SignInRefusedException lockedUntil(Clerk clerk, Instant until) {
        LocalTime at = until.atZone(clock.getZone()).toLocalTime().truncatedTo(ChronoUnit.SECONDS);
        return new SignInRefusedException(Reason.LOCKED, clerk.name() + " is locked after " + LOCK_AFTER
                + " wrong PINs in a row; try again after " + at + ", or ask a manager to reset the PIN");
    }

    private static Optional<ClerkName> parse(String typed) {
        try {
            return Optional.of(ClerkName.of(typed));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A typed name as it may go into a log line: at most 40 characters, control characters dropped; a
     * name of digits only is not shown, as it may be a PIN typed into the wrong field.
     */
    private static String shown(String typed) {
        if (typed == null) {
            return "";
        }
        if (!typed.isBlank() && typed.strip().chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "(" + typed.strip().length() + " digits, not shown)";
        }
        String printable = typed.codePoints().filter(cp -> !Character.isISOControl(cp))
                .limit(40).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.strip();
    }
}
