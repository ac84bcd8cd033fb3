package com.lana.checkout.server.store.memory;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.server.store.BasketStore;

import java.util.Arrays;

/**
 * One open basket of the {@link InMemoryBasketStore}: how many units of each product it holds,
 * products named by the store's small int indexes. Thread-safe: every read and write
 * happens under this basket's own monitor, so changes to one basket are applied one at a time while
 * other baskets are changed in parallel. There is no lock wider than one basket on the add/total path.
 *
 * <p>Once {@link #close() closed} (removed, expired or {@link #closeAsPaid paid}) a basket refuses
 * every change, which is what makes "no item added to a removed basket" hold: an add either takes
 * the monitor before the close and lands, or after it and fails. The same goes for a sale: an add
 * lands in the sold lines or fails.
 *
 * <p>Compact on purpose, since a server may hold a million of these: lines are packed as
 * {@code (product index, quantity)} pairs in one {@code int[]}, in the order products were first added.
 */
public final class Basket {

    /** How many recent operation ids a basket remembers to recognise a retried change. */
    static final int REMEMBERED_OPERATIONS = 16;

    private static final int[] NO_LINES = new int[0];

    private final BasketId id;
    /** The catalog version the basket was opened under; it never changes. */
    private final int catalogVersion;
    private int[] lines = NO_LINES;
    private int lineCount;
    private long version;
    /** Why the basket was closed, or null while it is open. */
    private Closed closedAs;
    private long lastUsedMillis;
    /** Ring of recent operation ids, two longs each; grows with the first identified changes. */
    private long[] recentOperations;
    private int rememberedOperations;
    private int nextOperationSlot;

    public Basket(BasketId id, long nowMillis) {
        this(id, 1, nowMillis);
    }

    public Basket(BasketId id, long catalogVersion, long nowMillis) {
        this.id = id;
        this.catalogVersion = Math.toIntExact(catalogVersion);
        this.lastUsedMillis = nowMillis;
    }

    public BasketId id() {
        return id;
    }

    /** The catalog version the basket was opened under; no lock needed, it never changes. */
    public long catalogVersion() {
        return catalogVersion;
    }

    /**
     * Adds {@code delta} units (negative: removes) of the product with catalog index {@code product}.
     * A change whose {@code operation} was already applied is not applied again.
     *
     * @return the basket's state after the change
     * @throws BasketNotFoundException when the basket is closed
     * @throws InvalidRequestException when removing more units than the basket holds, or when the
     *     line would exceed {@link BasketStore#MAX_LINE_QUANTITY}
     */
    public synchronized Snapshot change(int product, int delta, String productCode, OperationId operation, long nowMillis)
            throws BasketNotFoundException, InvalidRequestException {
        requireOpen();
        lastUsedMillis = nowMillis;
        if (operation != null && alreadyApplied(operation)) {
            return snapshot();
        }
        int at = indexOf(product);
        long current = at < 0 ? 0 : lines[at + 1];
        long updated = current + delta;
        if (updated < 0) {
            throw new InvalidRequestException(current == 0
                    ? "Basket " + id + " has no " + productCode + " to remove"
                    : "Basket " + id + " has only " + current + " " + productCode + " to remove, not " + -delta);
        }
        if (updated > BasketStore.MAX_LINE_QUANTITY) {
            throw new InvalidRequestException("A basket holds at most " + BasketStore.MAX_LINE_QUANTITY + " " + productCode);
        }
        if (at < 0) {
            appendLine(product, (int) updated);
        } else if (updated == 0) {
            removeLine(at);
        } else {
            lines[at + 1] = (int) updated;
        }
        version++;
        if (operation != null) {
            remember(operation);
        }
        return snapshot();
    }

    /** The basket's current state. */
    public synchronized Snapshot read(long nowMillis) throws BasketNotFoundException {
        requireOpen();
        lastUsedMillis = nowMillis;
        return snapshot();
    }

    /**
     * Closes the basket for good. Every later call fails with {@link BasketNotFoundException}.
     *
     * @return what the basket held when it was closed, or null if it was already closed
     */
    public synchronized Snapshot close() {
        return close(Closed.REMOVED);
    }

    private Snapshot close(Closed why) {
        if (closedAs != null) {
            return null;
        }
        Snapshot last = snapshot();
        closedAs = why;
        lines = NO_LINES;
        lineCount = 0;
        recentOperations = null;
        return last;
    }

    /** Closes the basket if it has not been used since {@code cutoffMillis}; for expiry. */
    public synchronized boolean closeIfIdleSince(long cutoffMillis) {
        if (closedAs != null || lastUsedMillis > cutoffMillis) {
            return false;
        }
        return close(Closed.EXPIRED) != null;
    }

