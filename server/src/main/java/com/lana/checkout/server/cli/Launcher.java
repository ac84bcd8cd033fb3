package com.lana.checkout.server.cli;

import com.lana.checkout.api.Checkout;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The start-up the checkout's launchers share ({@code run-server.sh}, {@code run-client.sh},
 * {@code run-bench.sh}): a command line that answers a bad option with one line and exit code
 * {@value #BAD_USAGE}, the port rule, and TLS material read before anything starts. Whatever the
 * launcher, a typo or a missing certificate is one line naming it, never a stack trace.
 */
public final class Launcher {

    /** The exit code of a command line that could not be understood. */
    public static final int BAD_USAGE = 2;

    private final String name;
    private final PrintWriter err;

    private Launcher(String name, PrintWriter err) {
        this.name = name;
        this.err = err;
    }

    /**
     * The picocli command line of {@code command}, which answers a bad option with
     * {@code NAME: what was wrong (see --help)} on its error stream and exit code {@value #BAD_USAGE}.
     */
    public static CommandLine commandLine(String name, Object command) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            e.getCommandLine().getErr().println(name + ": " + e.getMessage() + " (see --help)");
            return BAD_USAGE;
        });
        return commandLine;
    }

    /** Complaints of the launcher called {@code name}, written to the command line's error stream. */
    public static Launcher of(String name, CommandLine commandLine) {
        return new Launcher(name, commandLine.getErr());
    }

    /**
     * Says {@code NAME: message} in one line and answers {@code exitCode}, for a launcher's
     * {@code call()} to return.
     */
    public int fail(int exitCode, String message) {
        err.println(name + ": " + message);
        return exitCode;
    }

    /** Whether {@code port} is a TCP port one can listen on or connect to by number. */
    public static boolean isPort(int port) {
        return port >= 1 && port <= 65535;
    }

    /** The complaint about a {@code --port} outside 1-65535. */
    public static String badPort(int port) {
        return "--port must be 1-65535, was " + port;
    }

    /**
     * The TLS material in two PKCS#12 files, read now so that a wrong path or password stops the
     * launcher at once.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it, and how developers make them
     */
    public static Checkout.Tls tls(Path keyStore, Path trustStore) {
        Checkout.Tls material = Checkout.Tls.of(keyStore, trustStore);
        try {
            material.sslContext();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage()
                    + " (make development stores with scripts/make-dev-certs.sh)", e);
        }
        return material;
    }
}
