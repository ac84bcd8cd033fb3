package com.lana.checkout.client.ui.clerks;

import com.lana.checkout.api.audit.AuditEntry;

import javax.swing.JTextField;
import java.awt.Window;
import java.util.Optional;

/**
 * Asks why, in a few words, before an action the audit trail records with its reason (opening the
 * drawer without a sale). Enter takes it, Esc gives up; a blank reason or one longer than the audit
 * trail keeps is refused in the dialog. Build and use on the EDT.
 */
public final class ReasonDialog {

    public static final String DIALOG = "reasonDialog";
    public static final String REASON = "reason";
    public static final String PROBLEM = "reasonProblem";
    public static final String OK = "reasonOk";

    private final JTextField reason = new JTextField(28);
    private final FieldsDialog form;
    private String answer;

    /** @param question what the reason is for, in a sentence */
    ReasonDialog(Window owner, String title, String question) {
        reason.setName(REASON);
        form = new FieldsDialog(owner, title, new FieldsDialog.Names(DIALOG, PROBLEM, OK), question, this::take)
                .field("Reason", reason);
    }

    /** Asks (modal); empty when the clerk gave up. */
    Optional<String> ask() {
        form.open(reason);
        return Optional.ofNullable(answer);
    }

    private void take() {
        String typed = reason.getText().strip();
        if (typed.isEmpty()) {
            form.refuse("Say why, in a few words", reason);
        } else if (typed.length() > AuditEntry.REASON_LENGTH) {
            form.refuse("At most " + AuditEntry.REASON_LENGTH + " characters, was " + typed.length(), reason);
        } else {
            answer = typed;
            form.close();
        }
    }
}
