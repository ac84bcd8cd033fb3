package com.lana.checkout.server.store.memory;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.shift.CashMovement;
import com.lana.checkout.api.shift.Shift;
import com.lana.checkout.api.shift.ShiftException;
import com.lana.checkout.api.shift.ShiftNumber;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.api.shift.TillId;
import com.lana.checkout.api.shift.ZNumber;
import com.lana.checkout.server.store.ShiftStore;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Shifts and Z reports in this JVM's memory. Every call holds this object's monitor, so a till's
 * shifts and Z reports are numbered one at a time, and a close and its Z report are one step.
 */
final class InMemoryShifts implements ShiftStore {

    /** Per till, its shifts by number. */
    private final Map<String, List<Shift>> shifts = new HashMap<>();
    private final Map<ShiftNumber, List<CashMovement>> movements = new HashMap<>();
    private final Map<ZNumber, ShiftReport> reports = new TreeMap<>();

    @Override
    public synchronized Shift open(String till, String clerk, Money openingFloat, LocalDateTime time)
            throws ShiftException {
        Optional<Shift> open = current(till);
        if (open.isPresent()) {
            throw new ShiftException("Till " + till + " has shift " + open.get().number() + " open; close it first");
        }
        List<Shift> ofTill = shifts.computeIfAbsent(till, key -> new ArrayList<>());
        Shift shift = Shift.opened(new ShiftNumber(till, ofTill.size() + 1L), clerk, time, openingFloat);
        ofTill.add(shift);
        return shift;
    }

    @Override
    public synchronized Optional<Shift> current(String till) {
        TillId.require(till);
        List<Shift> ofTill = shifts.getOrDefault(till, List.of());
        return ofTill.isEmpty() || !ofTill.get(ofTill.size() - 1).isOpen()
                ? Optional.empty() : Optional.of(ofTill.get(ofTill.size() - 1));
    }

    @Override
    public synchronized Shift shift(ShiftNumber number) throws ShiftException {
        List<Shift> ofTill = shifts.getOrDefault(number.till(), List.of());
        if (number.value() > ofTill.size()) {
            throw new ShiftException("No shift " + number + " in the store");
        }
        return ofTill.get((int) number.value() - 1);
    }

    @Override
    public synchronized ShiftNumber move(String till, CashMovement movement) throws ShiftException {
        Objects.requireNonNull(movement, "movement");
        Shift open = requireOpen(till, "move cash");
        movements.computeIfAbsent(open.number(), key -> new ArrayList<>()).add(movement);
        return open.number();
    }

    /** A stable sort: movements of the same time stay in the order recorded. */
    @Override
    public synchronized List<CashMovement> movements(ShiftNumber shift) {
        return movements.getOrDefault(shift, List.of()).stream().sorted(Comparator.comparing(CashMovement::time))
                .toList();
    }

    @Override
    public synchronized ShiftReport close(String till, String clerk, Money counted, LocalDateTime time, ZMaker maker)
            throws CheckoutException {
        Objects.requireNonNull(counted, "counted");
        Objects.requireNonNull(maker, "maker");
        Shift open = requireOpen(till, "close a shift");
        Shift closed = open.close(time, clerk);
        ZNumber number = new ZNumber(till, reports.keySet().stream().filter(z -> z.till().equals(till)).count() + 1);
        ShiftReport report = ShiftStore.requireZ(maker.make(closed, movements(open.number()), counted, number),
                closed, counted, number);
        List<Shift> ofTill = shifts.get(till);
        ofTill.set(ofTill.size() - 1, closed);
        reports.put(number, report);
        return report;
    }

    @Override
    public synchronized ShiftReport z(ZNumber number) throws ShiftException {
        ShiftReport report = reports.get(number);
        if (report == null) {
            throw new ShiftException("No Z report " + number + " in the store");
        }
        return report;
    }

    /** {@link #reports} is sorted by till, then number. */
    @Override
    public synchronized List<ShiftReport> zReports(LocalDate day) {
        return reports.values().stream().filter(report -> report.time().toLocalDate().equals(day)).toList();
    }

    @Override
    public synchronized List<DayShift> shiftsOn(LocalDate day) {
        LocalDateTime start = day.atStartOfDay();
        LocalDateTime end = day.plusDays(1).atStartOfDay();
        Map<ShiftNumber, ZNumber> closedAs = new HashMap<>();
        reports.values().forEach(report -> closedAs.put(report.shift().number(), report.z()));
        return shifts.values().stream().flatMap(List::stream)
                .filter(shift -> shift.openedAt().isBefore(end) && (shift.isOpen() || !shift.closedAt().isBefore(start)))
                .sorted(Comparator.comparing(Shift::number))
                .map(shift -> new DayShift(shift, closedAs.get(shift.number())))
                .toList();
    }

    private Shift requireOpen(String till, String what) throws ShiftException {
        return current(till).orElseThrow(() -> new ShiftException("Till " + till + " has no open shift to " + what
                + "; open one first"));
    }
}
