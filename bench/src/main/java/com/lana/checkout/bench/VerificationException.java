package com.lana.checkout.bench;

/**
 * The server's state after (or during) a run is not what the calls that succeeded imply: a lost or
 * phantom update, or a total that changed under a read-only load. A run that throws this failed,
 * however fast it was.
 */
public final class VerificationException extends Exception {
    private static final long serialVersionUID = 1L;

    public VerificationException(String message) {
        super(message);
    }
}
