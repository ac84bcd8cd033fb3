package com.lana.checkout.server.store.memory;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNotFoundException;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.store.BasketStore;
import com.lana.checkout.server.store.SalesLedger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sales of an {@link InMemoryStore}, kept for as long as the store lives and numbered from
 * {@code S-000001} without gaps. Only its {@link InMemoryBasketStore} records one, with the paid
 * basket's monitor held; one ledger-wide sale lock numbers and records them one at a time, and adds
 * never take it.
 */
final class InMemorySales implements SalesLedger {

    /**
     * Held while a sale takes its number, is made and is recorded: see {@link #record}. Guards
     * {@link #lastSale} and {@link #salesByDay}.
     */
    private final Object saleLock = new Object();
    private long lastSale;
    private final Map<SaleNumber, Sale> salesByNumber = new ConcurrentHashMap<>();
    /** Each day's sales in number order, since numbers are taken and sales appended under one lock. */
    private final Map<LocalDate, List<Sale>> salesByDay = new HashMap<>();

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
            salesByDay.computeIfAbsent(sale.time().toLocalDate(), day -> new ArrayList<>()).add(sale);
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
            return List.copyOf(salesByDay.getOrDefault(day, List.of()));
        }
    }

    /** Summarizes the day's list under the sale lock, without copying it. */
    @Override
    public List<SaleSummary> journal(LocalDate day) {
        synchronized (saleLock) {
            return salesByDay.getOrDefault(day, List.of()).stream().map(SaleSummary::of).toList();
        }
    }

    /** Sums the day's list under the sale lock, without copying it. */
    @Override
    public DayReport dayReport(LocalDate day) {
        synchronized (saleLock) {
            return DayReport.of(day, salesByDay.getOrDefault(day, List.of()));
        }
    }
}
