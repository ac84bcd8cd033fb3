package com.lana.checkout.server.cli;

/**
 * Turns SIGTERM and Ctrl-C (SIGINT) into a call, so the server can stop cleanly and exit with 0
 * rather than be cut short by the JVM's default handling (exit 143). Falls back to a shutdown hook
 * where the JVM does not let us handle signals (e.g. run with {@code -Xrs}).
 */
final class Signals {

    private Signals() {
    }

    static void onTerminate(Runnable action) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> action.run());
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> action.run());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            Runtime.getRuntime().addShutdownHook(new Thread(action, "checkout-shutdown"));
        }
    }
}
