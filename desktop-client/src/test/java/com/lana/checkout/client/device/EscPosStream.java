package com.lana.checkout.client.device;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;

/**
 * What an ESC/POS job prints, read back from its bytes: the text (command sequences dropped, the
 * rest decoded from code page CP858), and how many paper cuts and drawer pulses it holds.
 */
public record EscPosStream(String text, int cuts, int drawerPulses) {

    public static final Charset CP858 = Charset.forName("IBM00858");
    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final int DLE = 0x10;

    public static EscPosStream read(byte[] bytes) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int cuts = 0;
        int pulses = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b == ESC) {
                int command = bytes[i + 1] & 0xFF;
                if (command == 'p') {
                    pulses++;
                }
                i += 2 + switch (command) {
                    case '@', '2' -> 0;   // initialise, default line spacing
                    case 'p' -> 3;
                    default -> 1;    // ESC t n, ESC ! n, ESC E n, ESC - n, ESC a n, ESC d n, ESC M n…
                };
            } else if (b == GS) {
                int command = bytes[i + 1] & 0xFF;
                int arguments = 1;
                if (command == 'V') {
                    cuts++;
                    int mode = bytes[i + 2] & 0xFF;
                    arguments = mode == 65 || mode == 66 ? 2 : 1;
                }
                i += 2 + arguments;
            } else if (b == DLE) {
                i += 3;              // DLE EOT n
            } else {
                text.write(b);
                i++;
            }
        }
        return new EscPosStream(new String(text.toByteArray(), CP858), cuts, pulses);
    }

    public List<String> lines() {
        return text.lines().toList();
    }
}
