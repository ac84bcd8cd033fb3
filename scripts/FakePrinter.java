import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;

/**
 * A network receipt printer for trying the till without hardware: listens on a port (9100 unless
 * given) and prints what each job says as text, decoded from code page CP858, with [CUT] where the
 * paper would be cut and [DRAWER] where the cash drawer would open. It answers the status request
 * (DLE EOT) as a printer that is online does. Stop it with Ctrl+C.
 *
 * <pre>java scripts/FakePrinter.java [PORT]</pre>
 */
public class FakePrinter {

    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final int DLE = 0x10;
    private static final int ONLINE = 0x12;
    private static final Charset CP858 = Charset.forName("IBM00858");

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9100;
        try (ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            System.out.println("Fake receipt printer listening on 127.0.0.1:" + port + " (Ctrl+C stops it)");
            while (true) {
                try (Socket job = server.accept()) {
                    print(job.getInputStream(), job.getOutputStream());
                } catch (IOException e) {
                    System.out.println("[job broken off: " + e.getMessage() + "]");
                }
            }
        }
    }

    /** Decodes one connection's bytes until the status request (or the end), printing as it goes. */
    private static void print(InputStream in, OutputStream out) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == ESC) {
                int command = in.read();
                if (command == 'p') {
                    in.readNBytes(3);
                    flush(line);
                    System.out.println("[DRAWER]");
                } else if (command != '@' && command != '2') {
                    in.read();
                }
            } else if (b == GS) {
                int command = in.read();
                int mode = in.read();
                if (command == 'V') {
                    if (mode == 65 || mode == 66) {
                        in.read();
                    }
                    flush(line);
                    System.out.println("[CUT]");
                }
            } else if (b == DLE) {
                in.readNBytes(2);    // EOT n: the till asks whether the printer is there
                flush(line);
                out.write(ONLINE);
                out.flush();
                return;
            } else if (b == '\n') {
                System.out.println(new String(line.toByteArray(), CP858));
                line.reset();
            } else {
                line.write(b);
            }
        }
        flush(line);
    }

    private static void flush(ByteArrayOutputStream line) {
        if (line.size() > 0) {
            System.out.println(new String(line.toByteArray(), CP858));
            line.reset();
        }
    }
}
