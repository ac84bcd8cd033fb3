package com.lana.checkout.server.store;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketIdSuffix;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.pricing.BasketLines;

import java.util.List;

/**
 * Where open baskets live: one of the two seams of a {@link CheckoutStore}, the other being its
 * {@link SalesLedger}. The service goes through these interfaces only, and every method is one
 * atomic step on the store's side, answering immutable values, so stores differ in where the
 * baskets are (a map in this JVM, a database shared by several servers) but never in what a call
 * means. The contract test suite holds every store to the same behaviour.
 *
 * <p>Implementations are thread-safe. Changes to one basket are applied one at a time, none lost.
 * A change racing {@link #remove} either lands before the removal or fails with
 * {@link BasketNotFoundException}. Times are passed in, as milliseconds since the epoch, so that
 * expiry follows the caller's clock.
 *
 * <p>Paying a basket is the one step that reaches the ledger: {@link #completeSale} closes the basket
 * and records its sale in the ledger of the same {@link CheckoutStore}, in one transaction or under
 * one lock, so there is no moment at which the basket is closed and its sale not recorded, or the
 * other way round. Nothing else records a sale.
 *
 * <p>A store that cannot reach its database answers {@link StoreUnavailableException}: nothing was
 * changed as far as it can tell, and the same call may be sent again.
 */
public interface BasketStore {

    /**
     * The most units of one product a basket can hold, in every store. With prices of at most
     * {@link com.lana.checkout.api.Product#MAX_PRICE}, a basket's total stays below {@code Long.MAX_VALUE}
     * cents up to 90,000 lines; pricing's exact arithmetic refuses a larger one loudly rather than
     * letting it wrap.
     */
    int MAX_LINE_QUANTITY = 1_000_000;

    /** Checks no catalog version: for a change whose line key means the same in every version. */
    long ANY_CATALOG = 0;

    /**
     * Opens a new, empty basket with a fresh random id, last used {@code nowMillis}, under the
     * {@linkplain CatalogStore#currentVersion() current catalog version} of this store, read in the same
     * step (version 1 when none was ever published). It keeps that version to its end.
     */
    BasketId create(long nowMillis) throws StoreUnavailableException;

    /**
     * Adds {@code delta} units (negative: takes them out) to the line {@code line}, once per {@code
     * operation}: a change whose operation id the basket has seen among its recent ones (at least
     * the last 16) changes nothing and answers the current state.
     *
     * @param line the line key: a product's code, or a price label's digits, as the catalog version
     *     {@code catalogVersion} reads the scan
     * @param operation identifies the change for retries, or null
     * @param catalogVersion the catalog version the line key was worked out in, or {@link #ANY_CATALOG}
     * @return the basket after the change
     * @throws StaleCatalogException when the basket was opened under another catalog version than
     *     {@code catalogVersion}; nothing was changed
     * @throws BasketNotFoundException when there is no open basket with this id; its reason says when it expired
     * @throws InvalidRequestException when taking out more units than the basket holds, or when the
     *     line would exceed {@link #MAX_LINE_QUANTITY}
     */
    BasketLines change(BasketId basket, String line, int delta, OperationId operation, long catalogVersion,
                       long nowMillis)
            throws BasketNotFoundException, InvalidRequestException, StoreUnavailableException, StaleCatalogException;

    /** {@link #change(BasketId, String, int, OperationId, long, long)} of a line key that no catalog version reads differently. */
    default BasketLines change(BasketId basket, String line, int delta, OperationId operation, long nowMillis)
            throws BasketNotFoundException, InvalidRequestException, StoreUnavailableException {
        try {
            return change(basket, line, delta, operation, ANY_CATALOG, nowMillis);
        } catch (StaleCatalogException e) {
            throw new IllegalStateException("A store checked the catalog version of a change that asked for none", e);
        }
    }

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

    /**
     * The open baskets whose id ends with {@code suffix} (a till's short code of a basket), in no
     * particular order. Looking does not count as using them.
     */
    List<BasketId> openEndingWith(BasketIdSuffix suffix) throws StoreUnavailableException;

    /** How many baskets are open. */
    int size() throws StoreUnavailableException;

    /**
     * Closes the basket as paid and records the sale in this store's {@link SalesLedger}, as one
     * atomic step: no change to the basket
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

    /** What the basket held when the store locked it for a sale, made into the sale that is recorded. */
    @FunctionalInterface
    interface SaleMaker {
        /**
         * @param lines the basket's lines, locked until the sale is recorded or refused
         * @param number the number to make the sale with: the one it gets if it is recorded, or, in a
         *     store that takes the number only once the sale is made (the database stores, so that
         *     pricing does not hold up other sales), the one it would get were it recorded now; such a
         *     store records and answers the sale as made, but under the number it then takes
         * @throws CheckoutException to refuse the sale; nothing is recorded and the number stays free
         */
        Sale make(BasketLines lines, SaleNumber number) throws CheckoutException;
    }
}
