package com.lana.checkout.server.metrics;

import com.lana.checkout.server.store.BasketStore;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The open-baskets gauge's value: the store's {@link BasketStore#size()}, asked at most once per
 * {@link #MAX_AGE_MILLIS} however often it is read (a scrape, jconsole's polling), so that reading
 * metrics never loads a database. One reader refreshes it while the others answer the value
 * before; NaN when the store did not answer.
 */
final class OpenBaskets {

    static final long MAX_AGE_MILLIS = 1_000;

    private final BasketStore store;
    private final LongSupplier nanoClock;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile double value = Double.NaN;
    private volatile long readAtNanos;
    private volatile boolean read;

    OpenBaskets(BasketStore store, LongSupplier nanoClock) {
        this.store = store;
        this.nanoClock = nanoClock;
    }

    double value() {
        if ((!read || nanoClock.getAsLong() - readAtNanos >= TimeUnit.MILLISECONDS.toNanos(MAX_AGE_MILLIS))
                && refreshing.tryLock()) {
            try {
                value = store.size();
            } catch (Exception e) {
                value = Double.NaN;   // the store's own meters count and log the failure
            } finally {
                readAtNanos = nanoClock.getAsLong();
                read = true;
                refreshing.unlock();
            }
        }
        return value;
    }
}
