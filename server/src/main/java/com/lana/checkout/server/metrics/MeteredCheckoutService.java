package com.lana.checkout.server.metrics;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.RefundQuote;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;
import io.micrometer.core.instrument.MeterRegistry;

import java.rmi.RemoteException;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stands in front of a {@link CheckoutService}: every call is timed and counted by operation (the
 * method's name; overloads share it) and outcome, by the operation's {@link CallMeter}. Each method
 * is written out, so the meters are reached through a field: no reflection, no argument arrays, no
 * lookup by name; a method added to the service does not compile here until it is measured too.
 * A completed sale is also counted by a {@link SaleMeter}.
 */
final class MeteredCheckoutService implements CheckoutService {

    /** The calls' logger: a sale completed but not counted is logged where the calls' failures are. */
    private static final Logger LOG = Logger.getLogger(CallMeter.class.getName());

    private final CheckoutService service;
    private final SaleMeter saleMeter;
    private final CallMeter signIn;
    private final CallMeter ping;
    private final CallMeter catalog;
    private final CallMeter favourites;
    private final CallMeter product;
    private final CallMeter findProducts;
    private final CallMeter createBasket;
    private final CallMeter addProduct;
    private final CallMeter removeProduct;
    private final CallMeter total;
    private final CallMeter receipt;
    private final CallMeter findBasket;
    private final CallMeter removeBasket;
    private final CallMeter completeSale;
    private final CallMeter sale;
    private final CallMeter sales;
    private final CallMeter dayReport;
    private final CallMeter receiptPdf;
    private final CallMeter refund;
    private final CallMeter quoteRefund;
    private final CallMeter refunds;
    private final CallMeter refundPdf;

    MeteredCheckoutService(CheckoutService service, MeterRegistry registry, SaleMeter saleMeter) {
        this.service = service;
        this.saleMeter = saleMeter;
        signIn = new CallMeter("signIn", registry);
        ping = new CallMeter("ping", registry);
        catalog = new CallMeter("catalog", registry);
        favourites = new CallMeter("favourites", registry);
        product = new CallMeter("product", registry);
        findProducts = new CallMeter("findProducts", registry);
        createBasket = new CallMeter("createBasket", registry);
        addProduct = new CallMeter("addProduct", registry);
        removeProduct = new CallMeter("removeProduct", registry);
        total = new CallMeter("total", registry);
        receipt = new CallMeter("receipt", registry);
        findBasket = new CallMeter("findBasket", registry);
        removeBasket = new CallMeter("removeBasket", registry);
        completeSale = new CallMeter("completeSale", registry);
        sale = new CallMeter("sale", registry);
        sales = new CallMeter("sales", registry);
        dayReport = new CallMeter("dayReport", registry);
        receiptPdf = new CallMeter("receiptPdf", registry);
        refund = new CallMeter("refund", registry);
        quoteRefund = new CallMeter("quoteRefund", registry);
        refunds = new CallMeter("refunds", registry);
        refundPdf = new CallMeter("refundPdf", registry);
    }

    @Override
    public com.lana.checkout.api.staff.Till signIn(String till, String clerk, String pin)
            throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return signIn.ok(started, service.signIn(till, clerk, pin));
        } catch (Throwable e) {
            throw signIn.failed(started, e);
        }
    }

    @Override
    public void ping() throws RemoteException {
        long started = System.nanoTime();
        try {
            service.ping();
            ping.ok(started);
        } catch (Throwable e) {
            throw ping.failedRemotely(started, e);
        }
    }

    @Override
    public Catalog catalog() throws RemoteException {
        long started = System.nanoTime();
        try {
            return catalog.ok(started, service.catalog());
        } catch (Throwable e) {
            throw catalog.failedRemotely(started, e);
        }
    }

    @Override
    public Catalog favourites() throws RemoteException {
        long started = System.nanoTime();
        try {
            return favourites.ok(started, service.favourites());
        } catch (Throwable e) {
            throw favourites.failedRemotely(started, e);
        }
    }

    @Override
    public Product product(String codeOrBarcode) throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return product.ok(started, service.product(codeOrBarcode));
        } catch (Throwable e) {
            throw product.failed(started, e);
        }
    }

    @Override
    public List<Product> findProducts(String query) throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return findProducts.ok(started, service.findProducts(query));
        } catch (Throwable e) {
            throw findProducts.failed(started, e);
        }
    }

    @Override
    public BasketId createBasket() throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return createBasket.ok(started, service.createBasket());
        } catch (Throwable e) {
            throw createBasket.failed(started, e);
        }
    }

    @Override
    public Receipt addProduct(BasketId basket, String productCode) throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return addProduct.ok(started, service.addProduct(basket, productCode));
        } catch (Throwable e) {
            throw addProduct.failed(started, e);
        }
    }

    @Override
    public Receipt addProduct(BasketId basket, String productCode, int quantity, OperationId operation)
            throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return addProduct.ok(started, service.addProduct(basket, productCode, quantity, operation));
        } catch (Throwable e) {
            throw addProduct.failed(started, e);
        }
    }

    @Override
    public Receipt removeProduct(BasketId basket, String productCode) throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return removeProduct.ok(started, service.removeProduct(basket, productCode));
        } catch (Throwable e) {
            throw removeProduct.failed(started, e);
        }
    }

    @Override
    public Receipt removeProduct(BasketId basket, String productCode, int quantity, OperationId operation)
            throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return removeProduct.ok(started, service.removeProduct(basket, productCode, quantity, operation));
        } catch (Throwable e) {
            throw removeProduct.failed(started, e);
        }
    }

    @Override
    public Money total(BasketId basket) throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return total.ok(started, service.total(basket));
        } catch (Throwable e) {
            throw total.failed(started, e);
        }
    }

    @Override
    public Receipt receipt(BasketId basket) throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return receipt.ok(started, service.receipt(basket));
        } catch (Throwable e) {
            throw receipt.failed(started, e);
        }
    }

    @Override
    public BasketId findBasket(String code) throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return findBasket.ok(started, service.findBasket(code));
        } catch (Throwable e) {
            throw findBasket.failed(started, e);
        }
    }

    @Override
    public void removeBasket(BasketId basket) throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            service.removeBasket(basket);
            removeBasket.ok(started);
        } catch (Throwable e) {
            throw removeBasket.failed(started, e);
        }
    }

    @Override
    public Sale completeSale(BasketId basket, Money expectedTotal, List<Payment> payments, OperationId operation)
            throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return completeSale.ok(started, counted(service.completeSale(basket, expectedTotal, payments, operation)));
        } catch (Throwable e) {
            throw completeSale.failed(started, e);
        }
    }

    @Override
    public Sale sale(SaleNumber number) throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return sale.ok(started, service.sale(number));
        } catch (Throwable e) {
            throw sale.failed(started, e);
        }
    }

    @Override
    public List<SaleSummary> sales(LocalDate day) throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return sales.ok(started, service.sales(day));
        } catch (Throwable e) {
            throw sales.failed(started, e);
        }
    }

    @Override
    public DayReport dayReport(LocalDate day) throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return dayReport.ok(started, service.dayReport(day));
        } catch (Throwable e) {
            throw dayReport.failed(started, e);
        }
    }

    @Override
    public byte[] receiptPdf(SaleNumber number) throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return receiptPdf.ok(started, service.receiptPdf(number));
        } catch (Throwable e) {
            throw receiptPdf.failed(started, e);
        }
    }

    @Override
    public Refund refund(SaleNumber sale, List<ReturnedItem> items, RefundTo to, OperationId operation)
            throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return refund.ok(started, service.refund(sale, items, to, operation));
        } catch (Throwable e) {
            throw refund.failed(started, e);
        }
    }

    @Override
    public RefundQuote quoteRefund(SaleNumber sale, List<ReturnedItem> items, RefundTo to)
            throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return quoteRefund.ok(started, service.quoteRefund(sale, items, to));
        } catch (Throwable e) {
            throw quoteRefund.failed(started, e);
        }
    }

    @Override
    public Refund refund(RefundNumber number) throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return refund.ok(started, service.refund(number));
        } catch (Throwable e) {
            throw refund.failed(started, e);
        }
    }

    @Override
    public List<Refund> refunds(LocalDate day) throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return refunds.ok(started, service.refunds(day));
        } catch (Throwable e) {
            throw refunds.failed(started, e);
        }
    }

    @Override
    public byte[] refundPdf(RefundNumber number) throws RemoteException, CheckoutException {
        long started = System.nanoTime();
        try {
            return refundPdf.ok(started, service.refundPdf(number));
        } catch (Throwable e) {
            throw refundPdf.failed(started, e);
        }
    }

    /** Counts a completed sale; a fault in counting it must not fail a sale that was made. */
    private Sale counted(Sale sale) {
        if (sale == null) {
            return null;   // no service answers so; a stand-in in a test may
        }
        try {
            saleMeter.completed(sale);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sale " + sale.number() + " completed but not counted", e);
        }
        return sale;
    }

    @Override
    public String toString() {
        return "metered " + service;
    }
}
