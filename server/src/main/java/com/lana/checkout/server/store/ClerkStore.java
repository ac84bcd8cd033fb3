package com.lana.checkout.server.store;

import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.api.staff.ClerkName;
import com.lana.checkout.api.staff.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The shop's clerks: the fourth seam of a {@link CheckoutStore}. A clerk is keyed by the folded form
 * of their name ({@link ClerkName#key()}), so {@code Ann} and {@code ann} are one clerk, and keeps
 * the form they were added with for display. The store keeps a PIN's hash only, never the PIN.
 * Each operation is one atomic step: servers sharing a database that record a failed PIN of one
 * clerk at the same moment both count.
 *
 * <p>Implementations are thread-safe.
 */
public interface ClerkStore {

    /**
     * Adds a clerk who may sign in, with no failed attempts.
     *
     * @return false, changing nothing, when a clerk already has this name (whatever its case)
     */
    boolean add(ClerkName name, Role role, String pinHash) throws StoreUnavailableException;

    /** Every clerk, disabled ones too, in the order of their names' folded form. */
    List<StoredClerk> list() throws StoreUnavailableException;

    /** The clerk of this name, whatever its case. */
    Optional<StoredClerk> find(ClerkName name) throws StoreUnavailableException;

    /**
     * Stops the clerk from signing in from now on; disabling a disabled clerk changes nothing.
     *
     * @return false when no clerk has this name
     */
    boolean disable(ClerkName name) throws StoreUnavailableException;

    /**
     * Gives the clerk a new PIN's hash, and clears their failed attempts and any lock.
     *
     * @return false when no clerk has this name
     */
    boolean setPinHash(ClerkName name, String pinHash) throws StoreUnavailableException;

    /**
     * Counts one more wrong PIN for the clerk, in one atomic step, and answers the count. When the count
     * reaches {@code limit}, the clerk is locked until {@code at + lockFor}. A lock that had ended before
     * {@code at} is forgotten first, so the count starts again at 1.
     *
     * @return the clerk's count of wrong PINs in a row, this one included; 0 when no clerk has this name
     */
    int recordFailure(ClerkName name, Instant at, int limit, Duration lockFor) throws StoreUnavailableException;

    /** Clears the clerk's failed attempts and any lock, after a right PIN. */
    void resetFailures(ClerkName name) throws StoreUnavailableException;

    /** Whether the store has any clerk, disabled ones too. Cheap: a server with none runs open. */
    boolean hasClerks() throws StoreUnavailableException;
}
