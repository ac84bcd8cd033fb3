package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.AuditTrail;
import com.lana.checkout.server.store.CatalogStore;
import com.lana.checkout.server.store.StaleCatalogException;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.ClerkStore;
import com.lana.checkout.server.store.SalesLedger;
import com.lana.checkout.server.store.ShiftStore;
import com.lana.checkout.server.store.memory.InMemoryStore;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * An in-memory store whose changes can be held at a gate: a server stuck on its store, as a test
 * needs it to be, with calls that truly reached the server and wait there.
 */
final class GatedStore implements CheckoutStore {

    private final InMemoryStore memory = new InMemoryStore();
    private final BasketStore gated = new GatedBaskets(memory.baskets());
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final Semaphore waiting = new Semaphore(0);

    /** From now on every change waits until {@link #open()}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void open() {
        gate.countDown();
    }

    /** Whether a change arrived and waits at the gate, within {@code timeout}. */
    boolean awaitWaitingChange(Duration timeout) throws InterruptedException {
        return waiting.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public BasketStore baskets() {
        return gated;
    }

    @Override
    public SalesLedger sales() {
        return memory.sales();
    }

    @Override
    public CatalogStore catalogs() {
        return memory.catalogs();
    }

    @Override
    public AuditTrail audit() {
        return memory.audit();
    }

    @Override
    public ShiftStore shifts() {
        return memory.shifts();
    }

    @Override
    public ClerkStore clerks() {
        return memory.clerks();
    }

    @Override
    public String description() {
        return "gated memory";
    }

    @Override
    public void close() {
        open();
        memory.close();
    }

    /** The in-memory baskets, with changes held at the gate. */
    private final class GatedBaskets implements BasketStore {

        private final BasketStore baskets;

        GatedBaskets(BasketStore baskets) {
            this.baskets = baskets;
        }

        @Override
        public BasketLines change(BasketId basket, String product, int delta, OperationId operation,
                                  long catalogVersion, long nowMillis)
                throws BasketNotFoundException, InvalidRequestException, StoreUnavailableException, StaleCatalogException {
            CountDownLatch current = gate;
            if (current.getCount() > 0) {
                waiting.release();
                try {
                    current.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreUnavailableException("Interrupted at the gate");
                }
            }
            return baskets.change(basket, product, delta, operation, catalogVersion, nowMillis);
        }

        @Override
        public BasketId create(long nowMillis) throws StoreUnavailableException {
            return baskets.create(nowMillis);
        }

        @Override
        public BasketLines read(BasketId basket, long nowMillis) throws BasketNotFoundException, StoreUnavailableException {
            return baskets.read(basket, nowMillis);
        }

        @Override
        public BasketLines remove(BasketId basket) throws BasketNotFoundException, StoreUnavailableException {
            return baskets.remove(basket);
        }

        @Override
        public int expireIdleSince(long cutoffMillis) throws StoreUnavailableException {
            return baskets.expireIdleSince(cutoffMillis);
        }

        @Override
        public com.lana.checkout.api.Sale completeSale(BasketId basket, OperationId operation, SaleMaker maker,
                long nowMillis) throws com.lana.checkout.api.CheckoutException {
            return baskets.completeSale(basket, operation, maker, nowMillis);
        }

        @Override
        public java.util.List<BasketId> openEndingWith(com.lana.checkout.api.BasketIdSuffix suffix)
                throws StoreUnavailableException {
            return baskets.openEndingWith(suffix);
        }

        @Override
        public int size() throws StoreUnavailableException {
            return baskets.size();
        }
    }
}
