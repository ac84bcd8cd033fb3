package com.lana.checkout.server.service;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.shift.CashMovement;
import com.lana.checkout.api.shift.Shift;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.api.shift.ZNumber;
import com.lana.checkout.server.store.CheckoutStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The tills' shifts as the service runs them: opening with a counted float, cash in and out, the X
 * report, closing with a blind count into a Z report. Thread-safe.
 */
public final class ShiftDesk {

    private final CheckoutStore store;
    private final Clock clock;

    public ShiftDesk(CheckoutStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Opens the actor's till's next shift with {@code countedFloat} in the drawer. */
    public Shift open(Actor actor, Money countedFloat) throws CheckoutException {
        throw new UnsupportedOperationException("not yet");
    }

    /** The till's open shift; {@link com.lana.checkout.api.shift.ShiftException} when it has none. */
    public Shift current(String till) throws CheckoutException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Refuses with {@link com.lana.checkout.api.shift.ShiftException} when the till has no open shift. */
    public void requireOpen(String till) throws CheckoutException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Records cash put into the actor's till's drawer. */
    public CashMovement cashIn(Actor actor, Money amount, String reason) throws CheckoutException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Records cash taken out of the actor's till's drawer. */
    public CashMovement cashOut(Actor actor, Money amount, String reason) throws CheckoutException {
        throw new UnsupportedOperationException("not yet");
    }

    /** The X report of the till's open shift. */
    public ShiftReport x(String till) throws CheckoutException {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Closes the actor's till's open shift with a blind count; {@code differenceCheck} runs under the
     * till's lock with the difference and may throw (an ApprovalRequiredException) to refuse: then
     * nothing is recorded.
     */
    public ShiftReport close(Actor actor, Money counted, DifferenceCheck differenceCheck) throws CheckoutException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Whether a close may go ahead with the drawer this far off (counted less expected). */
    @FunctionalInterface
    public interface DifferenceCheck {
        /** @throws CheckoutException to refuse the close */
        void check(Money difference) throws CheckoutException;
    }

    /** A recorded Z report. */
    public ShiftReport z(ZNumber number) throws CheckoutException {
        throw new UnsupportedOperationException("not yet");
    }

    /** The Z reports of the shifts that closed on {@code day}. */
    public List<ShiftReport> zReports(LocalDate day) throws CheckoutException {
        throw new UnsupportedOperationException("not yet");
    }
}
