package com.lana.checkout.client.device;

import java.util.Locale;
import java.util.Objects;

/**
 * Where the receipt printer is, as {@code --printer} names it: {@code tcp://HOST:PORT} (a network
 * printer; the port defaults to 9100), {@code file:PATH} (a USB printer's device file, or a plain
 * file), or {@code queue:NAME} (a system print queue, through {@code javax.print}). Immutable.
 *
 * @param kind   which of the three
 * @param target the host, the path or the queue's name
 * @param port   the TCP port; 0 unless {@code kind} is {@link Kind#TCP}
 */
public record PrinterAddress(Kind kind, String target, int port) {

    /** The port network ESC/POS printers listen on. */
    public static final int RAW_PORT = 9100;

    public enum Kind { TCP, FILE, QUEUE }

    public PrinterAddress {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        if (target.isBlank()) {
            throw new IllegalArgumentException("The printer's " + (kind == Kind.TCP ? "host" : kind == Kind.FILE
                    ? "path" : "queue name") + " is empty");
        }
        if (kind == Kind.TCP ? port < 1 || port > 65535 : port != 0) {
            throw new IllegalArgumentException("The printer's port must be 1-65535, was " + port);
        }
    }

    /** {@code tcp://HOST[:PORT]}, {@code file:PATH} or {@code queue:NAME}; the message names what is wrong. */
    public static PrinterAddress parse(String text) {
        String given = Objects.requireNonNull(text, "text").strip();
        String lower = given.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tcp://")) {
            String hostPort = given.substring("tcp://".length());
            int colon = hostPort.lastIndexOf(':');
            if (colon < 0) {
                return new PrinterAddress(Kind.TCP, hostPort, RAW_PORT);
            }
            try {
                return new PrinterAddress(Kind.TCP, hostPort.substring(0, colon),
                        Integer.parseInt(hostPort.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The printer's port must be a number, was "
                        + hostPort.substring(colon + 1), e);
            }
        }
        if (lower.startsWith("file:")) {
            return new PrinterAddress(Kind.FILE, given.substring("file:".length()), 0);
        }
        if (lower.startsWith("queue:")) {
            return new PrinterAddress(Kind.QUEUE, given.substring("queue:".length()), 0);
        }
        throw new IllegalArgumentException("A printer is tcp://HOST:PORT, file:PATH or queue:NAME, was " + given);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case TCP -> "tcp://" + target + ":" + port;
            case FILE -> "file:" + target;
            case QUEUE -> "queue:" + target;
        };
    }
}
