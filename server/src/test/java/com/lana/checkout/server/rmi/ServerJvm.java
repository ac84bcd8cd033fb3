package com.lana.checkout.server.rmi;

import com.lana.checkout.server.cli.Main;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A checkout server in a JVM of its own, started through {@link Main} as {@code run-server.sh}
 * starts it, so that a test can kill it for real ({@link #kill()} is SIGKILL, as {@code kill -9}),
 * not just close it politely.
 */
final class ServerJvm implements AutoCloseable {

    private static final long START_TIMEOUT_SECONDS = 60;

    private final Process process;
    private final int port;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private ServerJvm(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code Main} on {@code port} with these extra options and waits until it serves. */
    static ServerJvm start(int port, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--port", "" + port));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ServerJvm server = new ServerJvm(process, port);
        CompletableFuture<Boolean> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> server.readOutput(listening), "server-jvm-" + port);
        reader.setDaemon(true);
        reader.start();
        boolean up;
        try {
            up = listening.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            up = false;
        }
        if (!up) {
            server.kill();
            throw new IllegalStateException("The server on port " + port + " did not start: " + server.output);
        }
        return server;
    }

    int port() {
        return port;
    }

    /** What the server printed so far, one entry a line. */
    List<String> output() {
        return List.copyOf(output);
    }

    /** SIGKILL: no shutdown hook, no graceful close, as {@code kill -9}. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void readOutput(CompletableFuture<Boolean> listening) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.contains("listening on")) {
                    listening.complete(true);
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
        listening.complete(false);
    }
}
