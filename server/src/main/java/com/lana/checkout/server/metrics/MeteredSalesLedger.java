package com.lana.checkout.server.metrics;

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

/**
 * A {@link SalesLedger} whose every operation is measured by its {@link StoreMeter}: timed and its
 * failures counted. Each method is written out, so the meters are reached through a field (no
 * reflection, no lookup by name).
 */
final class MeteredSalesLedger implements SalesLedger {

    private final SalesLedger ledger;
    private final StoreMeter.Operation sale;
    private final StoreMeter.Operation sales;
    private final StoreMeter.Operation journal;
    private final StoreMeter.Operation dayReport;
    private final StoreMeter.Operation refund;
    private final StoreMeter.Operation refunds;
    private final StoreMeter.Operation refundsOf;
    private final StoreMeter.Operation takings;

    MeteredSalesLedger(SalesLedger ledger, StoreMeter meter) {
        this.ledger = ledger;
        sale = meter.operation("sale");
        sales = meter.operation("sales");
        journal = meter.operation("journal");
        dayReport = meter.operation("dayReport");
        refund = meter.operation("refund");
        refunds = meter.operation("refunds");
        refundsOf = meter.operation("refundsOf");
        takings = meter.operation("takings");
    }

    @Override
    public Sale sale(SaleNumber number) throws SaleNotFoundException, StoreUnavailableException {
        long started = System.nanoTime();
        try {
            return sale.answered(ledger.sale(number));
        } catch (StoreUnavailableException e) {
            throw sale.unavailable(e);
        } catch (RuntimeException | Error e) {
            sale.failed();
            throw e;
        } finally {
            sale.timed(started);
        }
    }

    @Override
    public List<Sale> sales(LocalDate day) throws StoreUnavailableException {
        long started = System.nanoTime();
        try {
            return sales.answered(ledger.sales(day));
        } catch (StoreUnavailableException e) {
            throw sales.unavailable(e);
        } catch (RuntimeException | Error e) {
            sales.failed();
            throw e;
        } finally {
            sales.timed(started);
        }
    }

    @Override
    public List<SaleSummary> journal(LocalDate day) throws StoreUnavailableException {
        long started = System.nanoTime();
        try {
            return journal.answered(ledger.journal(day));
        } catch (StoreUnavailableException e) {
            throw journal.unavailable(e);
        } catch (RuntimeException | Error e) {
            journal.failed();
            throw e;
        } finally {
            journal.timed(started);
        }
    }

    @Override
    public DayReport dayReport(LocalDate day) throws StoreUnavailableException {
        long started = System.nanoTime();
        try {
            return dayReport.answered(ledger.dayReport(day));
        } catch (StoreUnavailableException e) {
            throw dayReport.unavailable(e);
        } catch (RuntimeException | Error e) {
            dayReport.failed();
            throw e;
        } finally {
            dayReport.timed(started);
        }
    }

    @Override
    public Refund refund(SaleNumber sale, OperationId operation, RefundMaker maker) throws CheckoutException {
        long started = System.nanoTime();
        try {
            return refund.answered(ledger.refund(sale, operation, maker));
        } catch (StoreUnavailableException e) {
            throw refund.unavailable(e);
        } catch (RuntimeException | Error e) {
            refund.failed();
            throw e;
        } finally {
            refund.timed(started);
        }
    }

    @Override
    public Refund refund(RefundNumber number) throws RefundNotFoundException, StoreUnavailableException {
        long started = System.nanoTime();
        try {
            return refund.answered(ledger.refund(number));
        } catch (StoreUnavailableException e) {
            throw refund.unavailable(e);
        } catch (RuntimeException | Error e) {
            refund.failed();
            throw e;
        } finally {
            refund.timed(started);
        }
    }

    @Override
    public List<Refund> refunds(LocalDate day) throws StoreUnavailableException {
        long started = System.nanoTime();
        try {
            return refunds.answered(ledger.refunds(day));
        } catch (StoreUnavailableException e) {
            throw refunds.unavailable(e);
        } catch (RuntimeException | Error e) {
            refunds.failed();
            throw e;
        } finally {
            refunds.timed(started);
        }
    }

    @Override
    public SaleRefunds refundsOf(SaleNumber sale) throws SaleNotFoundException, StoreUnavailableException {
        long started = System.nanoTime();
        try {
            return refundsOf.answered(ledger.refundsOf(sale));
        } catch (StoreUnavailableException e) {
            throw refundsOf.unavailable(e);
        } catch (RuntimeException | Error e) {
            refundsOf.failed();
            throw e;
        } finally {
            refundsOf.timed(started);
        }
    }

    @Override
    public Takings takings(String till, LocalDateTime from, LocalDateTime to) throws StoreUnavailableException {
        long started = System.nanoTime();
        try {
            return takings.answered(ledger.takings(till, from, to));
        } catch (StoreUnavailableException e) {
            throw takings.unavailable(e);
        } catch (RuntimeException | Error e) {
            takings.failed();
            throw e;
        } finally {
            takings.timed(started);
        }
    }

    @Override
    public String toString() {
        return "metered " + ledger;
    }
}
