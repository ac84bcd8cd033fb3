package com.lana.checkout.server.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Where the {@code clerks} commands read a new PIN: never the command line, which other users of the
 * machine can see. On a terminal it is asked twice without echo; when stdin is not a terminal (a
 * script), it is the first line of stdin.
 */
interface PinInput {

    /**
     * The new PIN of {@code clerk}, as typed; the caller clears the array.
     *
     * @throws IOException with a message for the person at the terminal when no PIN could be read
     *     (the two typed differ, stdin is empty)
     */
    char[] newPin(String clerk) throws IOException;

    /** The terminal when there is one ({@link System#console()}), else {@link System#in}. */
    static PinInput system() {
        return clerk -> {
            Console console = System.console();
            return console != null ? askTwice(console, clerk) : firstLine(System.in, Charset.defaultCharset());
        };
    }

    private static char[] askTwice(Console console, String clerk) throws IOException {
        char[] first = console.readPassword("New PIN of %s (4-8 digits): ", clerk);
        char[] second = console.readPassword("The same PIN again: ");
        try {
            if (first == null || second == null) {
                throw new IOException("No PIN typed");
            }
            if (!Arrays.equals(first, second)) {
                throw new IOException("The two PINs typed differ");
            }
            return first.clone();
        } finally {
            if (first != null) {
                Arrays.fill(first, '\0');
            }
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }

    /** The first line of {@code in}, without its line end, read without making a string of it. */
    static char[] firstLine(InputStream in, Charset charset) throws IOException {
        Reader reader = new InputStreamReader(in, charset);
        char[] line = new char[64];
        int length = 0;
        int c;
        while ((c = reader.read()) != -1 && c != '\n') {
            if (length == line.length) {
                char[] longer = Arrays.copyOf(line, length * 2);
                Arrays.fill(line, '\0');
                line = longer;
            }
            line[length++] = (char) c;
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (c == -1 && length == 0) {
            throw new IOException("No PIN on stdin: type it on a terminal, or send it as one line");
        }
        char[] pin = Arrays.copyOf(line, length);
        Arrays.fill(line, '\0');
        return pin;
    }
}
