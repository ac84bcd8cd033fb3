package com.lana.checkout.client.sale;

import java.util.Objects;

/**
 * A short message for the clerk, shown under the scan field. Its kind says how much it asks of the
 * clerk: a problem (a scan refused, a sale lost) is red and beeps; a warning (cash to give back) is
 * shown so it is seen, without a beep; information is plain. Immutable.
 */
public record Notice(Kind kind, String text) {

    /** How much a notice asks of the clerk. */
    public enum Kind {
        /** News or the outcome of what the clerk did: nothing to do. */
        INFORMATION,
        /** Something the clerk must see and may have to act on, though nothing went wrong here. */
        WARNING,
        /** Something went wrong or was refused: red, with a beep. */
        PROBLEM
    }

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static Notice info(String text) {
        return new Notice(Kind.INFORMATION, text);
    }

    public static Notice warning(String text) {
        return new Notice(Kind.WARNING, text);
    }

    public static Notice problem(String text) {
        return new Notice(Kind.PROBLEM, text);
    }

    public boolean isProblem() {
        return kind == Kind.PROBLEM;
    }

    /** A warning or a problem: later news does not hide it. */
    boolean standsOut() {
        return kind != Kind.INFORMATION;
    }
}
