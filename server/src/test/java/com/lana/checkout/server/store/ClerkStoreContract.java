package com.lana.checkout.server.store;

import com.lana.checkout.api.staff.Clerk;
import com.lana.checkout.api.staff.ClerkName;
import com.lana.checkout.api.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How every store keeps clerks: by the folded form of their name, refusing a second clerk of one name,
 * and counting wrong PINs in one atomic step that locks a clerk at a limit. Each store's test class
 * extends this one and says only how to open a fresh store with no clerk.
 */
public abstract class ClerkStoreContract {

    private static final ClerkName ANN = ClerkName.of("Ann");
    private static final ClerkName BOB = ClerkName.of("Bob");
    private static final String HASH = "$argon2id$v=19$m=16384,t=2,p=1$c2FsdA$aGFzaA";
    private static final String OTHER_HASH = "$argon2id$v=19$m=16384,t=2,p=1$b3RoZXI$b3RoZXI";
    private static final Instant NINE = Instant.parse("2026-12-04T09:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(5);
    private static final int LIMIT = 5;

    private CheckoutStore checkoutStore;
    protected ClerkStore clerks;

    /** A new store holding no clerk; the test closes it. */
    protected abstract CheckoutStore openEmptyStore() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        checkoutStore = openEmptyStore();
        clerks = checkoutStore.clerks();
    }

    @AfterEach
    void closeStore() {
        checkoutStore.close();
    }

    @Test
    void aNewStoreHasNoClerks() throws Exception {
        assertThat(clerks.hasClerks()).isFalse();
        assertThat(clerks.list()).isEmpty();
    }

    @Test
    void anAddedClerkIsFoundByTheirNameInAnyCase() throws Exception {
        assertThat(clerks.add(ClerkName.of("Ann Smith"), Role.MANAGER, HASH)).isTrue();

        StoredClerk found = clerks.find(ClerkName.of("ANN SMITH")).orElseThrow();

        assertThat(found.clerk()).isEqualTo(new Clerk(ClerkName.of("Ann Smith"), Role.MANAGER, false));
        assertThat(found.clerk().name().display()).isEqualTo("Ann Smith");
        assertThat(found.pinHash()).isEqualTo(HASH);
        assertThat(found.failedAttempts()).isZero();
        assertThat(found.lockedUntil()).isNull();
        assertThat(clerks.hasClerks()).isTrue();
    }

    @Test
    void aNameNobodyHasIsNotFound() throws Exception {
        clerks.add(ANN, Role.CLERK, HASH);

        assertThat(clerks.find(BOB)).isEmpty();
    }

    @Test
    void aSecondClerkOfOneNameInAnotherCaseIsRefusedAndTheFirstKept() throws Exception {
        clerks.add(ANN, Role.CLERK, HASH);

        assertThat(clerks.add(ClerkName.of("ann"), Role.MANAGER, OTHER_HASH)).isFalse();

        assertThat(clerks.list()).singleElement().satisfies(only -> {
            assertThat(only.clerk().name().display()).isEqualTo("Ann");
            assertThat(only.clerk().role()).isEqualTo(Role.CLERK);
            assertThat(only.pinHash()).isEqualTo(HASH);
        });
    }

    @Test
    void theListIsInNameOrderWhateverTheCase() throws Exception {
        clerks.add(ClerkName.of("carla"), Role.CLERK, HASH);
        clerks.add(BOB, Role.MANAGER, HASH);
        clerks.add(ClerkName.of("alice"), Role.CLERK, HASH);

        assertThat(clerks.list()).extracting(clerk -> clerk.clerk().name().display())
                .containsExactly("alice", "Bob", "carla");
    }

    @Test
    void aDisabledClerkIsStillListedAndFoundAsDisabled() throws Exception {
        clerks.add(ANN, Role.CLERK, HASH);

        assertThat(clerks.disable(ClerkName.of("ANN"))).isTrue();

        assertThat(clerks.find(ANN).orElseThrow().clerk().disabled()).isTrue();
        assertThat(clerks.list()).extracting(clerk -> clerk.clerk().disabled()).containsExactly(true);
        assertThat(clerks.hasClerks()).isTrue();
    }

