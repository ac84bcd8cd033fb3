package com.lana.checkout.bench;

import com.lana.checkout.api.Checkout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second checkout server, in a JVM of its own, that requires mutual TLS: development
 * certificates are made in a temporary directory by {@code scripts/make-dev-certs.sh}, the server
 * runs with {@code --tls --keystore server.p12 --truststore truststore.p12}, and {@link #connector()}
 * connects with {@code client.p12}. Closing it stops the server and deletes the certificates.
 */
final class TlsServer implements AutoCloseable {

    /** The stores' password: {@code $LANA_TLS_PASSWORD} as the server and the script read it, default changeit. */
    static final String PASSWORD = System.getenv().getOrDefault("LANA_TLS_PASSWORD", "changeit");

    private final Path certificates;
    private final ServerProcess server;
    private final Connector connector;

    private TlsServer(Path certificates, ServerProcess server, Connector connector) {
        this.certificates = certificates;
        this.server = server;
        this.connector = connector;
    }

    static TlsServer start(List<String> jvmOptions, PrintStream log, Duration timeout)
            throws IOException, InterruptedException {
        Path certificates = Files.createTempDirectory("lana-bench-certs");
        try {
            makeCertificates(certificates, log);
            Checkout.Tls client = new Checkout.Tls(certificates.resolve("client.p12"),
                    certificates.resolve("truststore.p12"), PASSWORD.toCharArray());
            ServerProcess server = ServerProcess.start(jvmOptions,
                    List.of("--tls", "--keystore", certificates.resolve("server.p12").toString(),
                            "--truststore", certificates.resolve("truststore.p12").toString()),
                    Map.of("LANA_TLS_PASSWORD", PASSWORD),
                    port -> Connector.tls("127.0.0.1", port, client), log, timeout);
            return new TlsServer(certificates, server, Connector.tls("127.0.0.1", server.port(), client));
        } catch (IOException | InterruptedException | RuntimeException e) {
            delete(certificates);
            throw e;
        }
    }

    Connector connector() {
        return connector;
    }

    int port() {
        return server.port();
    }

    long pid() {
        return server.pid();
    }

    @Override
    public void close() {
        server.close();
        delete(certificates);
    }

    private static void makeCertificates(Path into, PrintStream log) throws IOException, InterruptedException {
        Path script = script();
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), into.toString())
                .redirectErrorStream(true);
        builder.environment().put("LANA_TLS_PASSWORD", PASSWORD);
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0
                || !Files.isRegularFile(into.resolve("client.p12"))) {
            process.destroyForcibly();
            throw new IOException(script + " could not make development certificates: " + output.toString().strip());
        }
        log.println("Made development certificates for the TLS server in " + into);
    }

    /**
     * {@code scripts/make-dev-certs.sh} of this checkout: under {@code -Dlana.bench.root} (set by
     * run-bench.sh), else the first directory upwards from the working directory that has it.
     */
    static Path script() throws IOException {
        Path relative = Path.of("scripts", "make-dev-certs.sh");
        String root = System.getProperty("lana.bench.root");
        if (root != null && Files.isRegularFile(Path.of(root).resolve(relative))) {
            return Path.of(root).resolve(relative);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IOException("Cannot find scripts/make-dev-certs.sh (run from the repository, or set "
                + "-Dlana.bench.root) to make certificates for add-distinct-tls; leave it out with --scenarios");
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
