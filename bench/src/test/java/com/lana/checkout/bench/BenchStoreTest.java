package com.lana.checkout.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** How {@code --store} arguments name the stores the benchmark runs on. */
class BenchStoreTest {

    @Test
    void noStoreMeansTheInMemoryOne() {
        assertThat(BenchStore.parseAll(null)).containsExactly(new BenchStore("memory", "memory"));
    }

    @Test
    void aCommaListAndRepeatedOptionsNameEachStoreOnceInOrder() {
        List<BenchStore> stores = BenchStore.parseAll(List.of("memory,jdbc:h2:file:/tmp/a",
                "jdbc:postgresql://127.0.0.1:5432/lana?user=lana", "memory"));

        assertThat(stores).extracting(BenchStore::kind).containsExactly("memory", "h2", "postgresql");
    }

    @Test
    void aPostgresqlUrlWithSeveralHostsKeepsItsCommas() {
        List<BenchStore> stores = BenchStore.parseAll(List.of("jdbc:postgresql://a:5432,b:5432/lana?user=lana,memory"));

        assertThat(stores).containsExactly(new BenchStore("postgresql", "jdbc:postgresql://a:5432,b:5432/lana?user=lana"),
                new BenchStore("memory", "memory"));
    }

    @Test
    void anH2ServerGetsAFreshFileInTheGivenFolderWithTheUrlsSettings() {
        BenchStore store = BenchStore.parse("jdbc:h2:file:/srv/shop/baskets;CACHE_SIZE=8192");

        assertThat(store.serverUrl(Path.of("/tmp/fresh")))
                .isEqualTo("jdbc:h2:file:/tmp/fresh/checkout;CACHE_SIZE=8192");
    }

    @Test
    void aPasswordInAUrlIsMaskedInTheReport() {
        BenchStore store = BenchStore.parse("jdbc:postgresql://db:5432/lana?user=lana&password=secret");

        assertThat(store.safeUrl()).isEqualTo("jdbc:postgresql://db:5432/lana?user=lana&password=***");
    }

    @Test
    void aUrlOfAnotherDatabaseIsRefusedByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> BenchStore.parse("jdbc:mysql://db/lana"))
                .withMessageContaining("Unsupported store 'jdbc:mysql://db/lana'");
    }
}
