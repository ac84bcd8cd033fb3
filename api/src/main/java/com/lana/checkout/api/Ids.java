package com.lana.checkout.api;

import java.io.Externalizable;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.ObjectStreamException;
import java.io.Serial;
import java.security.SecureRandom;

/**
 * 128-bit random identifiers and their text form: Crockford base32, 26 characters, no vowels
 * that spell words, read back case-insensitively with {@code O}→0 and {@code I}/{@code L}→1 and
 * with separators ignored, so an id read aloud or retyped from a screen still parses; and the
 * serial form of the ids, {@link Wire}.
 */
final class Ids {

    static final int TEXT_LENGTH = 26;
    private static final char[] DIGITS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    static long[] random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (bytes[i] & 0xff);
            low = (low << 8) | (bytes[i + 8] & 0xff);
        }
        return new long[] {high, low};
    }

    static String format(long high, long low) {
        char[] out = new char[TEXT_LENGTH];
        // 26 digits of 5 bits = 130 bits; the first digit carries the top 3 bits.
        for (int i = TEXT_LENGTH - 1; i >= 0; i--) {
            out[i] = DIGITS[(int) (low & 31)];
            low = (low >>> 5) | (high << 59);
            high >>>= 5;
        }
        return new String(out);
    }

    /** @return {high, low}, or null when the text is not an id */
    static long[] parse(String text) {
        if (text == null || text.length() > 64) {
            return null;
        }
        long high = 0;
        long low = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == ' ') {
                continue;
            }
            int value = valueOf(c);
            if (value < 0 || ++digits > TEXT_LENGTH || (digits == 1 && value > 7)) {
                return null;
            }
            high = (high << 5) | (low >>> 59);
            low = (low << 5) | value;
        }
        return digits == TEXT_LENGTH ? new long[] {high, low} : null;
    }

    /**
     * The digits of {@code text} as an id's text form writes them: upper-case, separators dropped,
     * {@code O}→0 and {@code I}/{@code L}→1; null when the text is longer than 64 characters, holds
     * something else, or more than {@value #TEXT_LENGTH} digits.
     */
    static String canonicalDigits(String text) {
        if (text == null || text.length() > 64) {
            return null;
        }
        StringBuilder digits = new StringBuilder(TEXT_LENGTH);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == ' ') {
                continue;
            }
            int value = valueOf(c);
            if (value < 0 || digits.length() == TEXT_LENGTH) {
                return null;
            }
            digits.append(DIGITS[value]);
        }
        return digits.toString();
    }

    /**
     * The value of the last {@code digits.length()} digits of an id: {high bits, low bits}, the
     * digits of {@link #canonicalDigits} read as a number. Each digit is 5 bits, so 12 digits stay
     * within the low long and 13 or more reach into the high one.
     */
    static long[] valueOf(String digits) {
        long high = 0;
        long low = 0;
        for (int i = 0; i < digits.length(); i++) {
            high = (high << 5) | (low >>> 59);
            low = (low << 5) | valueOf(digits.charAt(i));
        }
        return new long[] {high, low};
    }

    private static int valueOf(char c) {
        char u = Character.toUpperCase(c);
        if (u == 'O') {
            return 0;
        }
        if (u == 'I' || u == 'L') {
            return 1;
        }
        for (int v = 0; v < DIGITS.length; v++) {
            if (DIGITS[v] == u) {
                return v;
            }
        }
        return -1;
    }

    /**
     * The serial form of a {@link BasketId} and an {@link OperationId}: a kind byte and the id's two
     * longs, read back through the record's canonical constructor. One class for both, so a call that
     * carries a basket id and an operation id writes one class descriptor and a back-reference to it,
     * instead of one record descriptor (name, field names and types) per id, on every call.
     */
    static final class Wire implements Externalizable {
        @Serial
        private static final long serialVersionUID = 1L;

        static final byte BASKET = 1;
        static final byte OPERATION = 2;

        private byte kind;
        private long high;
        private long low;

        /** For deserialization only. */
        public Wire() {
        }

        Wire(byte kind, long high, long low) {
            this.kind = kind;
            this.high = high;
            this.low = low;
        }

        @Override
        public void writeExternal(ObjectOutput out) throws IOException {
            out.writeByte(kind);
            out.writeLong(high);
            out.writeLong(low);
        }

        @Override
        public void readExternal(ObjectInput in) throws IOException {
            kind = in.readByte();
            if (kind != BASKET && kind != OPERATION) {
                throw new InvalidObjectException("Not the kind of an id: " + kind
                        + " (" + BASKET + " is a basket id, " + OPERATION + " an operation id)");
            }
            high = in.readLong();
            low = in.readLong();
        }

        @Serial
        private Object readResolve() throws ObjectStreamException {
            return switch (kind) {
                case BASKET -> new BasketId(high, low);
                case OPERATION -> new OperationId(high, low);
                default -> throw new InvalidObjectException("Not the kind of an id: " + kind);
            };
        }
    }
}
