package com.lana.checkout.server.rmi;

import com.lana.checkout.api.Checkout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Development certificate authorities made by the repository's own {@code scripts/make-dev-certs.sh}:
 * each directory receives a CA's {@code server.p12}, {@code client.p12} and {@code truststore.p12},
 * and a {@code till-ID.p12} for each till asked for.
 */
final class DevCertificates {

    static final char[] PASSWORD = "changeit".toCharArray();

    private DevCertificates() {
    }

    /** Makes one certificate authority in each directory, all at once; fails the test when the script fails. */
    static void make(Path... directories) throws Exception {
        List<Process> running = new ArrayList<>();
        for (Path directory : directories) {
            running.add(start(directory, List.of(directory.toString())));
        }
        for (int i = 0; i < directories.length; i++) {
            awaitSuccess(running.get(i), directories[i]);
        }
    }

    /** Makes one certificate authority in {@code directory} with a terminal certificate for each of {@code tills}. */
    static void makeWithTills(Path directory, String... tills) throws Exception {
        List<String> arguments = new ArrayList<>();
        for (String till : tills) {
            arguments.add("--till");
            arguments.add(till);
        }
        arguments.add(directory.toString());
        awaitSuccess(start(directory, arguments), directory);
        for (String till : tills) {
            assertThat(directory.resolve("till-" + till + ".p12")).exists();
        }
    }

    /** A terminal presenting the certificate of {@code till} made in {@code ca}, trusting that CA's servers. */
    static Checkout.Tls terminal(Path ca, String till) {
        return new Checkout.Tls(ca.resolve("till-" + till + ".p12"), ca.resolve("truststore.p12"), PASSWORD);
    }

    /** The server side of a CA's directory: its server certificate, trusting only that CA's clients. */
    static Checkout.Tls server(Path ca) {
        return new Checkout.Tls(ca.resolve("server.p12"), ca.resolve("truststore.p12"), PASSWORD);
    }

    /** A client presenting a certificate of {@code clientCa} and trusting servers of {@code trustedCa}. */
    static Checkout.Tls client(Path clientCa, Path trustedCa) {
        return new Checkout.Tls(clientCa.resolve("client.p12"), trustedCa.resolve("truststore.p12"), PASSWORD);
    }

    /** The repository root: Maven runs the server module's tests in {@code server/}. */
    private static Path repository() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assertThat(root.resolve("scripts/make-dev-certs.sh")).as("the repository root").exists();
        return root;
    }

    private static Process start(Path directory, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", "scripts/make-dev-certs.sh"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(repository().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log(directory).toFile());
        builder.environment().put("LANA_TLS_PASSWORD", new String(PASSWORD));
        // keytool runs a dozen times: a quick-starting JVM halves the wait.
        builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        return builder.start();
    }

    private static Path log(Path directory) {
        return directory.resolveSibling(directory.getFileName() + ".log");
    }

    private static void awaitSuccess(Process process, Path directory) throws Exception {
        boolean finished = process.waitFor(240, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log(directory));
        assertThat(finished && process.exitValue() == 0)
                .as("scripts/make-dev-certs.sh %s failed (is keytool from a JDK on the PATH or in JAVA_HOME?):%n%s",
                        directory, output)
                .isTrue();
        assertThat(directory.resolve("client.p12")).exists();
    }
}
