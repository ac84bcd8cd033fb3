package com.lana.checkout.server.metrics;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketIdSuffix;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNotFoundException;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;
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

import java.time.LocalDate;
import java.util.List;

/**
 * An in-memory store that can be made to fail as a database store does when its database goes away
 * ({@link Mode#UNAVAILABLE}), to hang as one does on a network that drops packets ({@link
 * Mode#HANGING}, until switched back), or to fail unexpectedly ({@link Mode#BROKEN}).
 */
final class SwitchableStore implements CheckoutStore {

    enum Mode { WORKING, UNAVAILABLE, HANGING, BROKEN }

    private final InMemoryStore memory = new InMemoryStore();
    private final BasketStore baskets = new SwitchableBaskets(memory.baskets());
    private final SalesLedger sales = new SwitchableSales(memory.sales());
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
    public BasketStore baskets() {
        return baskets;
    }

    @Override
    public SalesLedger sales() {
        return sales;
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
        return "switchable memory";
    }

    @Override
    public void close() {
        switchTo(Mode.WORKING);
        memory.close();
    }

    /** The in-memory baskets, in the store's mode. */
    private final class SwitchableBaskets implements BasketStore {

        private final BasketStore baskets;

        SwitchableBaskets(BasketStore baskets) {
            this.baskets = baskets;
        }

        @Override
        public BasketId create(long nowMillis) throws StoreUnavailableException {
            enter();
            return baskets.create(nowMillis);
        }

        @Override
        public BasketLines change(BasketId basket, String product, int delta, OperationId operation,
                                  long catalogVersion, long nowMillis)
                throws BasketNotFoundException, InvalidRequestException, StoreUnavailableException, StaleCatalogException {
            enter();
            return baskets.change(basket, product, delta, operation, catalogVersion, nowMillis);
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
        public List<BasketId> openEndingWith(BasketIdSuffix suffix) throws StoreUnavailableException {
            enter();
            return baskets.openEndingWith(suffix);
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
    }

    /** The in-memory sales, in the store's mode. */
    private final class SwitchableSales implements SalesLedger {

        private final SalesLedger sales;

        SwitchableSales(SalesLedger sales) {
            this.sales = sales;
        }

        @Override
        public Sale sale(SaleNumber number) throws SaleNotFoundException, StoreUnavailableException {
            enter();
            return sales.sale(number);
        }

        @Override
        public List<Sale> sales(LocalDate day) throws StoreUnavailableException {
            enter();
            return sales.sales(day);
        }

        @Override
        public List<SaleSummary> journal(LocalDate day) throws StoreUnavailableException {
            enter();
            return sales.journal(day);
        }

        @Override
        public DayReport dayReport(LocalDate day) throws StoreUnavailableException {
            enter();
            return sales.dayReport(day);
        }

        @Override
        public Takings takings(String till, java.time.LocalDateTime from, java.time.LocalDateTime to)
                throws StoreUnavailableException {
            enter();
            return sales.takings(till, from, to);
        }

        @Override
        public com.lana.checkout.api.Refund refund(SaleNumber sale, com.lana.checkout.api.OperationId operation,
                RefundMaker maker) throws CheckoutException {
            enter();
            return sales.refund(sale, operation, maker);
        }

        @Override
        public com.lana.checkout.api.Refund refund(com.lana.checkout.api.RefundNumber number)
                throws com.lana.checkout.api.RefundNotFoundException, StoreUnavailableException {
            enter();
            return sales.refund(number);
        }

        @Override
        public SaleRefunds refundsOf(SaleNumber sale) throws SaleNotFoundException, StoreUnavailableException {
            enter();
            return sales.refundsOf(sale);
        }

        @Override
        public List<com.lana.checkout.api.Refund> refunds(LocalDate day) throws StoreUnavailableException {
            enter();
            return sales.refunds(day);
        }
    }
}
