package com.lana.checkout.server;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.store.BasketLines;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.InMemoryBasketStore;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * An in-memory store whose changes can be held at a gate: a server stuck on its store, as a test
 * needs it to be, with calls that truly reached the server and wait there.
 */
final class GatedStore implements BasketStore {

    private final BasketStore baskets = new InMemoryBasketStore();
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
    public BasketLines change(BasketId basket, String product, int delta, OperationId operation, long nowMillis)
            throws BasketNotFoundException, InvalidRequestException, StoreUnavailableException {
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
        return baskets.change(basket, product, delta, operation, nowMillis);
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
    public com.lana.checkout.api.Sale sale(com.lana.checkout.api.SaleNumber number)
            throws com.lana.checkout.api.SaleNotFoundException, StoreUnavailableException {
        return baskets.sale(number);
    }

    @Override
    public java.util.List<com.lana.checkout.api.Sale> sales(java.time.LocalDate day) throws StoreUnavailableException {
        return baskets.sales(day);
    }

    @Override
    public com.lana.checkout.api.DayReport dayReport(java.time.LocalDate day) throws StoreUnavailableException {
        return baskets.dayReport(day);
    }

    @Override
    public int size() throws StoreUnavailableException {
        return baskets.size();
    }

    @Override
    public String description() {
        return "gated memory";
    }

    @Override
    public void close() {
        open();
        baskets.close();
    }
}
