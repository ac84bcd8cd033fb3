package com.lana.checkout.api;

import java.rmi.Remote;
import java.rmi.RemoteException;
import java.time.LocalDate;
import java.util.List;

/**
 * The checkout, as clients see it over Java RMI. Get one with {@link Checkout#connect()}.
 *
 * <p>Every operation may run at any time, from any number of clients, even on the same basket:
 * changes to one basket are applied one at a time and none is lost; a change that races
 * {@link #removeBasket} either lands before the removal or fails with
 * {@link BasketNotFoundException}, never into a removed basket.
 *
 * <p>Product codes are trimmed and case-insensitive ({@code " pen "} is {@code PEN}). Wherever a
 * product code is taken, so is any of the product's barcodes (EAN-13, UPC-A, EAN-8), and an
 * in-store price barcode adds its product at the printed price. A barcode whose check digit is wrong
 * is refused with {@link MisreadBarcodeException}, never looked up. Failures the
 * caller can act on arrive as {@link CheckoutException}s whose message names the bad value;
 * {@link RemoteException} means the call could not be carried to the server or back.
 */
public interface CheckoutService extends Remote {

    /** The name the service is bound to in the server's RMI registry. */
    String NAME = "checkout";

    /** The port the server listens on unless told otherwise. */
    int DEFAULT_PORT = 1099;

    /**
     * Signs a clerk in at a till: the answer offers every operation as that clerk, plus the till's
     * shift (see {@link com.lana.checkout.api.staff.Till}). The PIN is checked on the server; five wrong
     * ones lock the clerk for five minutes. A server whose store has no clerks runs open: every call
     * here works without signing in. Once clerks exist, calls that change money or a sale are refused
     * here with {@link com.lana.checkout.api.staff.SignInRequiredException}.
     *
     * @param till the till's id ({@code T01}); with TLS, it must be the common name (CN) of the terminal's
     *     client certificate, else the sign-in is refused ({@code SignInRefusedException.Reason.WRONG_TILL})
     * @throws com.lana.checkout.api.staff.SignInRefusedException when the clerk cannot sign in, saying why
     *     (never telling an unknown name from a wrong PIN)
     */
    com.lana.checkout.api.staff.Till signIn(String till, String clerk, String pin)
            throws RemoteException, CheckoutException;

    /** The most units one add or remove call may carry. */
    int MAX_QUANTITY_PER_CALL = 1000;

    /** The most payments one sale may be split over. */
    int MAX_PAYMENTS_PER_SALE = 20;

    /** The most receipt lines one refund may take items back from. */
    int MAX_ITEMS_PER_REFUND = 50;

    /** An empty call: a health check, and the transport's baseline cost in benchmarks. */
    void ping() throws RemoteException;

    /** The most products {@link #findProducts} answers. */
    int MAX_SEARCH_RESULTS = 50;

    /**
     * The whole catalog in force: every product, the promotions, favourites and price barcodes. A
     * shop's catalog may have 100,000 products; a till asks for {@link #favourites()} instead.
     */
    Catalog catalog() throws RemoteException;

    /**
     * What a till keeps at hand: a catalog of the favourites (the products its buttons show) and of
     * every product a promotion is on, with those promotions. Any product it does not hold has no
     * promotion.
     */
    Catalog favourites() throws RemoteException;

    /**
     * The product with this code or barcode, in the catalog in force (on sale or not).
     *
     * @throws UnknownProductException when no product has it
     * @throws MisreadBarcodeException when it is a barcode with a wrong check digit
     * @throws InvalidRequestException when it is missing, too long or of characters no code has
     */
    Product product(String codeOrBarcode) throws RemoteException, CheckoutException;

    /**
     * Products for a search a clerk types, best first, at most {@value #MAX_SEARCH_RESULTS}: the
     * product whose code or barcode the query is, then those whose code starts with it, then those
     * with every word of the query at the start of a word of their name, then, for a one-word query,
     * those with a word of their name holding it further in. Case and accents do not matter ({@code cafe} finds {@code Café}). Products off sale
     * are included, marked so. An empty query answers nothing.
     *
     * @throws InvalidRequestException when the query is missing or longer than 80 characters
     */
    List<Product> findProducts(String query) throws RemoteException, CheckoutException;

    /**
     * Opens a new, empty basket.
     *
     * @throws StoreUnavailableException when the server cannot reach its database; try again
     */
    BasketId createBasket() throws RemoteException, CheckoutException;

    /** Adds one unit of a product and answers with the basket's new receipt. */
    Receipt addProduct(BasketId basket, String productCode) throws RemoteException, CheckoutException;

    /**
     * Adds {@code quantity} units (1 to {@value #MAX_QUANTITY_PER_CALL}) of a product, at most once
     * per {@code operation}: sending the same operation id again (a retry after a lost reply)
     * answers with the current receipt and changes nothing.
     */
    Receipt addProduct(BasketId basket, String productCode, int quantity, OperationId operation)
            throws RemoteException, CheckoutException;

    /**
     * Takes one unit of a product out of the basket (a void) and answers with the new receipt.
     *
     * @throws InvalidRequestException when the basket holds no unit of that product
     */
    Receipt removeProduct(BasketId basket, String productCode) throws RemoteException, CheckoutException;

    /** Takes {@code quantity} units out, at most once per {@code operation}, like the add. */
    Receipt removeProduct(BasketId basket, String productCode, int quantity, OperationId operation)
            throws RemoteException, CheckoutException;

    /** What the basket costs now, promotions applied. */
    Money total(BasketId basket) throws RemoteException, CheckoutException;

    /** The basket's lines, promotions and total. */
    Receipt receipt(BasketId basket) throws RemoteException, CheckoutException;

