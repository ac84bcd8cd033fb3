package com.lana.checkout.api.staff;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.audit.AuditEntry;
import com.lana.checkout.api.shift.CashMovement;
import com.lana.checkout.api.shift.Shift;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.api.shift.ZNumber;

import java.rmi.RemoteException;
import java.time.LocalDate;
import java.util.List;

/**
 * A clerk signed in at a till: every {@link CheckoutService} operation, done as that clerk at that
 * till, plus the till's shift. Get one with {@link CheckoutService#signIn}; it is a remote object of
 * the server that signed the clerk in, unguessable, and it ends at {@link #signOut()} or after a while
 * unused: an expired session answers {@link SignInRequiredException}, and once the server lets go of it
 * (at sign-out, or when it sweeps expired ones) calls on it fail with {@link java.rmi.NoSuchObjectException}.
 * Either way: sign in again. A session got through {@link com.lana.checkout.api.Checkout#connect} repeats
 * calls whose reply was lost, and says {@link SignInRequiredException} when its server is stopping, or
 * is gone while another server of the connection answers (see {@code Checkout}).
 *
 * <p>A manager may do everything. A clerk needs a manager's {@link Approval}, checked on the server
 * for that one action, to cancel a sale that has items, void a line worth more than the server's
 * limit, refund (a card sale in cash too), take cash out, open the drawer without a sale, and close a
 * shift whose count is further off than the server's limit. Such an action without an approval, or
 * with one that is not good, is refused with {@link ApprovalRequiredException} saying what it needs;
 * the overloads below taking an {@code Approval} send it again with one. Every such action, every
 * sign-in and every refusal is written to the audit trail.
 *
 * <p>A till sells only while it has an open shift: {@link #openShift} with the float counted into
 * the drawer, {@link #closeShift} with a blind count of the drawer, which answers the Z report.
 */
public interface Till extends CheckoutService {

    /** The till this session is at. */
    String till() throws RemoteException, CheckoutException;

    /** The clerk signed in. */
    Clerk clerk() throws RemoteException, CheckoutException;

    /** Ends the session: the server lets go of it, and later calls on it fail with {@link java.rmi.NoSuchObjectException}. */
    void signOut() throws RemoteException, CheckoutException;

    /** Voids units of a line, with a manager's approval where a clerk needs one. */
    Receipt removeProduct(BasketId basket, String productCode, int quantity, OperationId operation, Approval approval)
            throws RemoteException, CheckoutException;

    /** Cancels a sale, with a manager's approval where a clerk needs one. */
    void removeBasket(BasketId basket, Approval approval) throws RemoteException, CheckoutException;

    /** Refunds, with a manager's approval where a clerk needs one. */
    Refund refund(SaleNumber sale, List<ReturnedItem> items, RefundTo to, OperationId operation, Approval approval)
            throws RemoteException, CheckoutException;

    /**
     * Opens the till's next shift with {@code countedFloat} in the drawer.
     *
     * @throws com.lana.checkout.api.shift.ShiftException when the till has an open shift
     */
    Shift openShift(Money countedFloat) throws RemoteException, CheckoutException;

    /**
     * The till's open shift.
     *
     * @throws com.lana.checkout.api.shift.ShiftException when it has none
     */
    Shift shift() throws RemoteException, CheckoutException;

    /** Cash put into the drawer (change from the safe, say), with the reason. */
    CashMovement cashIn(Money amount, String reason) throws RemoteException, CheckoutException;

    /** Cash taken out of the drawer, with the reason and, for a clerk, a manager's approval. */
    CashMovement cashOut(Money amount, String reason, Approval approval) throws RemoteException, CheckoutException;

    /** Opens the drawer without a sale, with the reason and, for a clerk, a manager's approval. */
    void openDrawer(String reason, Approval approval) throws RemoteException, CheckoutException;

    /** What the open shift has taken so far, and the cash the drawer should hold: the X report. */
    ShiftReport xReport() throws RemoteException, CheckoutException;

    /**
     * Closes the open shift with the cash counted in the drawer, counted before the clerk sees what
     * was expected (a blind count), and answers the Z report: expected, counted and the difference.
     * A difference beyond the server's limit needs a manager's approval for a clerk; refused, nothing
     * changes and the shift stays open.
     */
    ShiftReport closeShift(Money counted, Approval approval) throws RemoteException, CheckoutException;

    /** A Z report of this store, by its number. */
    ShiftReport zReport(ZNumber number) throws RemoteException, CheckoutException;

    /**
     * A Z report of this store as a PDF document: the text of {@link ShiftReport#toString()}, as the
     * till prints it, on one page of till paper.
     *
     * @throws com.lana.checkout.api.shift.ShiftException when the store has no such report
     */
    byte[] zReportPdf(ZNumber number) throws RemoteException, CheckoutException;

    /** The Z reports of the shifts that closed on {@code day}. */
    List<ShiftReport> zReports(LocalDate day) throws RemoteException, CheckoutException;

    /**
     * The audit trail of {@code day}, in time order.
     *
     * @throws ApprovalRequiredException when the clerk is not a manager
     */
    List<AuditEntry> audit(LocalDate day) throws RemoteException, CheckoutException;
}
