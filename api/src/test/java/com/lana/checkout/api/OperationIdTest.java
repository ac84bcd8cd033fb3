package com.lana.checkout.api;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class OperationIdTest {

    @Test
    void idsMadeConcurrentlyNeverRepeat() {
        Set<OperationId> ids = ConcurrentHashMap.newKeySet();

        IntStream.range(0, 100_000).parallel().forEach(i -> ids.add(OperationId.random()));

        assertThat(ids).hasSize(100_000);
    }

    @Test
    void anIdPrintsAsTwentySixCharacters() {
        assertThat(OperationId.random().toString()).hasSize(26);
    }

    @Test
    void twoIdsPrintDifferently() {
        assertThat(OperationId.random().toString()).isNotEqualTo(OperationId.random().toString());
    }
}
