package com.lana.checkout.api.staff;

import java.util.Locale;

/** What a clerk may do at a till: a manager may do everything, a clerk needs a manager's approval for some actions. */
public enum Role {
    CLERK,
    MANAGER;

    /**
     * The role a person typed, {@code clerk} or {@code manager} in any case, spaces around ignored.
     *
     * @throws IllegalArgumentException naming the text when it is neither
     */
    public static Role parse(String text) {
        String folded = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.toString().equals(folded)) {
                return role;
            }
        }
        throw new IllegalArgumentException("A role is clerk or manager, was '" + ClerkName.shown(text) + "'");
    }

    /** The role as it is typed and shown: {@code clerk}, {@code manager}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
