package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.OperationId;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The ids' serial form as the argument filter sees it: what a call's ids are read through, and
 * that the filter's limits and allow-list still apply around and after it.
 */
class IdWireFilterTest {

    private static final BasketId BASKET = new BasketId(42, -42);
    private static final OperationId OPERATION = new OperationId(7, 8);

    @Test
    void aBasketIdAndAnOperationIdPassTheFilterAndComeBackEqual() throws Exception {
        assertThat(readFiltered(serialized(BASKET, "MUG", OPERATION), 3)).containsExactly(BASKET, "MUG", OPERATION);
    }

    @Test
    void anIdAfterMoreBytesThanTheFilterAllowsIsRefused() throws Exception {
        byte[] oversized = serialized(BASKET, "P".repeat(60_000), OPERATION, "Q".repeat(60_000), BASKET);

        assertThatExceptionOfType(InvalidClassException.class).isThrownBy(() -> readFiltered(oversized, 5))
                .withMessageContaining("REJECTED");
    }

    @Test
    void aClassOutsideTheAllowListAfterAnIdIsStillRefused() throws Exception {
        byte[] smuggled = serialized(BASKET, new HashMap<>(Map.of("PEN", 1)));

        assertThatExceptionOfType(InvalidClassException.class).isThrownBy(() -> readFiltered(smuggled, 2))
                .withMessageContaining("REJECTED");
    }

    private static byte[] serialized(Object... objects) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            for (Object object : objects) {
                out.writeObject(object);
            }
        }
        return bytes.toByteArray();
    }

    private static List<Object> readFiltered(byte[] bytes, int count) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ArgumentFilter.FILTER);
            List<Object> read = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                read.add(in.readObject());
            }
            return read;
        }
    }
}
