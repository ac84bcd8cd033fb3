package com.lana.checkout.server.store;

import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.api.audit.AuditEntry;

import java.time.LocalDate;
import java.util.List;

/**
 * The audit trail of a {@link CheckoutStore}: who did what at which till, kept for good. Append-only:
 * this seam has no way to change or remove an entry, and a database store refuses it in the database
 * too where it can. Thread-safe; a store that cannot reach its database answers
 * {@link StoreUnavailableException}.
 */
public interface AuditTrail {

    /** Adds {@code entry} at the end of the trail. */
    void append(AuditEntry entry) throws StoreUnavailableException;

    /** The entries whose time falls on {@code day}, in time order; entries of the same time in the order appended. */
    List<AuditEntry> day(LocalDate day) throws StoreUnavailableException;
}
