package com.lana.checkout.server.metrics;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNotFoundException;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.store.BasketLines;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.InMemoryBasketStore;

import java.time.LocalDate;
import java.util.List;

/**
 * An in-memory store that can be made to fail as a database store does when its database goes away
 * ({@link Mode#UNAVAILABLE}), to hang as one does on a network that drops packets ({@link
 * Mode#HANGING}, until switched back), or to fail unexpectedly ({@link Mode#BROKEN}).
 */
final class SwitchableStore implements BasketStore {

    enum Mode { WORKING, UNAVAILABLE, HANGING, BROKEN }

    private final BasketStore baskets = new InMemoryBasketStore();
    private Mode mode = Mode.WORKING;

    synchronized void switchTo(Mode mode) {
        this.mode = mode;
        notifyAll();
    }

    private synchronized void enter() throws StoreUnavailableException {
        while (mode == Mode.HANGING) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreUnavailableException("Interrupted while hanging");
            }
        }
        switch (mode) {
            case UNAVAILABLE -> throw new StoreUnavailableException(
                    "The basket store is unavailable (Connection refused); try again in a moment");
            case BROKEN -> throw new IllegalStateException("Disk on fire at block 42");
            default -> {
                // working: carry on
            }
        }
    }

    @Override
    public BasketId create(long nowMillis) throws StoreUnavailableException {
        enter();
        return baskets.create(nowMillis);
    }

    @Override
    public BasketLines change(BasketId basket, String product, int delta, OperationId operation, long nowMillis)
            throws BasketNotFoundException, InvalidRequestException, StoreUnavailableException {
        enter();
        return baskets.change(basket, product, delta, operation, nowMillis);
    }

    @Override
    public BasketLines read(BasketId basket, long nowMillis) throws BasketNotFoundException, StoreUnavailableException {
        enter();
        return baskets.read(basket, nowMillis);
    }

    @Override
    public BasketLines remove(BasketId basket) throws BasketNotFoundException, StoreUnavailableException {
        enter();
        return baskets.remove(basket);
    }

    @Override
    public int expireIdleSince(long cutoffMillis) throws StoreUnavailableException {
        enter();
        return baskets.expireIdleSince(cutoffMillis);
    }

    @Override
    public int size() throws StoreUnavailableException {
        enter();
        return baskets.size();
    }

    @Override
    public Sale completeSale(BasketId basket, OperationId operation, SaleMaker maker, long nowMillis)
            throws CheckoutException {
        enter();
        return baskets.completeSale(basket, operation, maker, nowMillis);
    }

    @Override
    public Sale sale(SaleNumber number) throws SaleNotFoundException, StoreUnavailableException {
        enter();
        return baskets.sale(number);
    }

    @Override
    public List<Sale> sales(LocalDate day) throws StoreUnavailableException {
        enter();
        return baskets.sales(day);
    }

    @Override
    public DayReport dayReport(LocalDate day) throws StoreUnavailableException {
        enter();
        return baskets.dayReport(day);
    }

    @Override
    public String description() {
        return "switchable memory";
    }

    @Override
    public void close() {
        switchTo(Mode.WORKING);
        baskets.close();
    }
}
