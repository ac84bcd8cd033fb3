import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * A 2×20 pole display for trying the till without hardware: listens on a port (9200 unless given)
 * and prints its two lines, in a frame, each time they change. It understands the ESC/POS display
 * commands the till sends: ESC @ (clear), ESC t n (code page), US $ x y (cursor to column x, line y);
 * other bytes are characters of code page PC858. Stop it with Ctrl+C.
 *
 * <pre>java scripts/FakePoleDisplay.java [PORT]</pre>
 */
public class FakePoleDisplay {

    private static final int WIDTH = 20;
    private static final int ESC = 0x1B;
    private static final int US = 0x1F;
    private static final Charset CP858 = Charset.forName("IBM00858");

    private final char[][] screen = new char[2][WIDTH];
    private int column;
    private int line;
    private String shown = "";

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9200;
        FakePoleDisplay display = new FakePoleDisplay();
        display.clear();
        try (ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            System.out.println("Fake pole display listening on 127.0.0.1:" + port + " (Ctrl+C stops it)");
            while (true) {
                try (Socket till = server.accept()) {
                    display.read(till.getInputStream());
                } catch (IOException e) {
                    System.out.println("[connection broken off: " + e.getMessage() + "]");
                }
            }
        }
    }

    private void read(InputStream in) throws IOException {
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == ESC) {
                if (in.read() == '@') {
                    clear();
                } else {
                    in.read();   // ESC t n: the code page, PC858 as the till sends it
                }
            } else if (b == US) {
                in.read();       // '$'
                column = in.read() - 1;
                line = in.read() - 1;
            } else {
                if (column >= WIDTH) {
                    column = 0;
                    line = (line + 1) % 2;
                }
                screen[line][column++] = new String(new byte[] {(byte) b}, CP858).charAt(0);
            }
            if (in.available() == 0) {
                show();
            }
        }
    }

    private void show() {
        String now = new String(screen[0]) + "\n" + new String(screen[1]);
        if (!now.equals(shown)) {
            shown = now;
            String edge = "+" + "-".repeat(WIDTH) + "+";
            System.out.println(edge + "\n|" + new String(screen[0]) + "|\n|" + new String(screen[1]) + "|\n" + edge);
        }
    }

    private void clear() {
        for (char[] row : screen) {
            Arrays.fill(row, ' ');
        }
        column = 0;
        line = 0;
    }
}