    @Test
    void changesToANameNobodyHasAnswerSoAndAddNobody() throws Exception {
        assertThat(clerks.disable(ANN)).isFalse();
        assertThat(clerks.setPinHash(ANN, HASH)).isFalse();
        assertThat(clerks.recordFailure(ANN, NINE, LIMIT, LOCK)).isZero();
        clerks.resetFailures(ANN);

        assertThat(clerks.hasClerks()).isFalse();
    }

    @Test
    void eachWrongPinIsCountedAndTheLimitLocksTheClerk() throws Exception {
        clerks.add(ANN, Role.CLERK, HASH);

        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < LIMIT - 1; i++) {
            counts.add(clerks.recordFailure(ANN, NINE.plusSeconds(i), LIMIT, LOCK));
        }
        assertThat(counts).containsExactly(1, 2, 3, 4);
        assertThat(clerks.find(ANN).orElseThrow().lockedUntil()).isNull();

        assertThat(clerks.recordFailure(ANN, NINE.plusSeconds(10), LIMIT, LOCK)).isEqualTo(LIMIT);

        StoredClerk locked = clerks.find(ANN).orElseThrow();
        assertThat(locked.lockedUntil()).isEqualTo(NINE.plusSeconds(10).plus(LOCK));
        assertThat(locked.lockedAt(NINE.plusSeconds(11))).contains(NINE.plusSeconds(10).plus(LOCK));
    }

    @Test
    void aWrongPinAfterTheLockEndedCountsFromOneAgain() throws Exception {
        clerks.add(ANN, Role.CLERK, HASH);
        for (int i = 0; i < LIMIT; i++) {
            clerks.recordFailure(ANN, NINE, LIMIT, LOCK);
        }
        Instant afterTheLock = NINE.plus(LOCK).plusSeconds(1);

        assertThat(clerks.recordFailure(ANN, afterTheLock, LIMIT, LOCK)).isEqualTo(1);

        StoredClerk clerk = clerks.find(ANN).orElseThrow();
        assertThat(clerk.lockedUntil()).isNull();
        assertThat(clerk.lockedAt(afterTheLock)).isEmpty();
    }

    @Test
    void aRightPinClearsTheCountAndTheLock() throws Exception {
        clerks.add(ANN, Role.CLERK, HASH);
        for (int i = 0; i < LIMIT; i++) {
            clerks.recordFailure(ANN, NINE, LIMIT, LOCK);
        }

        clerks.resetFailures(ANN);

        StoredClerk clerk = clerks.find(ANN).orElseThrow();
        assertThat(clerk.failedAttempts()).isZero();
        assertThat(clerk.lockedUntil()).isNull();
    }

    @Test
    void aNewPinHashReplacesTheOldAndClearsTheCountAndTheLock() throws Exception {
        clerks.add(ANN, Role.CLERK, HASH);
        for (int i = 0; i < LIMIT; i++) {
            clerks.recordFailure(ANN, NINE, LIMIT, LOCK);
        }

        assertThat(clerks.setPinHash(ClerkName.of("ann"), OTHER_HASH)).isTrue();

        StoredClerk clerk = clerks.find(ANN).orElseThrow();
        assertThat(clerk.pinHash()).isEqualTo(OTHER_HASH);
        assertThat(clerk.failedAttempts()).isZero();
        assertThat(clerk.lockedUntil()).isNull();
    }

    @Test
    void wrongPinsRecordedAtTheSameMomentAreAllCounted() throws Exception {
        clerks.add(ANN, Role.CLERK, HASH);
        int threads = 4;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<List<Integer>>> counted = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                counted.add(pool.submit(() -> {
                    start.await();
                    List<Integer> counts = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        counts.add(clerks.recordFailure(ANN, NINE, 1_000, LOCK));
                    }
                    return counts;
                }));
            }
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> counts : counted) {
                all.addAll(counts.get(60, TimeUnit.SECONDS));
            }

            assertThat(clerks.find(ANN).orElseThrow().failedAttempts()).isEqualTo(threads * each);
            assertThat(all).as("each failure saw its own count").doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }
}
