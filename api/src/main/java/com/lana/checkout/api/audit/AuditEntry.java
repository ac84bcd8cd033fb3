package com.lana.checkout.api.audit;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.print.ReceiptText;
import com.lana.checkout.api.shift.TillId;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One line of the audit trail: who did what at which till, and when. The store only ever adds them;
 * nothing edits or deletes one. Immutable.
 *
 * @param time when, in the shop's local time
 * @param till the till's id
 * @param clerk who did it, or null where no clerk signs in (or a sign-in for an unknown name)
 * @param action what was done
 * @param touched what it was done to, in a few words ({@code S-000001}, {@code R-000001},
 *     {@code basket 0XV-0KJ}, {@code shift T01-3}), or null when it touched nothing (a sign-in)
 * @param amount the money it moved or concerned, or null when none
 * @param approvedBy the manager who approved it on the spot, or null when no approval was needed
 * @param reason why, as the clerk gave it, or null when none was asked
 */
public record AuditEntry(LocalDateTime time, String till, String clerk, AuditAction action, String touched,
                         Money amount, String approvedBy, String reason) implements Serializable {

    /** The longest {@code touched} reference. */
    public static final int TOUCHED_LENGTH = 64;
    /** The longest reason. */
    public static final int REASON_LENGTH = 200;

    public AuditEntry {
        Objects.requireNonNull(time, "time");
        TillId.require(till);
        if (clerk != null) {
            TillId.requireName(clerk, "clerk");
        }
        Objects.requireNonNull(action, "action");
        if (touched != null) {
            TillId.requireText(touched, "reference of what " + action + " touched", TOUCHED_LENGTH);
        }
        if (approvedBy != null) {
            TillId.requireName(approvedBy, "manager who approved " + action);
        }
        if (reason != null) {
            TillId.requireText(reason, "reason for " + action, REASON_LENGTH);
        }
    }

    /** An entry of {@code action} by {@code clerk}, touching nothing, with no amount, approval or reason. */
    public static AuditEntry of(LocalDateTime time, String till, String clerk, AuditAction action) {
        return new AuditEntry(time, till, clerk, action, null, null, null, null);
    }

    /**
     * The entry as the journal prints it, {@value Sale#RECEIPT_WIDTH} columns: time, till and clerk,
     * then the action and what it touched with the amount, then who approved it and why, when given.
     */
    @Override
    public String toString() {
        ReceiptText out = new ReceiptText();
        out.item(ReceiptText.TIME.format(time) + " " + till + " ", clerk == null ? "(no clerk)"
                : ReceiptText.printable(clerk), "", "");
        out.item("  " + action + (touched == null ? "" : " "), touched == null ? "" : ReceiptText.printable(touched),
                "", amount == null ? "" : amount.toString());
        if (approvedBy != null) {
            out.item("  approved by ", ReceiptText.printable(approvedBy), "", "");
        }
        if (reason != null) {
            out.item("  reason: ", ReceiptText.printable(reason), "", "");
        }
        return out.toString();
    }
}
