package com.lana.checkout.client.device;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.util.List;

/**
 * A 2×20 pole display on 127.0.0.1 for tests: reads what the till sends and keeps what its screen
 * shows, interpreting the ESC/POS display commands the till uses (ESC @ clears, ESC t n picks the
 * code page, US $ x y moves the cursor); any other byte is a character of code page PC858, written
 * at the cursor. It can stop listening and listen again on the same port, as a display switched off.
 */
public final class FakePoleDisplay implements AutoCloseable {

    private static final Charset CP858 = Charset.forName("IBM00858");

    private final char[][] screen = new char[2][PoleDisplay.WIDTH];
    private int column;
    private int line;
    private int codePage = -1;
    private volatile ServerSocket server;
    private volatile Socket client;
    private final int port;

    private FakePoleDisplay() throws IOException {
        clear();
        server = listen(0);
        port = server.getLocalPort();
    }

    public static FakePoleDisplay start() throws IOException {
        return new FakePoleDisplay();
    }

    public PrinterAddress address() {
        return new PrinterAddress(PrinterAddress.Kind.TCP, "127.0.0.1", port);
    }

    /** The two lines on the display now. */
    public synchronized List<String> lines() {
        return List.of(new String(screen[0]), new String(screen[1]));
    }

    /** The code page last chosen with ESC t, or -1. */
    public synchronized int codePage() {
        return codePage;
    }

    /** Switched off: the connection drops, and new ones are refused. */
    public void stopListening() throws IOException {
        server.close();
        Socket open = client;
        if (open != null) {
            open.close();
        }
    }

    /** Switched on again, blank, on the same port. */
    public void listenAgain() throws IOException {
        synchronized (this) {
            clear();
        }
        server = listen(port);
    }

    @Override
    public void close() throws IOException {
        stopListening();
    }

    private ServerSocket listen(int onPort) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
        Thread accepting = new Thread(() -> accept(socket), "fake-pole-display-" + socket.getLocalPort());
        accepting.setDaemon(true);
        accepting.start();
        return socket;
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try (Socket accepted = socket.accept(); InputStream in = accepted.getInputStream()) {
                client = accepted;
                for (int b = in.read(); b >= 0; b = in.read()) {
                    take(b, in);
                }
            } catch (IOException e) {
                // closed: the next connection, if any, starts afresh
            }
        }
    }

    private void take(int b, InputStream in) throws IOException {
        if (b == PoleDisplay.ESC) {
            int command = in.read();
            if (command == '@') {
                synchronized (this) {
                    clear();
                }
            } else if (command == 't') {
                int page = in.read();
                synchronized (this) {
                    codePage = page;
                }
            }
        } else if (b == PoleDisplay.US) {
            in.read();   // '$'
            int x = in.read();
            int y = in.read();
            synchronized (this) {
                column = x - 1;
                line = y - 1;
            }
        } else {
            char shown = new String(new byte[] {(byte) b}, CP858).charAt(0);
            synchronized (this) {
                if (column >= PoleDisplay.WIDTH) {
                    column = 0;
                    line = (line + 1) % 2;
                }
                screen[line][column++] = shown;
            }
        }
    }

    private void clear() {
        for (char[] row : screen) {
            java.util.Arrays.fill(row, ' ');
        }
        column = 0;
        line = 0;
        codePage = -1;
    }
}
