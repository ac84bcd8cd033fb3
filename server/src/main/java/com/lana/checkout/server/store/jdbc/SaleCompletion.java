package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Sale;
import com.lana.checkout.server.store.BasketStore;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Paying a basket of a {@link JdbcBasketStore}, in one transaction the store runs: lock the
 * basket's row, price the sale ({@link JdbcSales#make}) and close the basket, and only then take the
 * sale counter's row lock and record the sale under its number ({@link JdbcSales#record}), so sales
 * are numbered without gaps across all servers while the counter is held only for the number, the
 * sale's rows and the commit, not for the pricing. The sale is recorded and the basket closed
 * together, or neither is.
 */
final class SaleCompletion {

    private SaleCompletion() {
    }

    static Sale complete(Connection connection, BasketId id, OperationId operation, BasketStore.SaleMaker maker,
                         long nowMillis) throws SQLException, CheckoutException {
        BasketRows.Locked locked;
        try {
            locked = BasketRows.lockOpen(connection, id);
        } catch (BasketNotFoundException e) {
            Sale retried = e.reason() == BasketNotFoundException.Reason.PAID
                    ? JdbcSales.completedBy(connection, id, operation) : null;
            if (retried == null) {
                throw e;
            }
            return retried;
        }
        Sale made = JdbcSales.make(connection,
                BasketRows.lines(connection, id, locked.version(), locked.catalogVersion()), maker);
        // Closed like a removed basket, last used now; its sale's row, written next, says that it was paid.
        BasketRows.touch(connection, id, nowMillis);
        BasketRows.close(connection, id, BasketState.REMOVED);
        return JdbcSales.record(connection, made, operation);
    }
}
