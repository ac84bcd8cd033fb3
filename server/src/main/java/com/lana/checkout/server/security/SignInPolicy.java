package com.lana.checkout.server.security;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How clerks' sessions run: how long one lasts unused, which actions need a manager's approval, and
 * the PIN hasher to check PINs with, made on first use (it needs the pepper). Immutable.
 *
 * @param idleTimeout a session unused this long ends
 * @param permissions which actions need a manager's approval
 * @param hasher makes the PIN hasher, with the server's pepper, the first time a PIN is checked
 */
public record SignInPolicy(Duration idleTimeout, Permissions permissions, Supplier<PinHasher> hasher) {

    /** Sessions end after 30 minutes unused by default. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);

    /** Sessions ending after 30 minutes unused, the default approval limits, the pepper of {@code ~/.lana}. */
    public static SignInPolicy defaults() {
        return new SignInPolicy(DEFAULT_IDLE_TIMEOUT, Permissions.DEFAULT,
                () -> new PinHasher(Pepper.load(System.getenv(), Pepper.defaultFile())));
    }

    /** The same settings with sessions ending after {@code timeout} unused. */
    public SignInPolicy withIdleTimeout(Duration timeout) {
        return new SignInPolicy(timeout, permissions, hasher);
    }

    /** The same settings with these approval limits. */
    public SignInPolicy withPermissions(Permissions limits) {
        return new SignInPolicy(idleTimeout, limits, hasher);
    }

    /** The same settings checking PINs with what {@code pinHasher} makes. */
    public SignInPolicy withHasher(Supplier<PinHasher> pinHasher) {
        return new SignInPolicy(idleTimeout, permissions, pinHasher);
    }

    public SignInPolicy {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(permissions, "permissions");
        Objects.requireNonNull(hasher, "hasher");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("Session idle timeout must be positive, was " + idleTimeout);
        }
    }
}
