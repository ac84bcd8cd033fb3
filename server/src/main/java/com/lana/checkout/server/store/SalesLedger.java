package com.lana.checkout.server.store;

import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNotFoundException;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;
import com.lana.checkout.api.StoreUnavailableException;

import java.time.LocalDate;
import java.util.List;

/**
 * The recorded sales of a {@link CheckoutStore}: the other seam beside its {@link BasketStore}.
 * Sales are numbered from {@code S-000001} without gaps and kept for as long as the store keeps
 * anything. A sale is recorded only by {@link BasketStore#completeSale}, in the same atomic step that
 * closes its basket, so this interface only reads. Thread-safe; a store that cannot reach its
 * database answers {@link StoreUnavailableException}.
 */
public interface SalesLedger {

    /**
     * A recorded sale.
     *
     * @throws SaleNotFoundException when the store has no sale with this number
     */
    Sale sale(SaleNumber number) throws SaleNotFoundException, StoreUnavailableException;

    /** The sales whose time falls on {@code day}, in number order, whole: receipts, lines and payments. */
    List<Sale> sales(LocalDate day) throws StoreUnavailableException;

    /**
     * The journal of {@code day}: a summary of each sale whose time falls on it, in number order,
     * what {@link SaleSummary#of} makes of {@link #sales(LocalDate)}, read without building whole sales.
     */
    List<SaleSummary> journal(LocalDate day) throws StoreUnavailableException;

    /** The totals of {@code day}'s sales: what {@link DayReport#of} makes of {@link #sales(LocalDate)}. */
    DayReport dayReport(LocalDate day) throws StoreUnavailableException;
}
