package com.lana.checkout.server.service;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketIdSuffix;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.ProductCode;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.RefundQuote;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.Shop;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;
import com.lana.checkout.api.ServerStoppingException;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.api.TotalChangedException;
import com.lana.checkout.api.UnknownProductException;
import com.lana.checkout.api.shift.ShiftException;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.server.pricing.Pricing;
import com.lana.checkout.server.pricing.RefundRules;
import com.lana.checkout.server.pricing.Settlement;
import com.lana.checkout.server.receipt.ReceiptPdf;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.SalesLedger;
import com.lana.checkout.server.store.StaleCatalogException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The checkout service itself, free of RMI plumbing and of storage: it checks the request, has the
 * store's {@link BasketStore} carry out the change as one atomic step, and prices the basket's lines
 * that the store answers, outside any lock or transaction. Completing a sale is the exception: its
 * lines are priced and its payments settled while the store holds the basket, so that the sale
 * recorded is the basket that was priced. Recorded sales are read from the store's
 * {@link SalesLedger}. The RMI layer exports it; tests may also call it directly.
 *
 * <p>Products are looked up in the {@link CatalogVersions catalog version} in force, and a basket is
 * priced with the version it was opened under, to its end: a price change applies to baskets opened
 * after it.
 *
 * <p>The clock gives basket expiry its milliseconds and sales their time, read in the clock's zone:
 * the server's clock is in the shop's time zone, and a day's journal is the shop's day.
 */
public final class CheckoutServiceImpl extends SignInGate {

    private final CatalogVersions catalogs;
    private final BasketStore store;
    private final SalesLedger ledger;
    private final Clock clock;
    private final Shop shop;
    private final ShiftDesk shifts;
    private volatile boolean stopping;

    /** The longest search text {@link #findProducts} takes. */
    static final int MAX_QUERY_LENGTH = 80;

    /**
     * @param catalogs the store's catalog versions, as this server sees them
     */
    public CheckoutServiceImpl(CatalogVersions catalogs, CheckoutStore store, Clock clock) {
        this(catalogs, store, clock, Shop.DEVELOPMENT);
    }

    /**
     * @param catalogs the store's catalog versions, as this server sees them
     * @param shop the shop whose name, address and VAT number head its receipts
     */
    public CheckoutServiceImpl(CatalogVersions catalogs, CheckoutStore store, Clock clock, Shop shop) {
        super(store.clerks());
        this.catalogs = catalogs;
        this.store = store.baskets();
        this.ledger = store.sales();
        this.clock = clock;
        this.shop = Objects.requireNonNull(shop, "shop");
        this.shifts = new ShiftDesk(store, clock, shop);
    }

    /**
     * A service selling {@code catalog}, put in force in the store's catalog versions unless it is
     * already: for tests and tools that make a service of a store at hand.
     *
     * @throws IllegalStateException when the store cannot be reached to read or publish its catalog
     */
    public CheckoutServiceImpl(Catalog catalog, CheckoutStore store, Clock clock) {
        this(CatalogVersions.inForce(catalog, store.catalogs()), store, clock);
    }

    @Override
    public void ping() throws ServerStoppingException {
        // Nothing else to do: the call itself is the answer.
        checkRunning();
    }

    @Override
    public Catalog catalog() throws ServerStoppingException {
        checkRunning();
        return catalogs.current().catalog();
    }

    @Override
    public Catalog favourites() throws ServerStoppingException {
        checkRunning();
        return catalogs.current().favourites();
    }

    @Override
    public Product product(String codeOrBarcode) throws CheckoutException, ServerStoppingException {
        checkRunning();
        return catalogs.current().item(ProductCode.normalize(codeOrBarcode)).product();
    }

    @Override
    public List<Product> findProducts(String query) throws CheckoutException, ServerStoppingException {
        checkRunning();
        if (query == null) {
            throw new InvalidRequestException("Search text is missing");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("Search text is too long: at most " + MAX_QUERY_LENGTH
                    + " characters, was " + query.length());
        }
        return catalogs.current().search(query, MAX_SEARCH_RESULTS);
    }

    @Override
    public BasketId createBasket() throws CheckoutException, ServerStoppingException {
        clerks.requireNone();
        return createBasket(Actor.NONE);
    }

    /** Opens a basket for {@code actor}; {@link ShiftException} when the actor's till has no open shift. */
    public BasketId createBasket(Actor actor) throws CheckoutException, ServerStoppingException {
        checkRunning();
        shifts.requireOpenAt(actor);
        return store.create(clock.millis());
    }

    @Override
    public Receipt addProduct(BasketId basket, String productCode) throws CheckoutException, ServerStoppingException {
        clerks.requireNone();
        return change(basket, productCode, 1, null);
    }

