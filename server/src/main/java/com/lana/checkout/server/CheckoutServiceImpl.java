package com.lana.checkout.server;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.ProductCode;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.ServerStoppingException;
import com.lana.checkout.api.UnknownProductException;
import com.lana.checkout.server.store.BasketLines;
import com.lana.checkout.server.store.BasketStore;

import java.time.Clock;

/**
 * The checkout service itself, free of RMI plumbing and of storage: it checks the request, has the
 * {@link BasketStore} carry out the change as one atomic step, and prices the basket's lines that the
 * store answers, outside any lock or transaction. {@link CheckoutServer} exports it over RMI; tests
 * may also call it directly.
 */
public final class CheckoutServiceImpl implements CheckoutService {

    private final PriceList prices;
    private final BasketStore store;
    private final Clock clock;
    private volatile boolean stopping;

    public CheckoutServiceImpl(Catalog catalog, BasketStore store, Clock clock) {
        this.prices = new PriceList(catalog);
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void ping() throws ServerStoppingException {
        // Nothing else to do: the call itself is the answer.
        checkRunning();
    }

    @Override
    public Catalog catalog() throws ServerStoppingException {
        checkRunning();
        return prices.catalog();
    }

    @Override
    public BasketId createBasket() throws CheckoutException, ServerStoppingException {
        checkRunning();
        return store.create(clock.millis());
    }

    @Override
    public Receipt addProduct(BasketId basket, String productCode) throws CheckoutException, ServerStoppingException {
        return change(basket, productCode, 1, null);
    }

    @Override
    public Receipt addProduct(BasketId basket, String productCode, int quantity, OperationId operation)
            throws CheckoutException, ServerStoppingException {
        return change(basket, productCode, checkQuantity(quantity), operation);
    }

    @Override
    public Receipt removeProduct(BasketId basket, String productCode)
            throws CheckoutException, ServerStoppingException {
        return change(basket, productCode, -1, null);
    }

    @Override
    public Receipt removeProduct(BasketId basket, String productCode, int quantity, OperationId operation)
            throws CheckoutException, ServerStoppingException {
        return change(basket, productCode, -checkQuantity(quantity), operation);
    }

    @Override
    public Money total(BasketId basket) throws CheckoutException, ServerStoppingException {
        return receipt(basket).total();
    }

    @Override
    public Receipt receipt(BasketId basket) throws CheckoutException, ServerStoppingException {
        checkRunning();
        return Pricing.receipt(prices, store.read(checkBasket(basket), clock.millis()));
    }

    @Override
    public void removeBasket(BasketId basket) throws CheckoutException, ServerStoppingException {
        checkRunning();
        store.remove(checkBasket(basket));
    }

    @Override
    public com.lana.checkout.api.Sale completeSale(BasketId basket, Money expectedTotal,
            java.util.List<com.lana.checkout.api.Payment> payments, OperationId operation) {
        throw new UnsupportedOperationException("Completing sales is not built yet");
    }

    @Override
    public com.lana.checkout.api.Sale sale(com.lana.checkout.api.SaleNumber number) {
        throw new UnsupportedOperationException("Completing sales is not built yet");
    }

    @Override
    public java.util.List<com.lana.checkout.api.SaleSummary> sales(java.time.LocalDate day) {
        throw new UnsupportedOperationException("Completing sales is not built yet");
    }

    @Override
    public com.lana.checkout.api.DayReport dayReport(java.time.LocalDate day) {
        throw new UnsupportedOperationException("Completing sales is not built yet");
    }

    @Override
    public byte[] receiptPdf(com.lana.checkout.api.SaleNumber number) {
        throw new UnsupportedOperationException("Completing sales is not built yet");
    }

    /** From now on every call is refused with {@link ServerStoppingException}; calls already running finish. */
    void stopAccepting() {
        stopping = true;
    }

    private void checkRunning() throws ServerStoppingException {
        if (stopping) {
            throw new ServerStoppingException("The checkout server is shutting down; try again in a moment");
        }
    }

    private Receipt change(BasketId id, String rawCode, int delta, OperationId operation)
            throws CheckoutException, ServerStoppingException {
        checkRunning();
        checkBasket(id);
        String code = ProductCode.normalize(rawCode);
        if (prices.indexOf(code).isEmpty()) {
            throw new UnknownProductException(code);
        }
        BasketLines lines = store.change(id, code, delta, operation, clock.millis());
        return Pricing.receipt(prices, lines);
    }

    private static BasketId checkBasket(BasketId basket) throws InvalidRequestException {
        if (basket == null) {
            throw new InvalidRequestException("Basket id is missing");
        }
        return basket;
    }

    private static int checkQuantity(int quantity) throws InvalidRequestException {
        if (quantity < 1 || quantity > MAX_QUANTITY_PER_CALL) {
            throw new InvalidRequestException(
                    "Quantity must be 1-" + MAX_QUANTITY_PER_CALL + " per call, was " + quantity);
        }
        return quantity;
    }

}
