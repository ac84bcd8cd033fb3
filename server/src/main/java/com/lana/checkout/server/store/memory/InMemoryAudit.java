package com.lana.checkout.server.store.memory;

import com.lana.checkout.api.audit.AuditEntry;
import com.lana.checkout.server.store.AuditTrail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The audit trail in this JVM's memory: a list that only grows, guarded by its own monitor. */
final class InMemoryAudit implements AuditTrail {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(AuditEntry entry) {
        entries.add(Objects.requireNonNull(entry, "entry"));
    }

    /** A stable sort: entries of the same time stay in the order appended. */
    @Override
    public synchronized List<AuditEntry> day(LocalDate day) {
        return entries.stream().filter(entry -> entry.time().toLocalDate().equals(day))
                .sorted(Comparator.comparing(AuditEntry::time)).toList();
    }
}
