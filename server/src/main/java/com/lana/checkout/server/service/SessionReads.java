package com.lana.checkout.server.service;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.Money;
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
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.api.staff.SignInRequiredException;
import com.lana.checkout.api.staff.Till;

import java.rmi.RemoteException;
import java.time.LocalDate;
import java.util.List;

/**
 * What a signed-in session reads as anyone may, and signing in: each call checks the session is open
 * and counts as use ({@link #use()}), then asks the service. {@link TillSession} adds the rest.
 */
abstract class SessionReads implements Till {

    final CheckoutServiceImpl service;

    SessionReads(CheckoutServiceImpl service) {
        this.service = service;
    }

    /** Checks the session is open and counts this call as use; answers who calls. */
    abstract Actor use() throws SignInRequiredException, StoreUnavailableException;

    @Override
    public Till signIn(String till, String clerk, String pin) throws CheckoutException, RemoteException {
        return service.signIn(till, clerk, pin);
    }

    @Override
    public void ping() throws RemoteException {
        service.ping();
    }

    @Override
    public Catalog catalog() throws RemoteException {
        return service.catalog();
    }

    @Override
    public Catalog favourites() throws RemoteException {
        return service.favourites();
    }

    @Override
    public Product product(String codeOrBarcode) throws CheckoutException, RemoteException {
        use();
        return service.product(codeOrBarcode);
    }

    @Override
    public List<Product> findProducts(String query) throws CheckoutException, RemoteException {
        use();
        return service.findProducts(query);
    }

    @Override
    public Money total(BasketId basket) throws CheckoutException, RemoteException {
        use();
        return service.total(basket);
    }

    @Override
    public Receipt receipt(BasketId basket) throws CheckoutException, RemoteException {
        use();
        return service.receipt(basket);
    }

    @Override
    public BasketId findBasket(String code) throws CheckoutException, RemoteException {
        use();
        return service.findBasket(code);
    }

    @Override
    public Sale sale(SaleNumber number) throws CheckoutException, RemoteException {
        use();
        return service.sale(number);
    }

    @Override
    public List<SaleSummary> sales(LocalDate day) throws CheckoutException, RemoteException {
        use();
        return service.sales(day);
    }

    @Override
    public DayReport dayReport(LocalDate day) throws CheckoutException, RemoteException {
        use();
        return service.dayReport(day);
    }

    @Override
    public byte[] receiptPdf(SaleNumber number) throws CheckoutException, RemoteException {
        use();
        return service.receiptPdf(number);
    }

    /** Refunds; paying a sale that had a card payment back in cash is a guarded action of its own. */
    @Override
    public RefundQuote quoteRefund(SaleNumber sale, List<ReturnedItem> items, RefundTo to) throws CheckoutException, RemoteException {
        use();
        return service.quoteRefund(sale, items, to);
    }

    @Override
    public Refund refund(RefundNumber number) throws CheckoutException, RemoteException {
        use();
        return service.refund(number);
    }

    @Override
    public List<Refund> refunds(LocalDate day) throws CheckoutException, RemoteException {
        use();
        return service.refunds(day);
    }

    @Override
    public byte[] refundPdf(RefundNumber number) throws CheckoutException, RemoteException {
        use();
        return service.refundPdf(number);
    }
}
