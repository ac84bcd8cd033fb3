package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNotFoundException;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.SaleSummary;
import com.lana.checkout.api.StoreUnavailableException;
import com.lana.checkout.server.store.SalesLedger;

import java.time.LocalDate;
import java.util.List;

/**
 * The sales of a {@link JdbcStore}, read from the {@link JdbcSales} tables (the journal by
 * {@link JdbcJournal}, the day report from {@link SaleDays}), each read one transaction. Sales are recorded by the basket side, in the transaction that closes the basket
 * (see {@link SaleCompletion}).
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

    /** One row read: the day's totals, kept as its sales were recorded. */
    @Override
    public DayReport dayReport(LocalDate day) throws StoreUnavailableException {
        return transactions.run(connection -> SaleDays.report(connection, day));
    }

    // Refunds on a database arrive with the refund tables; until then a JDBC store refuses them.
    @Override
    public Refund refund(SaleNumber sale, OperationId operation, RefundMaker maker) throws StoreUnavailableException {
        throw new StoreUnavailableException("This store keeps no refunds yet");
    }

    @Override
    public Refund refund(RefundNumber number) throws StoreUnavailableException {
        throw new StoreUnavailableException("This store keeps no refunds yet");
    }

    @Override
    public List<Refund> refunds(LocalDate day) {
        return List.of();
    }
}
