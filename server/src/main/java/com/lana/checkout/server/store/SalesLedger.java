package com.lana.checkout.server.store;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundNotFoundException;
import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNotFoundException;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;
import com.lana.checkout.api.StoreUnavailableException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The recorded sales and refunds of a {@link CheckoutStore}: the other seam beside its
 * {@link BasketStore}. Sales are numbered from {@code S-000001} and refunds from {@code R-000001},
 * each series without gaps, and both are kept for as long as the store keeps anything. A sale is
 * recorded only by {@link BasketStore#completeSale}, in the same atomic step that closes its basket;
 * a refund only by {@link #refund(SaleNumber, OperationId, RefundMaker)}, in the same atomic step that
 * adds its units to what came back of its sale. Thread-safe; a store that cannot reach its database
 * answers {@link StoreUnavailableException}.
 *
 * <p>The sales a ledger answers are of the {@linkplain com.lana.checkout.api.Shop#DEVELOPMENT
 * development shop}, with {@link Sale#returned()} the units refunds took back; the service puts its
 * own shop on them, and on refunds.
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

    /**
     * Records a refund of {@code sale}, in one atomic step: locks the sale against other refunds (on
     * every server sharing the store), hands it with what came back so far and its earlier refunds
     * to {@code maker}, gives the refund the next number and records it together with its units
     * added to what came back. A refund the maker refuses records nothing and leaves its number to
     * the next one.
     *
     * <p>When {@code operation} already recorded a refund of this sale, that refund is answered and
     * {@code maker} is not called.
     *
     * @throws SaleNotFoundException when the store has no such sale
     * @throws InvalidRequestException when {@code operation} recorded a refund of another sale
     * @throws CheckoutException what {@code maker} throws to refuse the refund
     */
    Refund refund(SaleNumber sale, OperationId operation, RefundMaker maker) throws CheckoutException;

    /**
     * A recorded refund.
     *
     * @throws RefundNotFoundException when the store has no refund with this number
     */
    Refund refund(RefundNumber number) throws RefundNotFoundException, StoreUnavailableException;

    /** The refunds whose time falls on {@code day}, in number order. */
    List<Refund> refunds(LocalDate day) throws StoreUnavailableException;

    /**
     * A sale as it stands (with {@link Sale#returned()}) and its refunds, in number order, read
     * together as a refund reads them: what a refund's quote is worked out from.
     *
     * @throws SaleNotFoundException when the store has no such sale
     */
    SaleRefunds refundsOf(SaleNumber sale) throws SaleNotFoundException, StoreUnavailableException;

    /**
     * The sales and refunds made at {@code till} whose time is from {@code from} to {@code to}, both
     * included, each in number order: what a shift of the till took between its opening and closing.
     */
    Takings takings(String till, LocalDateTime from, LocalDateTime to) throws StoreUnavailableException;

    /** Sales and refunds of one till, each in number order. */
    record Takings(List<Sale> sales, List<Refund> refunds) {
        public Takings {
            sales = List.copyOf(sales);
            refunds = List.copyOf(refunds);
        }
    }

    /** A sale and its refunds, in number order, as they stood together. */
    record SaleRefunds(Sale sale, List<Refund> refunds) {
        public SaleRefunds {
            java.util.Objects.requireNonNull(sale, "sale");
            refunds = List.copyOf(refunds);
        }
    }

    /** What a sale, locked for a refund, is refunded as. */
    @FunctionalInterface
    interface RefundMaker {
        /**
         * @param sale the sale, with {@link Sale#returned()} what came back so far; locked until the
         *     refund is recorded or refused
         * @param earlier the sale's earlier refunds, in number order
         * @param number the number the refund gets if it is recorded
         * @return a refund of {@code sale} numbered {@code number}, whose items, with those that came
         *     back before, are no more than the sale sold
         * @throws CheckoutException to refuse the refund; nothing is recorded and the number stays free
         */
        Refund make(Sale sale, List<Refund> earlier, RefundNumber number) throws CheckoutException;
    }
}
