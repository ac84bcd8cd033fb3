package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundNotFoundException;
import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNotFoundException;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.store.SalesLedger;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The sales and refunds of a {@link JdbcStore}, read from the {@link JdbcSales} and {@link JdbcRefunds}
 * tables (the journal by {@link JdbcJournal}, the day report from the day totals by {@link DayReports}),
 * each read one transaction. Sales are recorded by the basket side, in the transaction that closes the
 * basket (see {@link SaleCompletion}); a refund in a transaction of its own ({@link RefundRecording}).
 */
final class JdbcSalesLedger implements SalesLedger {

    private final Transactions transactions;

    JdbcSalesLedger(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Sale sale(SaleNumber number) throws SaleNotFoundException, StoreUnavailableException {
        Sale sale = transactions.run(connection -> JdbcSales.byNumber(connection, number));
        if (sale == null) {
            throw new SaleNotFoundException(number);
        }
        return sale;
    }

    @Override
    public List<Sale> sales(LocalDate day) throws StoreUnavailableException {
        return transactions.run(connection -> JdbcSales.byDay(connection, day));
    }

    /** The day's sale rows and its payments' kinds, read in number order and merged: no sale is read whole. */
    @Override
    public List<SaleSummary> journal(LocalDate day) throws StoreUnavailableException {
        return transactions.run(connection -> JdbcJournal.of(connection, day));
    }

    /** A few rows read: the day's totals, kept as its sales and refunds were recorded. */
    @Override
    public DayReport dayReport(LocalDate day) throws StoreUnavailableException {
        return transactions.run(connection -> DayReports.of(connection, day));
    }

    @Override
    public Refund refund(SaleNumber sale, OperationId operation, RefundMaker maker) throws CheckoutException {
        Objects.requireNonNull(sale, "sale");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(maker, "maker");
        return transactions.run(connection -> RefundRecording.record(connection, sale, operation, maker));
    }

    /** Reads the sale and its refunds with the sale's row locked, as a refund does, so the two agree. */
    @Override
    public SaleRefunds refundsOf(SaleNumber sale) throws SaleNotFoundException, StoreUnavailableException {
        Objects.requireNonNull(sale, "sale");
        SaleRefunds found = transactions.run(connection -> JdbcSales.lock(connection, sale)
                ? new SaleRefunds(JdbcSales.byNumber(connection, sale), JdbcRefunds.bySale(connection, sale)) : null);
        if (found == null) {
            throw new SaleNotFoundException(sale);
        }
        return found;
    }

    @Override
    public Refund refund(RefundNumber number) throws RefundNotFoundException, StoreUnavailableException {
        Refund refund = transactions.run(connection -> JdbcRefunds.byNumber(connection, number));
        if (refund == null) {
            throw new RefundNotFoundException(number);
        }
        return refund;
    }

    /** Reads the sales and the refunds in one transaction. */
    @Override
    public Takings takings(String till, LocalDateTime from, LocalDateTime to) throws StoreUnavailableException {
        Objects.requireNonNull(till, "till");
        return transactions.run(connection -> new Takings(JdbcSales.byTill(connection, till, from, to),
                JdbcRefunds.byTill(connection, till, from, to)));
    }

    @Override
    public List<Refund> refunds(LocalDate day) throws StoreUnavailableException {
        return transactions.run(connection -> JdbcRefunds.byDay(connection, day));
    }
}
