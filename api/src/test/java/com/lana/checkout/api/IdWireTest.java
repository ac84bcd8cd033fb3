package com.lana.checkout.api;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The serial form of basket and operation ids: what every add sends twice. */
class IdWireTest {

    private static final BasketId BASKET = new BasketId(0x0123456789abcdefL, 0xfedcba9876543210L);
    private static final OperationId OPERATION = new OperationId(-1L, Long.MIN_VALUE);

    @Test
    void aBasketIdComesBackEqual() throws Exception {
        assertThat(roundTrip(BASKET)).isEqualTo(List.of(BASKET));
    }

    @Test
    void anOperationIdComesBackEqual() throws Exception {
        assertThat(roundTrip(OPERATION)).isEqualTo(List.of(OPERATION));
    }

    @Test
    void aBasketIdAndAnOperationIdWithTheSameBitsStayDifferentTypes() throws Exception {
        OperationId sameBits = new OperationId(BASKET.high(), BASKET.low());

        assertThat(roundTrip(BASKET, sameBits)).containsExactly(BASKET, sameBits);
    }

    @Test
    void twoIdsInOneStreamWriteOneClassDescriptorAndNoRecordDescriptor() throws Exception {
        byte[] bytes = write(BASKET, OPERATION);

        assertThat(occurrences(bytes, Ids.Wire.class.getName())).isEqualTo(1);
        assertThat(occurrences(bytes, BasketId.class.getName())).isZero();
        assertThat(occurrences(bytes, OperationId.class.getName())).isZero();
    }

    @Test
    void anUnknownKindIsRefusedNamingIt() {
        byte[] forged = write(new Ids.Wire((byte) 7, 1, 2));

        assertThatExceptionOfType(InvalidObjectException.class).isThrownBy(() -> read(forged, 1))
                .withMessageContaining("Not the kind of an id: 7");
    }

    @Test
    void anIdMissingItsLowBitsIsRefused() {
        byte[] whole = write(BASKET);
        // The id's data block (TC_BLOCKDATA, length 17, then kind, high, low) cut to its kind and high.
        byte[] block = {0x77, 1 + 2 * Long.BYTES, Ids.Wire.BASKET};
        int at = indexOf(whole, block);
        byte[] truncated = new byte[whole.length - Long.BYTES];
        System.arraycopy(whole, 0, truncated, 0, at + 2 + 1 + Long.BYTES);
        truncated[at + 1] = 1 + Long.BYTES;
        System.arraycopy(whole, at + 2 + 1 + 2 * Long.BYTES, truncated, at + 2 + 1 + Long.BYTES,
                whole.length - (at + 2 + 1 + 2 * Long.BYTES));

        assertThatExceptionOfType(EOFException.class).isThrownBy(() -> read(truncated, 1));
    }

    private static List<Object> roundTrip(Object... ids) throws Exception {
        return read(write(ids), ids.length);
    }

    private static byte[] write(Object... objects) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            for (Object object : objects) {
                out.writeObject(object);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    private static List<Object> read(byte[] bytes, int count) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            List<Object> read = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                read.add(in.readObject());
            }
            return read;
        }
    }

    private static int indexOf(byte[] bytes, byte[] what) {
        for (int i = 0; i + what.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        throw new AssertionError("Not in the stream: " + Arrays.toString(what));
    }

    private static int occurrences(byte[] bytes, String text) {
        byte[] what = text.getBytes(StandardCharsets.UTF_8);
        int count = 0;
        for (int i = 0; i + what.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + what.length, what, 0, what.length)) {
                count++;
            }
        }
        return count;
    }
}