    /**
     * Closes the basket as paid once {@code recorder} has recorded the sale of what it holds, all under
     * this basket's monitor, so that no change lands between the lines recorded and the closing. When
     * the basket was already paid under {@code operation}, answers that sale's number without calling
     * {@code recorder} (a retry).
     *
     * @return the number of the sale the basket was paid as
     * @throws BasketNotFoundException when the basket is closed (paid under another operation, removed, expired)
     * @throws CheckoutException what {@code recorder} throws to refuse the sale; the basket stays open and unchanged
     */
    public synchronized SaleNumber closeAsPaid(OperationId operation, long nowMillis, SaleRecorder recorder)
            throws CheckoutException {
        if (closedAs != null && operation.equals(closedAs.paidBy())) {
            return closedAs.paidAs();
        }
        requireOpen();
        lastUsedMillis = nowMillis;
        SaleNumber number = recorder.record(snapshot());
        close(new Closed(BasketNotFoundException.Reason.PAID, number, operation));
        return number;
    }

    /** Records the sale of a basket's lines; see {@link #closeAsPaid}. */
    @FunctionalInterface
    public interface SaleRecorder {
        /**
         * @return the number the sale was recorded under
         * @throws CheckoutException to refuse the sale, recording nothing
         */
        SaleNumber record(Snapshot lines) throws CheckoutException;
    }

    public synchronized boolean isClosed() {
        return closedAs != null;
    }

    private void requireOpen() throws BasketNotFoundException {
        if (closedAs != null) {
            // The reason travels with the basket, so a call that found it just before it expired
            // is told it expired, not that it never existed, and one that found it just before it
            // was paid is told which sale it was paid as.
            throw closedAs.reason() == BasketNotFoundException.Reason.PAID
                    ? BasketNotFoundException.paid(id, closedAs.paidAs())
                    : new BasketNotFoundException(id, closedAs.reason());
        }
    }

    private Snapshot snapshot() {
        return new Snapshot(id, version, Arrays.copyOf(lines, lineCount * 2), catalogVersion);
    }

    private int indexOf(int product) {
        for (int i = 0; i < lineCount * 2; i += 2) {
            if (lines[i] == product) {
                return i;
            }
        }
        return -1;
    }

    private void appendLine(int product, int quantity) {
        if (lineCount * 2 == lines.length) {
            lines = Arrays.copyOf(lines, Math.max(6, lines.length * 2));
        }
        lines[lineCount * 2] = product;
        lines[lineCount * 2 + 1] = quantity;
        lineCount++;
    }

    private void removeLine(int at) {
        System.arraycopy(lines, at + 2, lines, at, lineCount * 2 - at - 2);
        lineCount--;
    }

    private boolean alreadyApplied(OperationId operation) {
        if (recentOperations == null) {
            return false;
        }
        for (int i = 0; i < rememberedOperations * 2; i += 2) {
            if (recentOperations[i] == operation.high() && recentOperations[i + 1] == operation.low()) {
                return true;
            }
        }
        return false;
    }

    private void remember(OperationId operation) {
        int slot = nextOperationSlot;
        if (recentOperations == null || slot * 2 == recentOperations.length) {
            // Grown one id at a time up to the full ring: most baskets see a few changes, and a
            // million open baskets must not each carry 272 bytes of mostly empty ring.
            recentOperations = recentOperations == null
                    ? new long[2] : Arrays.copyOf(recentOperations, recentOperations.length + 2);
        }
        nextOperationSlot = (slot + 1) % REMEMBERED_OPERATIONS;
        rememberedOperations = Math.min(rememberedOperations + 1, REMEMBERED_OPERATIONS);
        recentOperations[slot * 2] = operation.high();
        recentOperations[slot * 2 + 1] = operation.low();
    }

    /**
     * Why a basket was closed: removed and expired baskets share one instance each, so that only
     * a paid basket carries its sale and completing operation, and no open basket pays for them.
     *
     * @param paidAs the sale a paid basket was paid as; null otherwise
     * @param paidBy the operation that completed it; null otherwise
     */
    private record Closed(BasketNotFoundException.Reason reason, SaleNumber paidAs, OperationId paidBy) {
        static final Closed REMOVED = new Closed(BasketNotFoundException.Reason.UNKNOWN, null, null);
        static final Closed EXPIRED = new Closed(BasketNotFoundException.Reason.EXPIRED, null, null);
    }

    /**
     * A basket's state at one moment, detached from the basket: pricing works on this, outside the lock.
     *
     * @param lines {@code (product index, quantity)} pairs, in the order products were first added
     */
    public record Snapshot(BasketId id, long version, int[] lines, long catalogVersion) {

        public int lineCount() {
            return lines.length / 2;
        }

        public int product(int line) {
            return lines[line * 2];
        }

        public int quantity(int line) {
            return lines[line * 2 + 1];
        }
    }
}
