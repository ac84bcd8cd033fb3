package com.lana.checkout.api;

import java.io.Serial;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Names one change a client asks for, so that the server applies it once even when the client
 * sends it again after a lost reply. Clients make a new one per change and reuse it on retries.
 *
 * <p>Ids need to be unique, not secret: {@link #random()} pairs 64 random bits drawn once per JVM
 * with a counter, so they never repeat within a client and practically never across clients,
 * and making one costs an increment rather than a draw from {@link SecureRandom} on every add.
 * It travels as {@link Ids.Wire}, like a {@link BasketId}.
 */
public record OperationId(long high, long low) implements Serializable {

    private static final long THIS_JVM = new SecureRandom().nextLong();
    private static final AtomicLong NEXT = new AtomicLong(new SecureRandom().nextLong());

    /** A fresh id, never returned before by this JVM. */
    public static OperationId random() {
        return new OperationId(THIS_JVM, NEXT.getAndIncrement());
    }

    /** Equal when both halves are; written out because every store lookup of a basket compares ids. */
    @Override
    public boolean equals(Object other) {
        return other instanceof OperationId id && id.high == high && id.low == low;
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(high) + Long.hashCode(low);
    }

    @Override
    public String toString() {
        return Ids.format(high, low);
    }

    @Serial
    private Object writeReplace() {
        return new Ids.Wire(Ids.Wire.OPERATION, high, low);
    }
}
