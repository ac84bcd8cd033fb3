package com.lana.checkout.server.service;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.Shop;
import com.lana.checkout.api.shift.CashMovement;
import com.lana.checkout.api.shift.Shift;
import com.lana.checkout.api.shift.ShiftException;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.api.shift.TillId;
import com.lana.checkout.api.shift.ZNumber;
import com.lana.checkout.server.receipt.ReceiptPdf;
import com.lana.checkout.server.shift.ShiftDays;
import com.lana.checkout.server.shift.ShiftReports;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.SalesLedger;
import com.lana.checkout.server.store.ShiftStore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The tills' shifts as the service runs them: opening with a counted float, cash in and out, the X
 * report, closing with a blind count into a Z report. What a shift took is its till's sales and
 * refunds from its opening to the report's time (or its closing), read from the store's
 * {@link SalesLedger}, and its cash movements; {@link ShiftReports} computes the figures. Times are
 * read from the clock in its zone, the shop's local time, as sales' are. Thread-safe: every step is
 * one call to the store, which locks the till where it changes a shift.
 *
 * <p>The day report names the shifts open on its day with what each took that day ({@link ShiftDays}).
 *
 * <p>Who may do what (a manager's approval) is not checked here: the caller checks it before, or,
 * for a close's difference, in the {@link DifferenceCheck} it gives.
 */
public final class ShiftDesk {

    private final ShiftStore shifts;
    private final SalesLedger ledger;
    private final Clock clock;
    private final Shop shop;
    /** Per till: sales and refunds being recorded hold it shared, a close exclusively. */
    private final Map<String, ReadWriteLock> gates = new ConcurrentHashMap<>();

    /** The shifts of the {@linkplain Shop#DEVELOPMENT development shop}'s tills. */
    public ShiftDesk(CheckoutStore store, Clock clock) {
        this(store, clock, Shop.DEVELOPMENT);
    }

    /** @param shop the shop whose name the reports' PDF documents give as their author */
    public ShiftDesk(CheckoutStore store, Clock clock, Shop shop) {
        Objects.requireNonNull(store, "store");
        this.shifts = store.shifts();
        this.ledger = store.sales();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.shop = Objects.requireNonNull(shop, "shop");
    }

    /**
     * Opens the actor's till's next shift with {@code countedFloat} in the drawer.
     *
     * @throws ShiftException when the till has a shift open
     * @throws InvalidRequestException when the actor names no till, or the float is missing or negative
     */
    public Shift open(Actor actor, Money countedFloat) throws CheckoutException {
        String till = tillOf(actor, "open a shift");
        if (countedFloat == null || countedFloat.isNegative()) {
            throw new InvalidRequestException("A shift opens with the float counted into the drawer, 0.00€ or more, "
                    + "was " + (countedFloat == null ? "none" : countedFloat));
        }
        return shifts.open(till, actor.clerk(), countedFloat, LocalDateTime.now(clock));
    }

    /**
     * The till's open shift.
     *
     * @throws ShiftException when it has none
     */
    public Shift current(String till) throws CheckoutException {
        return shifts.current(checkTill(till)).orElseThrow(() -> new ShiftException("Till " + till
                + " has no open shift: open one with the float counted into the drawer"));
    }

    /**
     * Returns when the till has an open shift, as it must to sell.
     *
     * @throws ShiftException when it has none
     */
    public void requireOpen(String till) throws CheckoutException {
        current(till);
    }

    /**
     * Returns when the actor may sell and refund: at a till with an open shift, or at no till
     * ({@link Actor#NONE}), which needs none.
     *
     * @throws ShiftException when the actor's till has no open shift
     */
    public void requireOpenAt(Actor actor) throws CheckoutException {
        if (Objects.requireNonNull(actor, "actor").atTill()) {
            requireOpen(actor.till());
        }
    }

    /**
     * Does {@code work} — recording a sale or a refund — for the actor, with its till's shift open
     * throughout: a close of that shift waits until the work is recorded, so its Z report counts
     * it, and work that comes after a close fails with {@link ShiftException}. A till's clerk is
     * signed in at one server, where that till's sales and closes are made; an actor at no till
     * needs no shift.
     *
     * @throws ShiftException when the actor's till has no open shift
     */
    public <T> T whileOpen(Actor actor, ShiftWork<T> work) throws CheckoutException {
        if (!Objects.requireNonNull(actor, "actor").atTill()) {
            return work.run();
        }
        Lock held = gate(actor.till()).readLock();
        held.lock();
        try {
            requireOpen(actor.till());
            return work.run();
        } finally {
            held.unlock();
        }
    }

    /** What {@link #whileOpen} does with the shift open. */
    @FunctionalInterface
    public interface ShiftWork<T> {
        T run() throws CheckoutException;
    }

    private ReadWriteLock gate(String till) {
        return gates.computeIfAbsent(till, t -> new ReentrantReadWriteLock());
    }

    /**
     * Records cash put into the actor's till's drawer in its open shift.
     *
     * @throws ShiftException when the till has no open shift
     * @throws InvalidRequestException when the amount is not more than zero or the reason is not 1 to
     *     {@value CashMovement#REASON_LENGTH} printable characters
     */
    public CashMovement cashIn(Actor actor, Money amount, String reason) throws CheckoutException {
        return move(actor, CashMovement.Kind.IN, amount, reason);
    }

    /** Records cash taken out of the actor's till's drawer in its open shift, as {@link #cashIn} puts it in. */
    public CashMovement cashOut(Actor actor, Money amount, String reason) throws CheckoutException {
        return move(actor, CashMovement.Kind.OUT, amount, reason);
    }

    private CashMovement move(Actor actor, CashMovement.Kind kind, Money amount, String reason)
            throws CheckoutException {
        String till = tillOf(actor, "move cash");
        if (amount == null) {
            throw new InvalidRequestException("The amount of cash " + kind.name().toLowerCase() + " is missing");
        }
        CashMovement movement;
        try {
            movement = new CashMovement(kind, amount, reason, LocalDateTime.now(clock), actor.clerk());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        shifts.move(till, movement);
        return movement;
    }

    /**
     * The X report of the till's open shift, now: what it took so far and the cash the drawer
     * should hold. Records nothing.
     *
     * @throws ShiftException when the till has no open shift
     */
    public ShiftReport x(String till) throws CheckoutException {
        Shift shift = current(till);
        LocalDateTime now = LocalDateTime.now(clock);
        SalesLedger.Takings takings = ledger.takings(till, shift.openedAt(), now);
        return ShiftReports.x(shift, now, takings.sales(), takings.refunds(), shifts.movements(shift.number()));
    }

    /**
     * Closes the actor's till's open shift with a blind count: {@code counted} is the cash the clerk
     * counted in the drawer, given before anything says what was expected. Once the sales and
     * refunds being recorded at the till are in ({@link #whileOpen}), the Z report is made from the
     * shift's sales and refunds and, with the till locked in the store, its cash movements, then
     * {@code differenceCheck} runs with its difference (counted less expected) and may throw (an
     * ApprovalRequiredException) to refuse: then nothing is recorded and the shift stays open.
     *
     * @throws ShiftException when the till has no open shift
     * @throws InvalidRequestException when the actor names no till, or the count is missing or negative
     */
    public ShiftReport close(Actor actor, Money counted, DifferenceCheck differenceCheck) throws CheckoutException {
        String till = tillOf(actor, "close a shift");
        if (counted == null || counted.isNegative()) {
            throw new InvalidRequestException("A shift closes with the cash counted in the drawer, 0.00€ or more, "
                    + "was " + (counted == null ? "none" : counted));
        }
        Objects.requireNonNull(differenceCheck, "differenceCheck");
        Lock closing = gate(till).writeLock();   // after the sales and refunds being recorded at the till
        closing.lock();
        try {
            return closeNow(till, actor, counted, differenceCheck);
        } finally {
            closing.unlock();
        }
    }

    private ShiftReport closeNow(String till, Actor actor, Money counted, DifferenceCheck differenceCheck)
            throws CheckoutException {
        // What the shift took is read before the store locks the till, on a connection of its own: a
        // close then never holds one connection while waiting for a second, which many tills closing at
        // once could run a pool dry with. Nothing is recorded at the till meanwhile (its gate is held).
        Shift open = current(till);
        LocalDateTime now = LocalDateTime.now(clock);
        SalesLedger.Takings takings = ledger.takings(till, open.openedAt(), now);
        return shifts.close(till, actor.clerk(), counted, now, (closed, movements, count, z) -> {
            if (!closed.number().equals(open.number())) {
                throw new ShiftException("Shift " + open.number() + " of till " + till + " closed meanwhile; the till's "
                        + "shift is now " + closed.number() + ": close again");
            }
            ShiftReport report = ShiftReports.z(closed, z, takings.sales(), takings.refunds(), movements, count);
            differenceCheck.check(report.difference());
            return report;
        });
    }

    /** Whether a close may go ahead with the drawer this far off. */
    @FunctionalInterface
    public interface DifferenceCheck {

        /** Lets every close go ahead, whatever its difference. */
        DifferenceCheck ANY = difference -> { };

        /**
         * @param difference counted less expected: positive over, negative short
         * @throws CheckoutException to refuse the close
         */
        void check(Money difference) throws CheckoutException;
    }

    /**
     * A recorded Z report.
     *
     * @throws ShiftException when the store has no such report
     */
    public ShiftReport z(ZNumber number) throws CheckoutException {
        if (number == null) {
            throw new InvalidRequestException("The Z report's number is missing");
        }
        return shifts.z(number);
    }

    /**
     * A recorded Z report as a PDF document: its text, as the till prints it.
     *
     * @throws ShiftException when the store has no such report
     */
    public byte[] zPdf(ZNumber number) throws CheckoutException {
        return ReceiptPdf.of(z(number), shop);
    }

    /**
     * The report of {@code day}: its sales and refunds added up, naming the shifts open at some time of
     * it, by till, then number, each with what it took that day. A day without shifts is the ledger's
     * report as it stands (a few rows on a database); one with shifts is added up from the day's sales
     * and refunds, read after its shifts: a shift opened while they are read counts as no shift.
     */
    public DayReport dayReport(LocalDate day) throws CheckoutException {
        List<ShiftStore.DayShift> open = shifts.shiftsOn(Arguments.checkDay(day));
        if (open.isEmpty()) {
            return ledger.dayReport(day);
        }
        List<Sale> sales = ledger.sales(day);
        List<Refund> refunds = ledger.refunds(day);
        List<DayReport.Figures> took = ShiftDays.figures(open.stream().map(ShiftStore.DayShift::shift).toList(),
                sales, refunds);
        List<DayReport.ShiftLine> lines = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            Shift shift = open.get(i).shift();
            lines.add(new DayReport.ShiftLine(shift.number(), open.get(i).z(), shift.openedBy(), took.get(i)));
        }
        return DayReport.of(day, sales, refunds).withShifts(lines);
    }

    /** The Z reports of the shifts that closed on {@code day}, by till, then number. */
    public List<ShiftReport> zReports(LocalDate day) throws CheckoutException {
        return shifts.zReports(Arguments.checkDay(day));
    }

    private static String tillOf(Actor actor, String what) throws InvalidRequestException {
        if (actor == null || !actor.atTill()) {
            throw new InvalidRequestException("Only a till can " + what + "; no till was named");
        }
        return actor.till();
    }

    private static String checkTill(String till) throws InvalidRequestException {
        try {
            return TillId.require(till);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }
}
