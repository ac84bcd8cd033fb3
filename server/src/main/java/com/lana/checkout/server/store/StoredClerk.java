package com.lana.checkout.server.store;

import com.lana.checkout.api.staff.Clerk;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A clerk as a {@link ClerkStore} keeps them: what anyone may see, and what only the server's sign-in
 * reads, the PIN's hash and the wrong PINs in a row. Immutable. Its {@code toString} leaves the hash out.
 *
 * @param lockedUntil when the lock of too many wrong PINs ends, or null when the clerk was not locked
 *     since their last right PIN (a lock in the past has ended)
 */
public record StoredClerk(Clerk clerk, String pinHash, int failedAttempts, Instant lockedUntil) {

    public StoredClerk {
        Objects.requireNonNull(clerk, "clerk");
        Objects.requireNonNull(pinHash, "pinHash");
        if (failedAttempts < 0) {
            throw new IllegalArgumentException("Failed attempts cannot be negative, was " + failedAttempts);
        }
    }

    /** When the clerk's lock ends, if they are locked at {@code now}. */
    public Optional<Instant> lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now) ? Optional.of(lockedUntil) : Optional.empty();
    }

    @Override
    public String toString() {
        return "StoredClerk[" + clerk + ", failedAttempts=" + failedAttempts + ", lockedUntil=" + lockedUntil + "]";
    }
}