    /**
     * The open basket whose id ends with {@code code}: its {@linkplain BasketId#shortCode() short code}
     * ({@code 0XV-0KJ}), as another till shows it, or any of its last 1 to 26 characters, read like
     * an id (case, spaces and dashes ignored). Reading does not count as using the basket.
     *
     * @throws BasketNotFoundException when no open basket's id ends so
     * @throws InvalidRequestException when several do (the message says how many: more characters,
     *     or the full id, tell them apart), or the code is missing, too long or not of an id's characters
     */
    BasketId findBasket(String code) throws RemoteException, CheckoutException;

    /** Closes the basket; later calls naming it fail with {@link BasketNotFoundException}. */
    void removeBasket(BasketId basket) throws RemoteException, CheckoutException;

    /**
     * Completes the sale: closes the basket and records it as a numbered {@link Sale}, in one step
     * that no other call on the basket can interleave with. Sale numbers follow each other without
     * gaps; cards pay at most what is still due, cash may pay more and the difference is the change.
     *
     * <p>Sending the same {@code operation} again (a retry after a lost reply, to this server or
     * another one sharing its store) answers the same sale and records nothing new; any other change
     * to a paid basket fails with {@link BasketNotFoundException} naming the sale it was paid as.
     *
     * @param expectedTotal the total the clerk showed the customer
     * @param payments one to {@value #MAX_PAYMENTS_PER_SALE}, in the order they were taken
     * @param operation identifies the completion for retries. When it is null, {@link Checkout#connect}'s
     *     client draws one that its own retries reuse; a bare RMI stub leaves it to the server, and
     *     a repeat of that call is then refused as a change to a paid basket
     * @throws TotalChangedException when the basket's total is no longer {@code expectedTotal}; it
     *     carries the current receipt, and nothing was recorded
     * @throws PaymentRefusedException when the payments do not settle the total, or the basket is empty
     * @throws BasketNotFoundException when the basket is not open (removed, expired, or paid under
     *     another operation id)
     */
    Sale completeSale(BasketId basket, Money expectedTotal, List<Payment> payments, OperationId operation)
            throws RemoteException, CheckoutException;

    /**
     * A completed sale, as recorded.
     *
     * @throws SaleNotFoundException when no sale has this number
     */
    Sale sale(SaleNumber number) throws RemoteException, CheckoutException;

    /** The day's journal: the sales completed on {@code day} (the shop's local date), in number order. */
    List<SaleSummary> sales(LocalDate day) throws RemoteException, CheckoutException;

    /** The takings of {@code day}: sales, promotions, card and cash, and the cash the drawer should hold. */
    DayReport dayReport(LocalDate day) throws RemoteException, CheckoutException;

    /**
     * The sale's receipt as a PDF document, ready to print or save.
     *
     * @throws SaleNotFoundException when no sale has this number
     */
    byte[] receiptPdf(SaleNumber number) throws RemoteException, CheckoutException;

    /**
     * Pays back items a customer brings back from a sale, and records it as a numbered {@link Refund}
     * (its own series, {@code R-000001}, without gaps) together with the units that came back, in
     * one step: two refunds of one sale, from any till or server, are applied one after the other.
     *
     * <p>What is paid back is what the customer paid for the sale, less what the items they keep
     * would cost under the sale's own catalog version and promotions, less what earlier refunds of
     * the sale paid back. It may be 0.00€ (the free unit of a 2-for-1 came back): the refund is still
     * recorded, and {@link Refund#explanation()} says why.
     *
     * <p>Sending the same {@code operation} again (a retry after a lost reply, to this server or
     * another one sharing its store) answers the same refund and records nothing new.
     *
     * @param items the units coming back, per receipt line code ({@code ReturnedItem.of("PEN", 1)}),
     *     at most {@value #MAX_ITEMS_PER_REFUND}; one code given twice counts its quantities together
     * @param to how the money is paid back
     * @param operation identifies the refund for retries. When it is null, {@link Checkout#connect}'s
     *     client draws one that its own retries reuse; a bare RMI stub leaves it to the server
     * @throws SaleNotFoundException when no sale has this number
     * @throws RefundRefusedException when the list is empty, names a product the sale did not sell or
     *     more units than remain to come back, or is to cards beyond what they paid
     * @throws InvalidRequestException when an argument is missing or the list too long
     */
    Refund refund(SaleNumber sale, List<ReturnedItem> items, RefundTo to, OperationId operation)
            throws RemoteException, CheckoutException;

    /**
     * What {@link #refund(SaleNumber, List, RefundTo, OperationId)} would pay back for these items, and
     * how, if it were made now; nothing is recorded. A clerk shows it to the customer before
     * confirming. It fails as the refund would.
     *
     * @throws SaleNotFoundException when no sale has this number
     * @throws RefundRefusedException when the refund would be refused
     * @throws InvalidRequestException when an argument is missing or the list too long
     */
    RefundQuote quoteRefund(SaleNumber sale, List<ReturnedItem> items, RefundTo to)
            throws RemoteException, CheckoutException;

    /**
     * A recorded refund.
     *
     * @throws RefundNotFoundException when no refund has this number
     */
    Refund refund(RefundNumber number) throws RemoteException, CheckoutException;

    /** The refunds made on {@code day} (the shop's local date), in number order. */
    List<Refund> refunds(LocalDate day) throws RemoteException, CheckoutException;

    /**
     * The refund's receipt as a PDF document, ready to print or save.
     *
     * @throws RefundNotFoundException when no refund has this number
     */
    byte[] refundPdf(RefundNumber number) throws RemoteException, CheckoutException;
}
