package com.lana.checkout.server.service;

import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.api.staff.SignInRequiredException;
import com.lana.checkout.server.store.ClerkStore;

import java.util.concurrent.TimeUnit;

/**
 * Whether the store has clerks, and so whether calls that change money or a sale need a signed-in
 * {@link com.lana.checkout.api.staff.Till}. A store without clerks is asked again at most once per
 * {@link #RECHECK_NANOS}; once it has one it always has (clerks are disabled, never removed), so the
 * answer is kept. Thread-safe.
 */
final class ClerkPresence {

    static final String MESSAGE = "This shop's tills need a clerk signed in: sign in with "
            + "checkout.signIn(till, clerk, pin)";

    /** How long "no clerks" is believed before the store is asked again: one second. */
    static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final ClerkStore clerks;
    private volatile boolean present;
    private volatile boolean checked;
    private volatile long checkedAt;

    ClerkPresence(ClerkStore clerks) {
        this.clerks = clerks;
    }

    /** @throws SignInRequiredException when the store has clerks */
    void requireNone() throws SignInRequiredException, StoreUnavailableException {
        if (present()) {
            throw new SignInRequiredException(MESSAGE);
        }
    }

    boolean present() throws StoreUnavailableException {
        if (present) {
            return true;
        }
        long now = System.nanoTime();
        if (checked && now - checkedAt < RECHECK_NANOS) {
            return false;
        }
        boolean has = clerks.hasClerks();
        checkedAt = now;
        checked = true;
        present = has;
        return has;
    }
}
