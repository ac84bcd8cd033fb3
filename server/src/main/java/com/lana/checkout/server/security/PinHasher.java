package com.lana.checkout.server.security;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hashes clerks' PINs for the store, and checks a PIN against such a hash. A hash is Argon2id (Spring
 * Security Crypto's {@link Argon2PasswordEncoder}, computed by Bouncy Castle) of HMAC-SHA256(pepper,
 * PIN), in Spring's {@code $argon2id$v=19$m=…,t=…,p=…$salt$hash} form, with a random salt each time, so
 * two hashes of one PIN differ.
 *
 * <p>Why the pepper: a PIN has at most 111,110,000 possible values (4 to 8 digits) and most clerks pick
 * from far fewer, so Argon2's cost alone slows but does not stop someone who has copied the database
 * from trying them all. The HMAC key, the {@link Pepper}, is kept outside the database: without it the
 * hashes cannot be tested at all. HMAC rather than appending the pepper, so that what Argon2 hashes is
 * always 32 bytes, whatever the pepper's length.
 *
 * <p>Parameters: Spring's {@code defaultsForSpringSecurity_v5_8} (16-byte salt, 32-byte hash, 16 MiB
 * memory, 2 iterations, 1 lane). Measured on the project's 2-core machine, warmed up, while other
 * builds kept it busy (load 7.5): 51 ms a hash, 73 ms a check, averaged over 30; less when idle. So a
 * sign-in costs a till little, and each guess costs an attacker as much. Thread-safe.
 */
public final class PinHasher {

    private static final String HMAC = "HmacSHA256";

    private final Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    private final SecretKeySpec pepper;

    public PinHasher(Pepper pepper) {
        this.pepper = new SecretKeySpec(Objects.requireNonNull(pepper, "pepper").secret(), HMAC);
    }

    /** A new hash of {@code pin}, to store; never the same twice. */
    public String hash(Pin pin) {
        return argon2.encode(peppered(pin));
    }

    /** Whether {@code hash}, made by {@link #hash} with the same pepper, is of {@code pin}. */
    public boolean matches(Pin pin, String hash) {
        return argon2.matches(peppered(pin), hash);
    }

    /** HMAC-SHA256(pepper, the PIN's digits), Base64: what Argon2 hashes. */
    private String peppered(Pin pin) {
        byte[] digits = new byte[pin.digits().length];
        for (int i = 0; i < digits.length; i++) {
            digits[i] = (byte) pin.digits()[i];
        }
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(pepper);
            return Base64.getEncoder().encodeToString(mac.doFinal(digits));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + HMAC, e);
        } finally {
            Arrays.fill(digits, (byte) 0);
        }
    }

    /** Says which pepper, never the pepper. */
    @Override
    public String toString() {
        return "PinHasher[Argon2id with a pepper]";
    }
}
