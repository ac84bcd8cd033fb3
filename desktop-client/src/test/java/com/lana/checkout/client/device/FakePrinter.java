package com.lana.checkout.client.device;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A network receipt printer on 127.0.0.1 for tests: records the bytes of each connection (one job
 * each) and answers the status request (DLE EOT n) with "online", as a printer that reads does. It
 * can also misbehave as a jammed printer does: accept and never read, or close in the middle of a job.
 */
public final class FakePrinter implements AutoCloseable {

    public enum Behaviour {
        /** Reads each job whole and answers the status request. */
        PRINTS,
        /** Accepts the connection and never reads from it. */
        NEVER_READS,
        /** Reads the first bytes of a job, then closes the connection. */
        CLOSES_MID_JOB
    }

    /** DLE EOT: the status request that ends each job. */
    private static final int DLE = 0x10;
    private static final int EOT = 0x04;
    /** The status byte of a printer online with nothing wrong. */
    private static final int ONLINE = 0x12;

    private volatile ServerSocket server;
    private final List<byte[]> jobs = new CopyOnWriteArrayList<>();
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private volatile Behaviour behaviour;

    private final int port;

    private FakePrinter(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        server = listen(0);
        port = server.getLocalPort();
    }

    private ServerSocket listen(int onPort) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
        Thread accepting = new Thread(() -> accept(socket), "fake-printer-" + socket.getLocalPort());
        accepting.setDaemon(true);
        accepting.start();
        return socket;
    }

    /** Stops listening, as a printer switched off: connecting is refused. */
    public void stopListening() throws IOException {
        server.close();
    }

    /** Listens again on the same port, as a printer switched back on. */
    public void listenAgain() throws IOException {
        server = listen(port);
    }

    public static FakePrinter start(Behaviour behaviour) throws IOException {
        return new FakePrinter(behaviour);
    }

    /** A loopback port where nothing listens: connecting is refused. */
    public static int refusingPort() throws IOException {
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return closed.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public PrinterAddress address() {
        return new PrinterAddress(PrinterAddress.Kind.TCP, "127.0.0.1", port());
    }

    /** From now on, the printer behaves so (a jam cleared, say). */
    public void behave(Behaviour next) {
        behaviour = next;
    }

    /** The jobs printed whole, in the order they came. */
    public List<byte[]> jobs() {
        return new ArrayList<>(jobs);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : held) {
            socket.close();
        }
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread job = new Thread(() -> serve(socket), "fake-printer-job");
                job.setDaemon(true);
                job.start();
            } catch (IOException e) {
                return;   // closed
            }
        }
    }

    private void serve(Socket socket) {
        try {
            switch (behaviour) {
                case NEVER_READS -> held.add(socket);   // kept open, never read, until the printer closes
                case CLOSES_MID_JOB -> {
                    socket.getInputStream().readNBytes(8);
                    socket.close();
                }
                case PRINTS -> {
                    try (socket) {
                        readJob(socket.getInputStream(), socket.getOutputStream());
                    }
                }
            }
        } catch (IOException e) {
            // the till gave up on this job; nothing is recorded
        }
    }

    /** Records the bytes up to the status request, which is then answered, and is left out. */
    private void readJob(InputStream in, OutputStream out) throws IOException {
        ByteArrayOutputStream job = new ByteArrayOutputStream();
        int previous = -1;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed before the status request");
            }
            if (previous == DLE && b == EOT) {
                in.read();   // n
                byte[] bytes = job.toByteArray();
                jobs.add(Arrays.copyOf(bytes, bytes.length - 1));   // without the DLE
                out.write(ONLINE);
                out.flush();
                return;
            }
            job.write(b);
            previous = b;
        }
    }

    /** For messages: where it listens. */
    @Override
    public String toString() {
        return "fake printer at " + new InetSocketAddress(InetAddress.getLoopbackAddress(), port());
    }
}
