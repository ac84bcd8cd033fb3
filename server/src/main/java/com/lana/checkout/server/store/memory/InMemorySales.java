package com.lana.checkout.server.store.memory;

import com.lana.checkout.api.BasketId;
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
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.SalesLedger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sales and refunds of an {@link InMemoryStore}, kept for as long as the store lives and numbered
 * from {@code S-000001} and {@code R-000001} without gaps. Only its {@link InMemoryBasketStore}
 * records a sale, with the paid basket's monitor held; one ledger-wide sale lock numbers and records
 * them one at a time, and adds never take it. Refunds are numbered and recorded one at a time under a
 * refund lock, taken before the sale lock where both are held, so a refund reads its sale, and
 * replaces it with one that says what came back, while no other refund can.
 */
final class InMemorySales implements SalesLedger {

    /**
     * Held while a sale takes its number, is made and is recorded: see {@link #record}. Guards
     * {@link #lastSale} and {@link #salesByDay}.
     */
    private final Object saleLock = new Object();
    private long lastSale;
    /** Each sale as it stands: replaced, under both locks, when a refund takes units back. */
    private final Map<SaleNumber, Sale> salesByNumber = new ConcurrentHashMap<>();
    /** Each day's sales in number order, since numbers are taken and sales appended under one lock. */
    private final Map<LocalDate, List<SaleNumber>> salesByDay = new HashMap<>();

    /** Held while a refund reads its sale, takes its number and is recorded. Guards the refund fields. */
    private final Object refundLock = new Object();
    private long lastRefund;
    private final Map<RefundNumber, Refund> refundsByNumber = new HashMap<>();
    private final Map<LocalDate, List<Refund>> refundsByDay = new HashMap<>();
    private final Map<SaleNumber, List<Refund>> refundsBySale = new HashMap<>();
    private final Map<OperationId, Refund> refundsByOperation = new HashMap<>();

    /**
     * Gives the sale the next number, makes it and records it, with the basket's monitor held by the
     * caller. The sale lock is held across {@code maker} on purpose: the maker needs the number, and
     * a sale it refuses must leave that number to the next one, so no other sale may take a number
     * until this one is recorded or refused. Making a sale is pricing and checking payments, pure and
     * short, and happens once per basket, so sales queue only behind each other, never behind adds.
     * (Taking numbers optimistically and making the sale again when another took it first would
     * call the maker more than once for one completion, for little gain.)
     */
    Sale record(BasketId basket, BasketLines lines, BasketStore.SaleMaker maker) throws CheckoutException {
        synchronized (saleLock) {
            SaleNumber number = new SaleNumber(lastSale + 1);
            Sale sale = maker.make(lines, number);
            if (sale == null || !sale.number().equals(number) || !sale.receipt().basket().equals(basket)) {
                throw new IllegalStateException("The sale of basket " + basket + " must have number " + number
                        + " and be of that basket, was " + (sale == null ? "no sale"
                        : sale.number() + " of basket " + sale.receipt().basket()));
            }
            lastSale = number.value();
            salesByNumber.put(number, sale);
            salesByDay.computeIfAbsent(sale.time().toLocalDate(), day -> new ArrayList<>()).add(number);
            return sale;
        }
    }

    /** The sale numbered {@code number}, or null when there is none. */
    Sale find(SaleNumber number) {
        return salesByNumber.get(number);
    }

    @Override
    public Sale sale(SaleNumber number) throws SaleNotFoundException {
        Sale sale = salesByNumber.get(number);
        if (sale == null) {
            throw new SaleNotFoundException(number);
        }
        return sale;
    }

    @Override
    public List<Sale> sales(LocalDate day) {
        synchronized (saleLock) {
            return salesOf(day);
        }
    }

    /** Summarizes the day's sales under the sale lock. */
    @Override
    public List<SaleSummary> journal(LocalDate day) {
        synchronized (saleLock) {
            return salesOf(day).stream().map(SaleSummary::of).toList();
        }
    }

    /** Sums the day's sales and refunds under both locks. */
    @Override
    public DayReport dayReport(LocalDate day) {
        synchronized (refundLock) {
            synchronized (saleLock) {
                return DayReport.of(day, salesOf(day), refundsByDay.getOrDefault(day, List.of()));
            }
        }
    }

    /** The day's sales as they stand, with the sale lock held. */
    private List<Sale> salesOf(LocalDate day) {
        return salesByDay.getOrDefault(day, List.of()).stream().map(salesByNumber::get).toList();
    }

    @Override
    public Refund refund(SaleNumber saleNumber, OperationId operation, RefundMaker maker) throws CheckoutException {
        synchronized (refundLock) {
            Refund done = refundsByOperation.get(operation);
            if (done != null) {
                if (!done.sale().equals(saleNumber)) {
                    throw new InvalidRequestException("Operation " + operation + " already recorded refund "
                            + done.number() + " of sale " + done.sale() + ", not of " + saleNumber);
                }
                return done;
            }
            Sale sale = sale(saleNumber);
            List<Refund> earlier = refundsBySale.getOrDefault(saleNumber, List.of());
            RefundNumber number = new RefundNumber(lastRefund + 1);
            Refund refund = maker.make(sale, List.copyOf(earlier), number);
            Sale after = sale.after(refund);
            lastRefund = number.value();
            refundsByNumber.put(number, refund);
            refundsByDay.computeIfAbsent(refund.time().toLocalDate(), day -> new ArrayList<>()).add(refund);
            refundsBySale.computeIfAbsent(saleNumber, key -> new ArrayList<>()).add(refund);
            refundsByOperation.put(operation, refund);
            synchronized (saleLock) {
                salesByNumber.put(saleNumber, after);
            }
            return refund;
        }
    }

    @Override
    public SaleRefunds refundsOf(SaleNumber number) throws SaleNotFoundException {
        synchronized (refundLock) {
            return new SaleRefunds(sale(number), refundsBySale.getOrDefault(number, List.of()));
        }
    }

    @Override
    public Refund refund(RefundNumber number) throws RefundNotFoundException {
        synchronized (refundLock) {
            Refund refund = refundsByNumber.get(number);
            if (refund == null) {
                throw new RefundNotFoundException(number);
            }
            return refund;
        }
    }

    /** Reads the days from {@code from} to {@code to} under both locks. */
    @Override
    public Takings takings(String till, LocalDateTime from, LocalDateTime to) {
        List<Sale> sales = new ArrayList<>();
        List<Refund> refunds = new ArrayList<>();
        synchronized (refundLock) {
            synchronized (saleLock) {
                for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
                    salesOf(day).stream().filter(sale -> till.equals(sale.till()) && within(sale.time(), from, to))
                            .forEach(sales::add);
                    refundsByDay.getOrDefault(day, List.of()).stream()
                            .filter(refund -> till.equals(refund.till()) && within(refund.time(), from, to))
                            .forEach(refunds::add);
                }
            }
        }
        sales.sort(Comparator.comparing(Sale::number));
        return new Takings(sales, refunds);
    }

    private static boolean within(LocalDateTime time, LocalDateTime from, LocalDateTime to) {
        return !time.isBefore(from) && !time.isAfter(to);
    }

    @Override
    public List<Refund> refunds(LocalDate day) {
        synchronized (refundLock) {
            return List.copyOf(refundsByDay.getOrDefault(day, List.of()));
        }
    }
}
