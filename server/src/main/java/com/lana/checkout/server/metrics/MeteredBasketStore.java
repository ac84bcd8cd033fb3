package com.lana.checkout.server.metrics;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketIdSuffix;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.StaleCatalogException;

import java.util.List;

/**
 * A {@link BasketStore} whose every operation is measured by its {@link StoreMeter}: timed, its
 * failures counted, baskets opened, removed and expired counted. Each method is written out, so the
 * meters are reached through a field (no reflection, no lookup by name); the default {@code change}
 * without a catalog version goes through the measured one.
 */
final class MeteredBasketStore implements BasketStore {

    private final BasketStore baskets;
    private final StoreMeter meter;
    private final StoreMeter.Operation create;
    private final StoreMeter.Operation change;
    private final StoreMeter.Operation read;
    private final StoreMeter.Operation remove;
    private final StoreMeter.Operation expireIdleSince;
    private final StoreMeter.Operation openEndingWith;
    private final StoreMeter.Operation size;
    private final StoreMeter.Operation completeSale;

    MeteredBasketStore(BasketStore baskets, StoreMeter meter) {
        this.baskets = baskets;
        this.meter = meter;
        create = meter.operation("create");
        change = meter.operation("change");
        read = meter.operation("read");
        remove = meter.operation("remove");
        expireIdleSince = meter.operation("expireIdleSince");
        openEndingWith = meter.operation("openEndingWith");
        size = meter.operation("size");
        completeSale = meter.operation("completeSale");
    }

    @Override
    public BasketId create(long nowMillis) throws StoreUnavailableException {
        long started = System.nanoTime();
        try {
            BasketId created = create.answered(baskets.create(nowMillis));
            meter.created();
            return created;
        } catch (StoreUnavailableException e) {
            throw create.unavailable(e);
        } catch (RuntimeException | Error e) {
            create.failed();
            throw e;
        } finally {
            create.timed(started);
        }
    }

    @Override
    public BasketLines change(BasketId basket, String line, int delta, OperationId operation, long catalogVersion,
                              long nowMillis)
            throws BasketNotFoundException, InvalidRequestException, StoreUnavailableException, StaleCatalogException {
        long started = System.nanoTime();
        try {
            return change.answered(baskets.change(basket, line, delta, operation, catalogVersion, nowMillis));
        } catch (StoreUnavailableException e) {
            throw change.unavailable(e);
        } catch (RuntimeException | Error e) {
            change.failed();
            throw e;
        } finally {
            change.timed(started);
        }
    }

    @Override
    public BasketLines read(BasketId basket, long nowMillis) throws BasketNotFoundException, StoreUnavailableException {
        long started = System.nanoTime();
        try {
            return read.answered(baskets.read(basket, nowMillis));
        } catch (StoreUnavailableException e) {
            throw read.unavailable(e);
        } catch (RuntimeException | Error e) {
            read.failed();
            throw e;
        } finally {
            read.timed(started);
        }
    }

    @Override
    public BasketLines remove(BasketId basket) throws BasketNotFoundException, StoreUnavailableException {
        long started = System.nanoTime();
        try {
            BasketLines removed = remove.answered(baskets.remove(basket));
            meter.removed();
            return removed;
        } catch (StoreUnavailableException e) {
            throw remove.unavailable(e);
        } catch (RuntimeException | Error e) {
            remove.failed();
            throw e;
        } finally {
            remove.timed(started);
        }
    }

    @Override
    public int expireIdleSince(long cutoffMillis) throws StoreUnavailableException {
        long started = System.nanoTime();
        try {
            int expired = expireIdleSince.answered(baskets.expireIdleSince(cutoffMillis));
            meter.expired(expired);
            return expired;
        } catch (StoreUnavailableException e) {
            throw expireIdleSince.unavailable(e);
        } catch (RuntimeException | Error e) {
            expireIdleSince.failed();
            throw e;
        } finally {
            expireIdleSince.timed(started);
        }
    }

    @Override
    public List<BasketId> openEndingWith(BasketIdSuffix suffix) throws StoreUnavailableException {
        long started = System.nanoTime();
        try {
            return openEndingWith.answered(baskets.openEndingWith(suffix));
        } catch (StoreUnavailableException e) {
            throw openEndingWith.unavailable(e);
        } catch (RuntimeException | Error e) {
            openEndingWith.failed();
            throw e;
        } finally {
            openEndingWith.timed(started);
        }
    }

    @Override
    public int size() throws StoreUnavailableException {
        long started = System.nanoTime();
        try {
            return size.answered(baskets.size());
        } catch (StoreUnavailableException e) {
            throw size.unavailable(e);
        } catch (RuntimeException | Error e) {
            size.failed();
            throw e;
        } finally {
            size.timed(started);
        }
    }

    @Override
    public Sale completeSale(BasketId basket, OperationId operation, SaleMaker maker, long nowMillis)
            throws CheckoutException {
        long started = System.nanoTime();
        try {
            return completeSale.answered(baskets.completeSale(basket, operation, maker, nowMillis));
        } catch (StoreUnavailableException e) {
            throw completeSale.unavailable(e);
        } catch (RuntimeException | Error e) {
            completeSale.failed();
            throw e;
        } finally {
            completeSale.timed(started);
        }
    }

    @Override
    public String toString() {
        return "metered " + baskets;
    }
}
