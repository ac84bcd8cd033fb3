package com.lana.checkout.api.staff;

import java.io.Serial;
import java.io.Serializable;

/**
 * A manager's approval of one action, given on the spot at the till: the manager's name and PIN,
 * checked on the server for that action alone. {@link #toString()} never shows the PIN. Send it over
 * TLS outside a test. Immutable.
 *
 * @param manager the approving manager's name, as they sign in
 * @param pin their PIN
 */
public record Approval(String manager, String pin) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public Approval {
        if (manager == null || manager.isBlank()) {
            throw new IllegalArgumentException("The approving manager's name is missing");
        }
        if (pin == null || pin.isEmpty()) {
            throw new IllegalArgumentException("The approving manager's PIN is missing");
        }
    }

    public static Approval of(String manager, String pin) {
        return new Approval(manager, pin);
    }

    /** {@code approved by Maria}: never the PIN. */
    @Override
    public String toString() {
        return "approved by " + manager.strip();
    }
}
