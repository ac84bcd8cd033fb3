package com.lana.checkout.api.staff;

import java.io.Serializable;
import java.util.Objects;

/**
 * A clerk as anyone may see them: name, role and whether they may still sign in. Never a PIN nor
 * its hash. Immutable and thread-safe.
 *
 * @param disabled whether the clerk may no longer sign in (they left the shop; their past stays on record)
 */
public record Clerk(ClerkName name, Role role, boolean disabled) implements Serializable {

    public Clerk {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** A clerk who may sign in. */
    public static Clerk active(String name, Role role) {
        return new Clerk(ClerkName.of(name), role, false);
    }
}
