package com.lana.checkout.client.clerks;

import com.lana.checkout.api.audit.AuditEntry;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.client.link.ApprovalCalls.ApprovableCall;
import com.lana.checkout.client.link.ServerLink;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the signed-in clerk reads of the till's past, through their session: a day's Z reports, and
 * the day's audit trail, which the server gives managers only (a clerk's call is refused with the
 * server's words). Calls run off the UI thread through the {@link ServerLink}; answers come back on
 * it. Use on the UI thread.
 */
public final class ShiftRecords {

    private final ServerLink link;

    public ShiftRecords(ServerLink link) {
        this.link = Objects.requireNonNull(link, "link");
    }

    /** Whether a clerk is signed in, so that these records can be read. */
    public boolean signedIn() {
        return link.session() != null;
    }

    /**
     * Who reads: a token that is the same while the same clerk stays signed in and changes when the
     * till is locked or another clerk signs in; null while nobody is signed in.
     */
    public Object reader() {
        return link.session();
    }

    /** The Z reports of the shifts closed on {@code day}. */
    public void zReports(LocalDate day, ServerLink.Reply<List<ShiftReport>> reply) {
        link.call(false, service -> ApprovableCall.session(service).zReports(day), reply);
    }

    /** The audit trail of {@code day}, in time order; refused unless the clerk is a manager. */
    public void audit(LocalDate day, ServerLink.Reply<List<AuditEntry>> reply) {
        link.call(false, service -> ApprovableCall.session(service).audit(day), reply);
    }
}
