package com.lana.checkout.api.staff;

import com.lana.checkout.api.CheckoutException;

/**
 * A clerk asked for an action that needs a manager's approval, and gave none, or one that was not
 * good (not a manager, a wrong PIN). Nothing was done. The message says which action and why, so the
 * till can ask a manager and send the same action again with an {@link Approval}.
 */
public class ApprovalRequiredException extends CheckoutException {
    private static final long serialVersionUID = 1L;

    private final String action;

    /** @param action what needs the approval, as the clerk would say it: {@code refund S-000001} */
    public ApprovalRequiredException(String action, String message) {
        super(message);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
