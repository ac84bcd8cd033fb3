package com.lana.checkout.server.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PinHasherTest {

    private static final Pepper PEPPER = Pepper.of("the shop's own pepper, 32 bytes!".getBytes(StandardCharsets.UTF_8),
            "test");
    private static final Pepper OTHER_PEPPER = Pepper.of(
            "another shop's pepper, 32 bytes!".getBytes(StandardCharsets.UTF_8), "test");

    private final PinHasher hasher = new PinHasher(PEPPER);

    @Test
    void twoHashesOfOnePinDiffer() throws Exception {
        assertThat(hasher.hash(Pin.of("4711"))).isNotEqualTo(hasher.hash(Pin.of("4711")));
    }

    @Test
    void aHashMatchesItsPin() throws Exception {
        String hash = hasher.hash(Pin.of("4711"));

        assertThat(hasher.matches(Pin.of("4711"), hash)).isTrue();
    }

    @Test
    void aHashDoesNotMatchAnotherPin() throws Exception {
        String hash = hasher.hash(Pin.of("4711"));

        assertThat(hasher.matches(Pin.of("4712"), hash)).isFalse();
        assertThat(hasher.matches(Pin.of("47110"), hash)).isFalse();
    }

    @Test
    void aHashDoesNotMatchItsPinUnderAnotherPepper() throws Exception {
        String hash = hasher.hash(Pin.of("4711"));

        assertThat(new PinHasher(OTHER_PEPPER).matches(Pin.of("4711"), hash)).isFalse();
    }

    @Test
    void aHashIsArgon2idWithSpringsRecommendedCosts() throws Exception {
        assertThat(hasher.hash(Pin.of("4711"))).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
    }

    @Test
    void aHashDoesNotContainThePin() throws Exception {
        assertThat(hasher.hash(Pin.of("73914862"))).doesNotContain("73914862");
    }
}
