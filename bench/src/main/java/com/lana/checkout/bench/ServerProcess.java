package com.lana.checkout.bench;

import com.lana.checkout.api.Checkout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.rmi.RemoteException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * A checkout server in a JVM of its own, so that the client threads' allocation, GC and JIT do not
 * share a heap with the server's: started from this JVM's class path ({@code com.lana.checkout.server.cli.Main}),
 * its output relayed with a {@code server |} prefix, stopped with SIGTERM.
 */
public final class ServerProcess implements AutoCloseable {

    private static final String MAIN = "com.lana.checkout.server.cli.Main";

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts a plain-TCP server on a free loopback port and waits until {@link Checkout#connect} reaches it.
     *
     * @param jvmOptions extra options for the server's JVM, e.g. a JFR recording
     */
    static ServerProcess start(List<String> jvmOptions, PrintStream log, Duration timeout) throws IOException {
        return start(jvmOptions, List.of(), Map.of(), port -> Connector.plain("127.0.0.1", port), log, timeout);
    }

    /**
     * Starts a server with extra server arguments (e.g. {@code --tls --keystore ...}) and environment
     * (e.g. {@code LANA_TLS_PASSWORD}), and waits until a client made by {@code connector} pings it.
     */
    public static ServerProcess start(List<String> jvmOptions, List<String> serverArguments, Map<String, String> environment,
                               IntFunction<Connector> connector, PrintStream log, Duration timeout) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MAIN);
        command.add("--port");
        command.add(Integer.toString(port));
        command.addAll(serverArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        Thread relay = new Thread(() -> relay(process, log), "server-output");
        relay.setDaemon(true);
        relay.start();
        ServerProcess server = new ServerProcess(process, port);
        // Ctrl-C on the tool must not leave its server running.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-server"));
        server.awaitReady(connector.apply(port), timeout);
        return server;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    private void awaitReady(Connector connector, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        RemoteException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("The checkout server exited with code " + process.exitValue()
                        + " before it answered; its output is above");
            }
            try {
                connector.connect().ping();
                return;
            } catch (RemoteException e) {
                last = e;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IOException("The checkout server did not answer on 127.0.0.1:" + port + " within "
                + timeout.toSeconds() + " s" + (last == null ? "" : ": " + last.getMessage()));
    }

    /** SIGTERM, which the server handles by finishing calls in flight and exiting 0. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A line of the server's sale audit log: "… INFO    Sale S-000001 7.50€ paid …". */
    private static final Pattern SALE_AUDIT_LINE = Pattern.compile(" INFO +Sale S-\\d+ ");

    private static void relay(Process process, PrintStream log) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                // The server logs every sale it completes (its audit trail); pay completes thousands.
                if (!SALE_AUDIT_LINE.matcher(line).find()) {
                    log.println("server | " + line);
                }
            }
        } catch (IOException e) {
            // the stream closes when the server is stopped: nothing more to relay
        }
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }
}
