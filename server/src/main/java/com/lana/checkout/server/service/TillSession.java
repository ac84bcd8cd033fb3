package com.lana.checkout.server.service;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.InvalidRequestException;
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
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.api.audit.AuditAction;
import com.lana.checkout.api.audit.AuditEntry;
import com.lana.checkout.api.shift.CashMovement;
import com.lana.checkout.api.shift.Shift;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.api.shift.ZNumber;
import com.lana.checkout.api.staff.Approval;
import com.lana.checkout.api.staff.ApprovalRequiredException;
import com.lana.checkout.api.staff.Clerk;
import com.lana.checkout.api.staff.Role;
import com.lana.checkout.api.staff.SignInRequiredException;
import com.lana.checkout.api.staff.Till;
import com.lana.checkout.server.security.Permissions.Guarded;

import java.rmi.RemoteException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * One clerk signed in at one till: every {@link com.lana.checkout.api.CheckoutService} operation done
 * as that clerk at that till ({@link Actor}), the actions a clerk needs a manager's approval for checked
 * first ({@link Sessions#approvedBy}) and written to the audit trail, and the till's shift through the
 * {@link ShiftDesk}. Each call counts as use; a session unused longer than the idle timeout, or signed
 * out, answers {@link SignInRequiredException}. Keeps a random 128-bit id of its own. Thread-safe.
 */
final class TillSession extends SessionReads {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Sessions sessions;
    private final ShiftDesk shifts;
    private final String id;
    private final Actor actor;
    private final Clerk clerk;
    private volatile long lastUsed;
    private volatile String ended;   // why it ended, or null while open

    TillSession(Sessions sessions, CheckoutServiceImpl service, ShiftDesk shifts, String till, Clerk clerk,
                long now) {
        super(service);
        this.sessions = sessions;
        this.shifts = shifts;
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        this.id = HexFormat.of().formatHex(bytes);
        this.actor = new Actor(till, clerk.name().display());
        this.clerk = clerk;
        this.lastUsed = now;
    }

    String id() {
        return id;
    }

    Clerk signedIn() {
        return clerk;
    }

    boolean ended() {
        return ended != null;
    }

    void markEnded() {
        ended = "the server stopped";
    }

    /** Ends the session, audited, when it was last used before {@code cutoff}; answers whether it did. */
    boolean expireIfIdleSince(long cutoff) throws StoreUnavailableException {
        synchronized (this) {
            if (ended != null || lastUsed >= cutoff) {
                return false;
            }
            ended = "unused for " + sessions.settings().idleTimeout().toMinutes() + " min";
        }
        record(AuditAction.SIGN_OUT, null, null, null, "session expired, " + ended);
        return true;
    }

    /** Ends the session, audited, as its clerk may no longer sign in ({@code why}); answers whether it did. */
    boolean endBecause(String why) throws StoreUnavailableException {
        synchronized (this) {
            if (ended != null) {
                return false;
            }
            ended = why;
        }
        record(AuditAction.SIGN_OUT, null, null, null, "session ended, " + why);
        return true;
    }

    @Override
    Actor use() throws SignInRequiredException, StoreUnavailableException {
        long now = sessions.clock().millis();
        if (expireIfIdleSince(now - sessions.settings().idleTimeout().toMillis())) {
            sessions.forget(this);
        }
        String why = ended;
        if (why != null) {
            throw new SignInRequiredException("The session of " + clerk.name() + " at till " + actor.till()
                    + " has ended (" + why + "): sign in again with checkout.signIn(till, clerk, pin)");
        }
        lastUsed = Math.max(lastUsed, now);
        return actor;
    }

    void record(AuditAction action, String touched, Money amount, String approvedBy, String reason)
            throws StoreUnavailableException {
        sessions.record(actor.till(), actor.clerk(), action, touched, amount, approvedBy, reason);
    }

    @Override
    public String till() throws CheckoutException, RemoteException {
        return use().till();
    }

    @Override
    public Clerk clerk() throws CheckoutException, RemoteException {
        use();
        return clerk;
    }

    @Override
    public void signOut() throws CheckoutException, RemoteException {
        use();
        synchronized (this) {
            if (ended != null) {
                return;
            }
            ended = "signed out";
        }
        record(AuditAction.SIGN_OUT, null, null, null, null);
        sessions.forget(this);
    }

    @Override
    public BasketId createBasket() throws CheckoutException, RemoteException {
        return service.createBasket(use());
    }

    @Override
    public Receipt addProduct(BasketId basket, String productCode) throws CheckoutException, RemoteException {
        use();
        return service.change(basket, productCode, 1, null);
    }

    @Override
    public Receipt addProduct(BasketId basket, String productCode, int quantity, OperationId operation)
            throws CheckoutException, RemoteException {
        use();
        return service.change(basket, productCode, Arguments.checkQuantity(quantity), operation);
    }

    @Override
    public Receipt removeProduct(BasketId basket, String productCode) throws CheckoutException, RemoteException {
        return removeProduct(basket, productCode, 1, null, null);
    }

    @Override
    public Receipt removeProduct(BasketId basket, String productCode, int quantity, OperationId operation)
            throws CheckoutException, RemoteException {
        return removeProduct(basket, productCode, quantity, operation, null);
    }

    /**
     * Voids units of a line; what they are worth is their unit price times the units voided (at most
     * the line's), read from the basket just before.
     */
    @Override
    public Receipt removeProduct(BasketId basket, String productCode, int quantity, OperationId operation,
                                 Approval approval) throws CheckoutException, RemoteException {
        use();
        int units = Arguments.checkQuantity(quantity);
        Receipt before = service.receipt(basket);
        String code = service.product(productCode).code();
        Receipt.Line line = before.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
        Money worth = line == null ? Money.ZERO : line.unitPrice().times(Math.min(units, line.quantity()));
        String touched = "basket " + basket.shortCode();
        String approvedBy = sessions.approvedBy(this, Guarded.VOID_LINE,
                "void " + units + " " + code + " worth " + worth, touched, worth, approval);
        Receipt after = service.change(basket, productCode, -units, operation);
        if (line != null) {
            record(AuditAction.VOID_LINE, touched, worth, approvedBy, Math.min(units, line.quantity()) + " " + code);
        }
        return after;
    }

    @Override
    public void removeBasket(BasketId basket) throws CheckoutException, RemoteException {
        removeBasket(basket, null);
    }

    /** Cancels a sale; one with items is a guarded action. */
    @Override
    public void removeBasket(BasketId basket, Approval approval) throws CheckoutException, RemoteException {
        use();
        Receipt receipt = service.receipt(basket);
        if (receipt.isEmpty()) {
            service.remove(basket);
            return;
        }
        String touched = "basket " + basket.shortCode();
        String approvedBy = sessions.approvedBy(this, Guarded.CANCEL_SALE,
                "cancel sale " + basket.shortCode() + " of " + receipt.total(), touched, receipt.total(), approval);
        service.remove(basket);
        record(AuditAction.CANCEL_SALE, touched, receipt.total(), approvedBy, receipt.units() + " items");
    }

    @Override
    public Sale completeSale(BasketId basket, Money expectedTotal, List<Payment> payments, OperationId operation)
            throws CheckoutException, RemoteException {
        return service.completeSale(use(), basket, expectedTotal, payments, operation);
    }

    @Override
    public Refund refund(SaleNumber sale, List<ReturnedItem> items, RefundTo to, OperationId operation)
            throws CheckoutException, RemoteException {
        return refund(sale, items, to, operation, null);
    }

    @Override
    public Refund refund(SaleNumber sale, List<ReturnedItem> items, RefundTo to, OperationId operation,
                         Approval approval) throws CheckoutException, RemoteException {
        Actor by = use();
        Sale paid = service.sale(sale);
        boolean cardInCash = to == RefundTo.CASH
                && paid.payments().stream().anyMatch(payment -> payment.kind() == Payment.Kind.CARD);
        RefundQuote quote = service.quoteRefund(sale, items, to);
        String what = (cardInCash ? "refund card sale " : "refund ") + sale + (cardInCash ? " in cash" : "");
        String approvedBy = sessions.approvedBy(this, cardInCash ? Guarded.REFUND_CARD_IN_CASH : Guarded.REFUND,
                what, sale.toString(), quote.amount(), approval);
        Refund refund = service.refund(by, sale, items, to, operation);
        record(AuditAction.REFUND, refund.number().toString(), refund.amount(), approvedBy,
                "of " + sale + (cardInCash ? ", a card sale, paid back in cash" : ""));
        return refund;
    }

    @Override
    public Shift openShift(Money countedFloat) throws CheckoutException, RemoteException {
        Shift shift = shifts.open(use(), countedFloat);
        record(AuditAction.OPEN_SHIFT, "shift " + shift.number(), countedFloat, null, null);
        return shift;
    }

    @Override
    public Shift shift() throws CheckoutException, RemoteException {
        return shifts.current(use().till());
    }

    @Override
    public CashMovement cashIn(Money amount, String reason) throws CheckoutException, RemoteException {
        CashMovement movement = shifts.cashIn(use(), amount, reason);
        record(AuditAction.CASH_IN, shiftOf(), amount, null, reason);
        return movement;
    }

    @Override
    public CashMovement cashOut(Money amount, String reason, Approval approval) throws CheckoutException, RemoteException {
        Actor by = use();
        if (amount == null) {
            throw new InvalidRequestException("The amount of cash taken out is missing");
        }
        String touched = shiftOf();
        String approvedBy = sessions.approvedBy(this, Guarded.CASH_OUT, "take " + amount + " out of till "
                + by.till(), touched, amount, approval);
        CashMovement movement = shifts.cashOut(by, amount, reason);
        record(AuditAction.CASH_OUT, touched, amount, approvedBy, reason);
        return movement;
    }

    @Override
    public void openDrawer(String reason, Approval approval) throws CheckoutException, RemoteException {
        Actor by = use();
        if (reason == null || reason.isBlank() || reason.length() > AuditEntry.REASON_LENGTH) {
            throw new InvalidRequestException("Opening the drawer needs a reason of 1 to " + AuditEntry.REASON_LENGTH
                    + " characters");
        }
        String touched = shiftOf();
        String approvedBy = sessions.approvedBy(this, Guarded.OPEN_DRAWER, "open the drawer of till " + by.till(),
                touched, null, approval);
        record(AuditAction.OPEN_DRAWER, touched, null, approvedBy, reason);
    }

    @Override
    public ShiftReport xReport() throws CheckoutException, RemoteException {
        return shifts.x(use().till());
    }

    /** Closes the shift; the approval, when the difference needs one, is checked under the till's lock. */
    @Override
    public ShiftReport closeShift(Money counted, Approval approval) throws CheckoutException, RemoteException {
        Actor by = use();
        String touched = shiftOf();
        String[] approvedBy = new String[1];
        ShiftReport z = shifts.close(by, counted, difference -> approvedBy[0] = sessions.approvedBy(this,
                Guarded.CLOSE_SHIFT, "close " + touched + " " + difference + " off", touched, difference, approval));
        record(AuditAction.CLOSE_SHIFT, touched, z.difference(), approvedBy[0], "counted " + z.counted()
                + ", expected " + z.expectedCash() + ", " + z.z());
        return z;
    }

    @Override
    public ShiftReport zReport(ZNumber number) throws CheckoutException, RemoteException {
        use();
        return shifts.z(number);
    }

    @Override
    public byte[] zReportPdf(ZNumber number) throws CheckoutException, RemoteException {
        use();
        return shifts.zPdf(number);
    }

    @Override
    public List<ShiftReport> zReports(LocalDate day) throws CheckoutException, RemoteException {
        use();
        return shifts.zReports(day);
    }

    @Override
    public List<AuditEntry> audit(LocalDate day) throws CheckoutException, RemoteException {
        use();
        if (clerk.role() != Role.MANAGER) {
            throw new ApprovalRequiredException("read the audit trail", "Only a manager may read the audit trail: "
                    + clerk.name() + " is a clerk");
        }
        return sessions.auditOf(Arguments.checkDay(day));
    }

    /** The till's open shift, as the audit trail names it. */
    private String shiftOf() throws CheckoutException, RemoteException {
        return "shift " + shifts.current(actor.till()).number();
    }
}
