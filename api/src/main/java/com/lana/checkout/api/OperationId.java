package com.lana.checkout.api;

import java.io.Serializable;

/**
 * Names one change a client asks for, so that the server applies it once even when the client
 * sends it again after a lost reply. Clients make a new one per change and reuse it on retries.
 */
public record OperationId(long high, long low) implements Serializable {

    public static OperationId random() {
        long[] bits = Ids.random();
        return new OperationId(bits[0], bits[1]);
    }

    @Override
    public String toString() {
        return Ids.format(high, low);
    }
}
