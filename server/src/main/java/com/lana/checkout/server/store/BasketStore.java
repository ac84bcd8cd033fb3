package com.lana.checkout.server.store;

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

import java.time.LocalDate;
import java.util.List;

/**
 * Where open baskets live. The service goes through this interface only, and every method is one
 * atomic step on the store's side, answering immutable values, so stores differ in where the
 * baskets are (a map in this JVM, a database shared by several servers) but never in what a call
 * means. {@link BasketStores#open} picks one from a URL; the contract test suite holds every one to
 * the same behaviour.
 *
 * <p>Implementations are thread-safe. Changes to one basket are applied one at a time, none lost.
 * A change racing {@link #remove} either lands before the removal or fails with
 * {@link BasketNotFoundException}. Times are passed in, as milliseconds since the epoch, so that
 * expiry follows the caller's clock.
 *
 * <p>A store that cannot reach its database answers {@link StoreUnavailableException}: nothing was
 * changed as far as it can tell, and the same call may be sent again.
 */
public interface BasketStore extends AutoCloseable {

    /** Opens a new, empty basket with a fresh random id, last used {@code nowMillis}. */
    BasketId create(long nowMillis) throws StoreUnavailableException;

    /**
     * Adds {@code delta} units (negative: takes them out) of {@code product}, once per {@code
     * operation}: a change whose operation id the basket has seen among its recent ones (at least
     * the last 16) changes nothing and answers the current state.
     *
     * @param product a canonical product code the catalog sells
     * @param operation identifies the change for retries, or null
     * @return the basket after the change
     * @throws BasketNotFoundException when there is no open basket with this id; its reason says when it expired
     * @throws InvalidRequestException when taking out more units than the basket holds, or when the
     *     line would exceed {@link Basket#MAX_LINE_QUANTITY}
     */
    BasketLines change(BasketId basket, String product, int delta, OperationId operation, long nowMillis)
            throws BasketNotFoundException, InvalidRequestException, StoreUnavailableException;

    /**
     * The basket's current state; reading counts as using it.
     *
     * @throws BasketNotFoundException when there is no open basket with this id
     */
    BasketLines read(BasketId basket, long nowMillis) throws BasketNotFoundException, StoreUnavailableException;

    /**
     * Removes and closes the basket. Removing the same basket twice fails the second time.
     *
     * @return what the basket held when it was closed: exactly the changes that landed before the removal
     * @throws BasketNotFoundException if there is no open basket with this id
     */
    BasketLines remove(BasketId basket) throws BasketNotFoundException, StoreUnavailableException;

    /**
     * Closes every basket not used since {@code cutoffMillis}; answers how many. A basket in use
     * while this runs is not expired. A basket that expired answers {@link BasketNotFoundException}
     * with reason {@link BasketNotFoundException.Reason#EXPIRED} (for as long as the store remembers it).
     */
    int expireIdleSince(long cutoffMillis) throws StoreUnavailableException;

    /** How many baskets are open. */
    int size() throws StoreUnavailableException;

    /**
     * Closes the basket as paid and records the sale, as one atomic step: no change to the basket
     * can land between the lines {@code maker} is shown and the basket's closing, and the sale gets
     * the store's next number, without gaps (a number is used only when the sale is recorded).
     *
     * <p>When the basket was already paid under this same {@code operation}, answers that sale again
     * without calling {@code maker} (a retry, possibly through another server). Closed as paid, the
     * basket answers {@link BasketNotFoundException#paid} to every other call for as long as the
     * store remembers it.
     *
     * @param operation identifies the completion for retries; not null
     * @param maker prices the locked lines and settles the payments; what it throws (e.g. {@link
     *     com.lana.checkout.api.TotalChangedException}) leaves the basket open and records nothing
     * @throws BasketNotFoundException when there is no open basket with this id, or it was paid
     *     under another operation id
     */
    Sale completeSale(BasketId basket, OperationId operation, SaleMaker maker, long nowMillis)
            throws CheckoutException;

    /**
     * A recorded sale.
     *
     * @throws SaleNotFoundException when the store has no sale with this number
     */
    Sale sale(SaleNumber number) throws SaleNotFoundException, StoreUnavailableException;

    /** The sales whose time falls on {@code day}, in number order. */
    List<Sale> sales(LocalDate day) throws StoreUnavailableException;

    /**
     * The totals of the sales whose time falls on {@code day}: the same report {@link DayReport#of}
     * makes of {@link #sales sales(day)}, computed where the sales are kept.
     */
    DayReport dayReport(LocalDate day) throws StoreUnavailableException;

    /** What the basket held when the store locked it for a sale, made into the sale that is recorded. */
    @FunctionalInterface
    interface SaleMaker {
        /**
         * @param lines the basket's lines, locked until the sale is recorded or refused
         * @param number the number the sale gets if it is recorded
         * @throws CheckoutException to refuse the sale; nothing is recorded and the number stays free
         */
        Sale make(BasketLines lines, SaleNumber number) throws CheckoutException;
    }

    /** What and where this store is, for log lines: never a password. */
    String description();

    /** Lets go of what the store holds (connections, threads); a closed store answers no more calls. */
    @Override
    void close();
}
