package com.lana.checkout.api;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
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
    void idsPrintAsTwentySixCharacters() {
        Set<String> texts = new HashSet<>();
        for (OperationId id : List.of(OperationId.random(), OperationId.random())) {
            assertThat(id.toString()).hasSize(26);
            texts.add(id.toString());
        }
        assertThat(texts).hasSize(2);
    }
}
