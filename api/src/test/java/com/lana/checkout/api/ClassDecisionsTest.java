package com.lana.checkout.api;

import org.junit.jupiter.api.Test;

import java.io.ObjectInputFilter;
import java.io.ObjectInputFilter.FilterInfo;
import java.io.ObjectInputFilter.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cached filter decides every case, within the limits and past them, as the filter it wraps. */
class ClassDecisionsTest {

    private static final ObjectInputFilter PATTERN = ObjectInputFilter.Config.createFilter(
            "maxdepth=5;maxrefs=256;maxarray=64;maxbytes=65536;"
                    + "com.lana.checkout.api.BasketId;com.lana.checkout.api.Payment;java.lang.Object;!*");

    private static final List<Class<?>> CLASSES = List.of(BasketId.class, Payment.class, Object.class,
            OperationId.class, Money.class, HashMap.class, StringBuilder.class, Object[].class, BasketId[].class,
            HashMap[].class, int[].class, int.class);
    private static final long[] DEPTHS = {-1, 0, 1, 5, 6};
    private static final long[] REFERENCES = {-1, 0, 1, 256, 257};
    private static final long[] BYTES = {-1, 0, 65536, 65537};
    private static final long[] ARRAY_LENGTHS = {-1, 0, 64, 65};

    private static List<Info> cases() {
        List<Info> cases = new ArrayList<>();
        List<Class<?>> classes = new ArrayList<>(CLASSES);
        classes.add(null);
        for (Class<?> type : classes) {
            for (long depth : DEPTHS) {
                for (long references : REFERENCES) {
                    for (long bytes : BYTES) {
                        for (long length : ARRAY_LENGTHS) {
                            cases.add(new Info(type, length, depth, references, bytes));
                        }
                    }
                }
            }
        }
        return cases;
    }

    @Test
    void decidesEveryCaseAsTheFilterItWrapsTheFirstTimeAndAgain() {
        ClassDecisions cached = new ClassDecisions(PATTERN, 5, 256, 65536);
        List<String> differing = new ArrayList<>();

        for (Info info : cases()) {
            Status expected = PATTERN.checkInput(info);
            Status first = cached.checkInput(info);
            Status again = cached.checkInput(info);
            if (first != expected || again != expected) {
                differing.add(info + ": " + first + ", then " + again + ", not " + expected);
            }
        }

        assertThat(differing).isEmpty();
    }

    @Test
    void aClassAllowedWithinTheLimitsIsStillRefusedPastThem() {
        ClassDecisions cached = new ClassDecisions(PATTERN, 5, 256, 65536);
        cached.checkInput(new Info(BasketId.class, -1, 1, 1, 0));
        List<String> differing = new ArrayList<>();

        for (Info info : cases()) {
            Status expected = PATTERN.checkInput(info);
            Status decided = cached.checkInput(info);
            if (decided != expected) {
                differing.add(info + ": " + decided + ", not " + expected);
            }
        }

        assertThat(differing).isEmpty();
        assertThat(cached.checkInput(new Info(BasketId.class, -1, 1, 1, 65537))).isEqualTo(Status.REJECTED);
        assertThat(cached.checkInput(new Info(BasketId.class, -1, 6, 1, 0))).isEqualTo(Status.REJECTED);
        assertThat(cached.checkInput(new Info(BasketId.class, -1, 1, 257, 0))).isEqualTo(Status.REJECTED);
    }

    record Info(Class<?> serialClass, long arrayLength, long depth, long references, long streamBytes)
            implements FilterInfo {
        @Override
        public String toString() {
            return (serialClass == null ? "no class" : serialClass.getSimpleName()) + " length " + arrayLength
                    + " depth " + depth + " refs " + references + " bytes " + streamBytes;
        }
    }
}
