package com.lana.checkout.client.device;

import com.github.anastaciocintra.escpos.EscPos;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The bytes of one printer job in ESC/POS, made with escpos-coffee: a receipt's text line by line in
 * code page CP858 (so {@code €} is byte 0xD5), fed past the cutter and cut once; and the drawer kick,
 * a pulse on the drawer's pin, after the receipt or alone. Immutable.
 *
 * @param label what the job is, for messages: {@code receipt S-000042}, {@code drawer kick}
 * @param bytes what is sent to the printer
 * @param kick  whether the job opens the drawer
 */
public record EscPosJob(String label, byte[] bytes, boolean kick) {

    /** Lines fed after the text, so that the cut falls below its last line. */
    static final byte FEED_BEFORE_CUT = 5;
    private static final byte ESC = 0x1B;
    /** The drawer pulse: on for 50 ms, off for 500 ms (in units of 2 ms), as ESC p takes them. */
    static final int PULSE_ON = 25;
    static final int PULSE_OFF = 250;

    public EscPosJob {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(bytes, "bytes");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** {@code text} (lines ending in {@code \n}), then the cut; then the drawer kick when {@code kick}. */
    public static EscPosJob receipt(String label, String text, boolean kick) {
        Objects.requireNonNull(text, "text");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EscPos escPos = new EscPos(out)) {
            escPos.initializePrinter();
            escPos.setCharacterCodeTable(EscPos.CharacterCodeTable.CP858_Euro);
            for (String line : (Iterable<String>) text.lines()::iterator) {
                escPos.writeLF(line);
            }
            // ESC d n, "print and feed n lines": paper, not text (escpos-coffee's feed sends line feeds)
            escPos.write(new byte[] {ESC, 'd', FEED_BEFORE_CUT}, 0, 3);
            escPos.cut(EscPos.CutMode.FULL);
            if (kick) {
                escPos.pulsePin(EscPos.PinConnector.Pin_2, PULSE_ON, PULSE_OFF);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a ByteArrayOutputStream does not fail
        }
        return new EscPosJob(label, out.toByteArray(), kick);
    }

    /** The drawer kick alone: "open drawer" without a sale. */
    public static EscPosJob drawerKick() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EscPos escPos = new EscPos(out)) {
            escPos.pulsePin(EscPos.PinConnector.Pin_2, PULSE_ON, PULSE_OFF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EscPosJob("drawer kick", out.toByteArray(), true);
    }
}
