package com.lana.checkout.server.store.kinds;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Which URLs name a store; the stores themselves are tested by the contract's subclasses. */
class CheckoutStoresTest {

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:mysql://127.0.0.1:3306/lana", "jdbc:h2:mem:baskets", "redis://127.0.0.1:6379",
        "jdbc:h2:file:", "jdbc:postgresql://", "Memory", ""})
    void aUrlOfNoSupportedKindIsRefusedNamingItAndTheKindsSupported(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> CheckoutStores.open(url))
                .withMessage("Unsupported store '" + url + "': use memory, jdbc:h2:file:PATH or jdbc:postgresql://HOST:PORT/DB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:oracle:thin:@db:1521/lana?password=hunter2", "jdbc:h2:mem:x;PASSWORD=hunter2"})
    void aRefusedUrlIsNamedWithoutItsPassword(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> CheckoutStores.open(url))
                .withMessageContaining("***")
                .withMessageNotContaining("hunter2");
    }
}
