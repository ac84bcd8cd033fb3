package com.lana.checkout.server.store.memory;

import com.lana.checkout.api.staff.Clerk;
import com.lana.checkout.api.staff.ClerkName;
import com.lana.checkout.api.staff.Role;
import com.lana.checkout.server.store.ClerkStore;
import com.lana.checkout.server.store.StoredClerk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The clerks of an {@link InMemoryStore}, by their names' folded form. Each change is one
 * {@link ConcurrentHashMap#compute} of the clerk's immutable entry, so it is atomic.
 */
final class InMemoryClerks implements ClerkStore {

    private final Map<String, StoredClerk> clerks = new ConcurrentHashMap<>();

    @Override
    public boolean add(ClerkName name, Role role, String pinHash) {
        StoredClerk clerk = new StoredClerk(new Clerk(name, role, false), pinHash, 0, null);
        return clerks.putIfAbsent(name.key(), clerk) == null;
    }

    @Override
    public List<StoredClerk> list() {
        List<StoredClerk> all = new ArrayList<>(clerks.values());
        all.sort(Comparator.comparing(clerk -> clerk.clerk().name().key()));
        return all;
    }

    @Override
    public Optional<StoredClerk> find(ClerkName name) {
        return Optional.ofNullable(clerks.get(name.key()));
    }

    @Override
    public boolean disable(ClerkName name) {
        return clerks.computeIfPresent(name.key(), (key, clerk) -> new StoredClerk(
                new Clerk(clerk.clerk().name(), clerk.clerk().role(), true),
                clerk.pinHash(), clerk.failedAttempts(), clerk.lockedUntil())) != null;
    }

    @Override
    public boolean setPinHash(ClerkName name, String pinHash) {
        Objects.requireNonNull(pinHash, "pinHash");
        return clerks.computeIfPresent(name.key(), (key, clerk) -> new StoredClerk(clerk.clerk(), pinHash, 0, null))
                != null;
    }

    @Override
    public int recordFailure(ClerkName name, Instant at, int limit, Duration lockFor) {
        StoredClerk after = clerks.computeIfPresent(name.key(), (key, clerk) -> {
            boolean lockEnded = clerk.lockedUntil() != null && !clerk.lockedUntil().isAfter(at);
            int count = lockEnded ? 1 : clerk.failedAttempts() + 1;
            Instant lockedUntil = count >= limit ? at.plus(lockFor) : lockEnded ? null : clerk.lockedUntil();
            return new StoredClerk(clerk.clerk(), clerk.pinHash(), count, lockedUntil);
        });
        return after == null ? 0 : after.failedAttempts();
    }

    @Override
    public void resetFailures(ClerkName name) {
        clerks.computeIfPresent(name.key(),
                (key, clerk) -> new StoredClerk(clerk.clerk(), clerk.pinHash(), 0, null));
    }

    @Override
    public boolean hasClerks() {
        return !clerks.isEmpty();
    }
}