    @Override
    public Receipt addProduct(BasketId basket, String productCode, int quantity, OperationId operation)
            throws CheckoutException, ServerStoppingException {
        clerks.requireNone();
        return change(basket, productCode, Arguments.checkQuantity(quantity), operation);
    }

    @Override
    public Receipt removeProduct(BasketId basket, String productCode)
            throws CheckoutException, ServerStoppingException {
        clerks.requireNone();
        return change(basket, productCode, -1, null);
    }

    @Override
    public Receipt removeProduct(BasketId basket, String productCode, int quantity, OperationId operation)
            throws CheckoutException, ServerStoppingException {
        clerks.requireNone();
        return change(basket, productCode, -Arguments.checkQuantity(quantity), operation);
    }

    @Override
    public Money total(BasketId basket) throws CheckoutException, ServerStoppingException {
        return receipt(basket).total();
    }

    @Override
    public Receipt receipt(BasketId basket) throws CheckoutException, ServerStoppingException {
        checkRunning();
        return priced(store.read(Arguments.checkBasket(basket), clock.millis()));
    }

    @Override
    public BasketId findBasket(String code) throws CheckoutException, ServerStoppingException {
        checkRunning();
        BasketIdSuffix suffix = Arguments.checkBasketCode(code);
        List<BasketId> found = store.openEndingWith(suffix);
        if (found.isEmpty()) {
            throw BasketNotFoundException.noneEndsWith(suffix);
        }
        if (found.size() > 1) {
            throw new InvalidRequestException(found.size() + " open baskets end with " + suffix
                    + ": type more of the id, or the full id");
        }
        return found.get(0);
    }

    @Override
    public void removeBasket(BasketId basket) throws CheckoutException, ServerStoppingException {
        clerks.requireNone();
        remove(basket);
    }

    /** Removes the basket, for a signed-in session. */
    void remove(BasketId basket) throws CheckoutException, ServerStoppingException {
        checkRunning();
        store.remove(Arguments.checkBasket(basket));
    }

    /**
     * {@inheritDoc}
     *
     * <p>The store locks the basket and hands its lines to a maker that prices them, compares the
     * total with {@code expectedTotal}, settles the payments ({@link Settlement}) and dates the sale
     * by this service's clock, in the clock's zone: the shop's local time. Whatever the maker
     * refuses leaves the basket open and records nothing.
     */
    @Override
    public Sale completeSale(BasketId basket, Money expectedTotal, List<Payment> payments, OperationId operation)
            throws CheckoutException, ServerStoppingException {
        clerks.requireNone();
        return completeSale(Actor.NONE, basket, expectedTotal, payments, operation);
    }

    /**
     * Completes the sale as {@link #completeSale(BasketId, Money, List, OperationId)} does, made at the
     * actor's till by its clerk; {@link ShiftException} when that till has no open shift.
     */
    public Sale completeSale(Actor actor, BasketId basket, Money expectedTotal, List<Payment> payments,
                             OperationId operation) throws CheckoutException, ServerStoppingException {
        checkRunning();
        Arguments.checkBasket(basket);
        Arguments.checkExpectedTotal(expectedTotal);
        List<Payment> taken = Arguments.checkPayments(payments);
        // Without an id from the client the completion gets one of its own: it is then recorded once,
        // but a retry of the same call cannot be recognised (it is told the basket was paid).
        OperationId id = operation != null ? operation : OperationId.random();
        return shifts.whileOpen(actor, () -> store.completeSale(basket, id, (lines, number) -> {
            Receipt receipt = priced(lines);
            if (!receipt.total().equals(expectedTotal)) {
                throw new TotalChangedException(expectedTotal, receipt);
            }
            Settlement settlement = Settlement.of(receipt.total(), taken);
            return new Sale(number, LocalDateTime.now(clock), receipt, settlement.payments(), settlement.change())
                    .madeAt(actor.till(), actor.clerk());
        }, clock.millis())).withShop(shop);
    }

    @Override
    public Sale sale(SaleNumber number) throws CheckoutException, ServerStoppingException {
        checkRunning();
        return ledger.sale(Arguments.checkSaleNumber(number)).withShop(shop);
    }

    @Override
    public List<SaleSummary> sales(LocalDate day) throws CheckoutException, ServerStoppingException {
        checkRunning();
        return ledger.journal(Arguments.checkDay(day));
    }

    @Override
    public DayReport dayReport(LocalDate day) throws CheckoutException, ServerStoppingException {
        checkRunning();
        return shifts.dayReport(day);
    }

    @Override
    public byte[] receiptPdf(SaleNumber number) throws CheckoutException, ServerStoppingException {
        checkRunning();
        return ReceiptPdf.of(ledger.sale(Arguments.checkSaleNumber(number)).withShop(shop));
    }

