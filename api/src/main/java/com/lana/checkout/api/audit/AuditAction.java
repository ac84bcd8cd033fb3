package com.lana.checkout.api.audit;

/** What an {@link AuditEntry} records that someone did at a till. */
public enum AuditAction {
    /** A clerk signed in with the right PIN. */
    SIGN_IN,
    /** A sign-in with a wrong PIN, or for a disabled clerk. */
    SIGN_IN_FAILED,
    /** Too many wrong PINs locked the clerk out for a while. */
    LOCKED_OUT,
    SIGN_OUT,
    /** A sale with items was cancelled. */
    CANCEL_SALE,
    /** A line, or units of it, came off a sale. */
    VOID_LINE,
    REFUND,
    CASH_IN,
    CASH_OUT,
    /** The drawer was opened without a sale. */
    OPEN_DRAWER,
    OPEN_SHIFT,
    CLOSE_SHIFT,
    /** A manager's approval was asked for and refused (a wrong PIN, or no manager). */
    APPROVAL_REFUSED
}
