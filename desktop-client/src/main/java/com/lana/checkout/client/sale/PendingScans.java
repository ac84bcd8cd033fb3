package com.lana.checkout.client.sale;

import com.lana.checkout.api.OperationId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One sale's scans the server has not confirmed, in scan order. They are sent one at a time, the
 * oldest first, so the server sees them in the order the clerk made them. Use on the UI thread.
 */
public final class PendingScans {

    private final List<PendingScan> scans = new ArrayList<>();

    /** Adds a scan at the end of the queue and answers with it. */
    PendingScan enqueue(String code, int quantity) {
        PendingScan scan = PendingScan.of(code, quantity);
        scans.add(scan);
        return scan;
    }

    /** Puts scans ahead of every queued one, in their order: a sale's lines when it is re-created. */
    void enqueueFirst(List<PendingScan> first) {
        scans.addAll(0, first);
    }

    /**
     * Marks the oldest scan as on the wire and answers with it; empty when the queue is empty or a
     * scan is on the wire already (one at a time keeps the order).
     */
    Optional<PendingScan> startSending() {
        if (scans.isEmpty() || isSending()) {
            return Optional.empty();
        }
        PendingScan sending = scans.get(0).in(PendingScan.State.SENDING);
        scans.set(0, sending);
        return Optional.of(sending);
    }

    /** The server applied it: it leaves the queue. */
    void confirm(OperationId operation) {
        scans.removeIf(scan -> scan.operation().equals(operation));
    }

    /** The server refused it (an unknown product, a limit): it leaves the queue. */
    void refuse(OperationId operation) {
        confirm(operation);
    }

    /** Its attempt reached no server: it stays first in line, held until the server answers again. */
    void hold(OperationId operation) {
        scans.replaceAll(scan -> scan.operation().equals(operation) ? scan.in(PendingScan.State.HELD) : scan);
    }

    /**
     * The clerk takes a scan back before the server has it.
     *
     * @return false when it is on the wire now (its fate is the server's) or no longer pending
     */
    boolean drop(OperationId operation) {
        return scans.removeIf(scan -> scan.operation().equals(operation) && scan.state() != PendingScan.State.SENDING);
    }

    /** The newest pending scan of a product, if any. */
    Optional<PendingScan> lastOf(String code) {
        for (int i = scans.size() - 1; i >= 0; i--) {
            if (scans.get(i).code().equals(code)) {
                return Optional.of(scans.get(i));
            }
        }
        return Optional.empty();
    }

    /** The pending scan of that operation, if it is still pending. */
    Optional<PendingScan> find(OperationId operation) {
        return scans.stream().filter(scan -> scan.operation().equals(operation)).findFirst();
    }

    boolean isSending() {
        return !scans.isEmpty() && scans.get(0).state() == PendingScan.State.SENDING;
    }

    boolean isEmpty() {
        return scans.isEmpty();
    }

    int size() {
        return scans.size();
    }

    /** The pending scans, oldest first. */
    public List<PendingScan> all() {
        return List.copyOf(scans);
    }
}
