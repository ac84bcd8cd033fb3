package com.lana.checkout.server.store;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.api.shift.CashMovement;
import com.lana.checkout.api.shift.Shift;
import com.lana.checkout.api.shift.ShiftException;
import com.lana.checkout.api.shift.ShiftNumber;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.api.shift.ZNumber;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The shifts of a {@link CheckoutStore}'s tills, their cash movements and their Z reports. A till has
 * at most one open shift; its shifts are numbered 1, 2, 3... and its Z reports likewise, each series
 * per till and without gaps, on every server sharing the store. A Z report is recorded once, when
 * its shift closes, and never changes. Thread-safe; a store that cannot reach its database answers
 * {@link StoreUnavailableException}.
 *
 * <p>What a shift took is the caller's to compute ({@link ZMaker}): the store keeps shifts, cash
 * movements and reports, not which sales belong to which shift.
 */
public interface ShiftStore {

    /**
     * Opens the till's next shift with {@code openingFloat} counted into the drawer.
     *
     * @param clerk who opens it, or null where no clerk signs in
     * @throws ShiftException naming the open shift when the till has one
     */
    Shift open(String till, String clerk, Money openingFloat, LocalDateTime time)
            throws ShiftException, StoreUnavailableException;

    /** The till's open shift; empty when it has none. */
    Optional<Shift> current(String till) throws StoreUnavailableException;

    /**
     * A shift, open or closed.
     *
     * @throws ShiftException when the store has no such shift
     */
    Shift shift(ShiftNumber number) throws ShiftException, StoreUnavailableException;

    /**
     * Records cash put into or taken out of the till's drawer in its open shift.
     *
     * @return the shift it was recorded in
     * @throws ShiftException when the till has no open shift
     */
    ShiftNumber move(String till, CashMovement movement) throws ShiftException, StoreUnavailableException;

    /** The cash movements of a shift, in time order (those of the same time in the order recorded); empty for no such shift. */
    List<CashMovement> movements(ShiftNumber shift) throws StoreUnavailableException;

    /**
     * Closes the till's open shift with {@code counted} cash in the drawer, in one atomic step: locks
     * the till (on every server sharing the store), hands the shift as closed, its cash movements and
     * the till's next Z number to {@code maker}, and records the report it makes with the shift closed.
     * A report the maker refuses records nothing, leaves the shift open and its Z number to the next close.
     *
     * @param clerk who closes it, or null where no clerk signs in
     * @throws ShiftException when the till has no open shift
     * @throws CheckoutException what {@code maker} throws to refuse the close
     * @throws IllegalStateException when the maker's report is not the Z report of that shift, number
     *     and count
     */
    ShiftReport close(String till, String clerk, Money counted, LocalDateTime time, ZMaker maker)
            throws CheckoutException;

    /**
     * A recorded Z report.
     *
     * @throws ShiftException when the store has no such report
     */
    ShiftReport z(ZNumber number) throws ShiftException, StoreUnavailableException;

    /** The Z reports of the shifts that closed on {@code day}, by till, then number. */
    List<ShiftReport> zReports(LocalDate day) throws StoreUnavailableException;

    /**
     * The shifts open at some time of {@code day}: opened before it ended and not closed before it
     * began (so one across midnight is of both days), by till, then number, each with its Z report's
     * number once it closed.
     */
    List<DayShift> shiftsOn(LocalDate day) throws StoreUnavailableException;

    /**
     * A shift as a day's report names it.
     *
     * @param shift the shift, open or closed
     * @param z its Z report's number, or null while it is open
     */
    record DayShift(Shift shift, ZNumber z) {
        public DayShift {
            java.util.Objects.requireNonNull(shift, "shift");
            if ((z == null) != shift.isOpen()) {
                throw new IllegalArgumentException("Shift " + shift.number() + " has a Z number exactly when it is "
                        + "closed, was " + (shift.isOpen() ? "open" : "closed") + " with " + z);
            }
        }
    }

    /** What a shift, closing with its till locked, is reported as. */
    @FunctionalInterface
    interface ZMaker {
        /**
         * @param closed the shift as it closes: {@link Shift#closedAt()} the close's time
         * @param movements its cash movements, in time order
         * @param counted the cash counted in the drawer
         * @param number the Z number the report gets if it is recorded
         * @return the Z report {@code number} of {@code closed} with {@code counted}
         * @throws CheckoutException to refuse the close; nothing is recorded and the number stays free
         */
        ShiftReport make(Shift closed, List<CashMovement> movements, Money counted, ZNumber number)
                throws CheckoutException;
    }

    /**
     * {@code report} when it is the Z report {@code number} of {@code closed} with {@code counted}.
     *
     * @throws IllegalStateException saying what it is instead
     */
    static ShiftReport requireZ(ShiftReport report, Shift closed, Money counted, ZNumber number) {
        if (report == null || !report.isZ() || !number.equals(report.z()) || !closed.equals(report.shift())
                || !counted.equals(report.counted())) {
            throw new IllegalStateException("Closing shift " + closed.number() + " must make Z report " + number
                    + " counting " + counted + " of that shift, was " + (report == null ? "no report"
                    : report.kind() + " report " + report.z() + " of shift " + report.shift().number()
                    + " counting " + report.counted()));
        }
        return report;
    }
}