    /**
     * {@inheritDoc}
     *
     * <p>The store locks the sale and hands it, with its earlier refunds, to a maker that checks the
     * items and works out the amount and how it is paid back ({@link RefundRules}) with the sale's
     * own catalog version, read beforehand, dating the refund by this service's clock.
     */
    @Override
    public Refund refund(SaleNumber sale, List<ReturnedItem> items, RefundTo to, OperationId operation)
            throws CheckoutException, ServerStoppingException {
        clerks.requireNone();
        return refund(Actor.NONE, sale, items, to, operation);
    }

    /**
     * Refunds as {@link #refund(SaleNumber, List, RefundTo, OperationId)} does, made at the actor's till
     * by its clerk (its drawer pays cash back); {@link ShiftException} when that till has no open shift.
     */
    public Refund refund(Actor actor, SaleNumber sale, List<ReturnedItem> items, RefundTo to, OperationId operation)
            throws CheckoutException, ServerStoppingException {
        checkRunning();
        Arguments.checkSaleNumber(sale);
        List<ReturnedItem> back = Arguments.checkReturnedItems(items);
        Arguments.checkRefundTo(to);
        OperationId id = operation != null ? operation : OperationId.random();
        // A sale's catalog version never changes, so its prices are read before the store locks the
        // sale: a version no longer cached is then not read from the database with the lock held.
        PriceList prices = catalogs.version(ledger.sale(sale).catalogVersion());
        return shifts.whileOpen(actor, () -> ledger.refund(sale, id, (recorded, earlier, number) -> RefundRules.make(
                recorded, earlier, back, to, prices, number, LocalDateTime.now(clock), shop)
                .madeAt(actor.till(), actor.clerk()))).withShop(shop);
    }

    /** Works the refund out as {@link #refund} does, from the sale and its refunds read together. */
    @Override
    public RefundQuote quoteRefund(SaleNumber sale, List<ReturnedItem> items, RefundTo to)
            throws CheckoutException, ServerStoppingException {
        checkRunning();
        Arguments.checkSaleNumber(sale);
        List<ReturnedItem> back = Arguments.checkReturnedItems(items);
        Arguments.checkRefundTo(to);
        SalesLedger.SaleRefunds now = ledger.refundsOf(sale);
        return RefundRules.quote(now.sale(), now.refunds(), back, to, catalogs.version(now.sale().catalogVersion()));
    }

    @Override
    public Refund refund(RefundNumber number) throws CheckoutException, ServerStoppingException {
        checkRunning();
        return ledger.refund(Arguments.checkRefundNumber(number)).withShop(shop);
    }

    @Override
    public List<Refund> refunds(LocalDate day) throws CheckoutException, ServerStoppingException {
        checkRunning();
        return ledger.refunds(Arguments.checkDay(day)).stream().map(refund -> refund.withShop(shop)).toList();
    }

    @Override
    public byte[] refundPdf(RefundNumber number) throws CheckoutException, ServerStoppingException {
        checkRunning();
        return ReceiptPdf.of(ledger.refund(Arguments.checkRefundNumber(number)).withShop(shop));
    }

    /** The tills' shifts, as this service runs them. */
    ShiftDesk shifts() {
        return shifts;
    }

    /** From now on every call is refused with {@link ServerStoppingException}; calls already running finish. */
    public void stopAccepting() {
        stopping = true;
    }

    @Override
    void checkRunning() throws ServerStoppingException {
        if (stopping) {
            throw new ServerStoppingException("The checkout server is shutting down; try again in a moment");
        }
    }

    /**
     * Looks the scan up in the current catalog version and has the store apply it, checking that the
     * basket was opened under that version; a basket of an earlier version has the scan looked up
     * again in its own (a product added or a barcode moved since means something else there).
     */
    Receipt change(BasketId id, String rawCode, int delta, OperationId operation)
            throws CheckoutException, ServerStoppingException {
        checkRunning();
        Arguments.checkBasket(id);
        String code = ProductCode.normalize(rawCode);
        PriceList prices = catalogs.current();
        while (true) {
            PriceList.Item item = prices.item(code);
            if (delta > 0 && !item.product().onSale()) {
                throw UnknownProductException.offSale(code, item.product());
            }
            try {
                return priced(store.change(id, item.line(), delta, operation, prices.version(), clock.millis()));
            } catch (StaleCatalogException e) {
                prices = catalogs.version(e.basketCatalogVersion());
            }
        }
    }

    /** The receipt of the lines, at the prices of the catalog version their basket was opened under. */
    private Receipt priced(BasketLines lines) throws StoreUnavailableException {
        return Pricing.receipt(catalogs.version(lines.catalogVersion()), lines);
    }
}
