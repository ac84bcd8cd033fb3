package com.lana.checkout.client.ui.clerks;

import com.lana.checkout.api.Money;

import javax.swing.JTextField;
import java.awt.Window;
import java.util.Optional;

/**
 * Asks for an amount of cash — a float counted, cash in or out, a blind count — and, where one is
 * due, the reason. {@code 50}, {@code 50.00} and {@code 50,00} all do; Enter takes it, Esc gives up.
 * Shows nothing of what the till expects. Build and use on the EDT.
 */
public final class AmountDialog {

    public static final String DIALOG = "amountDialog";
    public static final String AMOUNT = "amount";
    public static final String REASON = "amountReason";
    public static final String PROBLEM = "amountProblem";
    public static final String OK = "amountOk";

    /** What the clerk typed: the amount, and the reason (empty where none was asked). */
    record Answer(Money amount, String reason) {
    }

    private final JTextField amount = new JTextField(10);
    private final JTextField reason = new JTextField(24);
    private final boolean asksReason;
    private final FieldsDialog form;
    private Answer answer;

    /**
     * @param question what to count or type, in a sentence
     * @param asksReason whether a reason is asked for too
     */
    AmountDialog(Window owner, String title, String question, boolean asksReason) {
        this.asksReason = asksReason;
        amount.setName(AMOUNT);
        reason.setName(REASON);
        form = new FieldsDialog(owner, title, new FieldsDialog.Names(DIALOG, PROBLEM, OK), question, this::take)
                .field("Amount (€)", amount);
        if (asksReason) {
            form.field("Reason", reason);
        }
    }

    /** Asks (modal); empty when the clerk gave up. */
    Optional<Answer> ask() {
        form.open(amount);
        return Optional.ofNullable(answer);
    }

    private void take() {
        if (amount.getText().isBlank()) {
            form.refuse("Type the amount in euros: 50, 50.00 or 50,00", amount);
            return;
        }
        Money typed;
        try {
            typed = Money.parse(amount.getText().strip().replace(',', '.'));
        } catch (IllegalArgumentException e) {
            form.refuse(e.getMessage(), amount);
            return;
        }
        if (typed.isNegative()) {
            form.refuse("An amount of cash is not negative, was " + typed, amount);
        } else if (asksReason && reason.getText().isBlank()) {
            form.refuse("Say why, in a few words", reason);
        } else {
            answer = new Answer(typed, reason.getText().strip());
            form.close();
        }
    }
}
