package com.lana.checkout.client.ui.journal;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.audit.AuditEntry;
import com.lana.checkout.api.staff.ApprovalRequiredException;
import com.lana.checkout.client.clerks.ShiftRecords;
import com.lana.checkout.client.link.ServerLink;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * The journal's tab of the chosen day's audit trail, one entry a row in time order: who did what at
 * which till, what it touched, the amount, who approved it and why. The server gives it to managers
 * only; a clerk sees that, in the server's words. Use on the EDT.
 */
public final class JournalAudit extends JournalRecordsView<AuditEntry> {

    public static final String TABLE = "journalAudit";
    public static final String MESSAGE = TABLE + "Message";

    private final ShiftRecords records;

    JournalAudit(ShiftRecords records, IntConsumer busy) {
        super(TABLE, new AuditTableModel(), AuditTableModel.WIDTHS, AuditTableModel.NUMBER_COLUMNS, busy);
        this.records = Objects.requireNonNull(records, "records");
    }

    @Override
    void read(LocalDate day, ServerLink.Reply<List<AuditEntry>> reply) {
        records.audit(day, reply);
    }

    @Override
    String holds(LocalDate day, List<AuditEntry> loaded) {
        return loaded.isEmpty() ? "Nothing in the audit trail on " + day
                : loaded.size() + (loaded.size() == 1 ? " entry" : " entries") + " in the audit trail of " + day;
    }

    @Override
    String refused(CheckoutException e) {
        return e instanceof ApprovalRequiredException ? "Managers only — " + e.getMessage()
                : "The audit trail could not be read: " + e.getMessage();
    }

    @Override
    String what() {
        return "the audit trail";
    }
}
