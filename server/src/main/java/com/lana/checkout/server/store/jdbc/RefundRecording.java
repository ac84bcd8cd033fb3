package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNotFoundException;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.Shop;
import com.lana.checkout.server.store.SalesLedger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Recording a refund in a {@link JdbcStore}, in one transaction the store runs: lock the sale's row,
 * so that refunds of one sale are made one at a time on every server sharing the database; read the
 * sale as the last refund of it left it, and its earlier refunds; lock the refund counter's row, so
 * that refunds are numbered without gaps; have the maker make the refund; then record it, add its
 * units to what came back of the sale's lines and add it to its day's totals. All of it is recorded,
 * or none.
 *
 * <p>The sale is read only once its row is locked: at READ COMMITTED each statement sees what was
 * committed before it began, so two servers refunding the last unit of a sale at once make their
 * refunds one after the other, and the second one's maker sees the unit gone. A retry of an
 * operation that was recorded meanwhile, through any server, is recognised the same way, under the
 * lock; one racing a refund of another sale under the same operation meets the unique operation in
 * the table, and is made again (as a conflict {@link Transactions} retries), to be refused.
 */
final class RefundRecording {

    /** The SQLSTATE of a unique key already taken: the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** The SQLSTATE {@link Transactions} makes again: a serialization failure. */
    private static final String SERIALIZATION_FAILURE = "40001";

    private RefundRecording() {
    }

    /** See {@link SalesLedger#refund(SaleNumber, OperationId, SalesLedger.RefundMaker)}. */
    static Refund record(Connection connection, SaleNumber saleNumber, OperationId operation,
                         SalesLedger.RefundMaker maker) throws SQLException, CheckoutException {
        Refund done = recordedBy(connection, saleNumber, operation);
        if (done != null) {
            return done;
        }
        if (!JdbcSales.lock(connection, saleNumber)) {
            throw new SaleNotFoundException(saleNumber);
        }
        // A retry of this operation may have been recorded while this one waited for the lock.
        done = recordedBy(connection, saleNumber, operation);
        if (done != null) {
            return done;
        }
        Sale sale = JdbcSales.byNumber(connection, saleNumber);
        List<Refund> earlier = JdbcRefunds.bySale(connection, saleNumber);
        RefundNumber number = JdbcRefunds.lockNext(connection);
        Refund refund = maker.make(sale, earlier, number);
        if (refund == null || !refund.number().equals(number) || !refund.sale().equals(saleNumber)) {
            throw new IllegalStateException("The refund of sale " + saleNumber + " must have number " + number
                    + " and be of that sale, was " + (refund == null ? "no refund"
                    : refund.number() + " of sale " + refund.sale()));
        }
        sale.after(refund);
        try {
            JdbcRefunds.insert(connection, refund, operation);
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new SQLException("Operation " + operation + " recorded a refund in another transaction meanwhile",
                        SERIALIZATION_FAILURE, e);
            }
            throw e;
        }
        JdbcSales.addReturned(connection, saleNumber, refund.items());
        RefundDays.add(connection, refund);
        return refund.withShop(Shop.DEVELOPMENT);
    }

    /**
     * The refund {@code operation} recorded, when it was of {@code sale}; null when it recorded none.
     *
     * @throws InvalidRequestException when it recorded a refund of another sale
     */
    private static Refund recordedBy(Connection connection, SaleNumber sale, OperationId operation)
            throws SQLException, InvalidRequestException {
        Refund done = JdbcRefunds.byOperation(connection, operation);
        if (done != null && !done.sale().equals(sale)) {
            throw new InvalidRequestException("Operation " + operation + " already recorded refund " + done.number()
                    + " of sale " + done.sale() + ", not of " + sale);
        }
        return done;
    }
}
