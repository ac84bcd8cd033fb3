package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.pricing.Pricing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the releases of schema versions 11 to 13 recorded sales, for the tests that write a database
 * as those releases left it: the sale's own row without a till or clerk, then today's parts and day
 * totals, whose tables those versions share with today's.
 */
final class SalesBeforeClerks {

    /** The sale's row values, the journal's, its catalog version, then its keys. */
    private static final String INSERT = "INSERT INTO sale (sold_on, sold_at, sold_at_nanos, basket_version, "
            + "gross, savings, total, card, cash, change_given, units, payment_kinds, catalog_version, number, "
            + "basket_high, basket_low, operation_high, operation_low) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final PriceList PRICES = PriceList.of(CatalogFile.defaults());

    private SalesBeforeClerks() {
    }

    /** Sale {@code number} of one unit each of {@code codes} at the default catalog's prices (version 1), paid in cash, exactly. */
    static Sale sale(long number, LocalDateTime time, String... codes) {
        List<BasketLines.Line> lines = Arrays.stream(codes).map(code -> new BasketLines.Line(code, 1)).toList();
        Receipt receipt = Pricing.receipt(PRICES, new BasketLines(BasketId.random(), codes.length, lines, 1));
        return new Sale(new SaleNumber(number), time, receipt, List.of(Payment.cash(receipt.total())), Money.ZERO);
    }

    /** Records {@code sales}, numbered from 1 in order, into the database at {@code url}, and sets the counter. */
    static void write(String url, List<Sale> sales) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            for (Sale sale : sales) {
                BasketId basket = sale.receipt().basket();
                OperationId operation = OperationId.random();
                List<Object> values = new ArrayList<>(Arrays.asList(JdbcSales.rowValues(sale)));
                values.addAll(List.of(sale.receipt().units(), JdbcJournal.paymentKinds(sale.payments()),
                        sale.catalogVersion(), sale.number().value(), basket.high(), basket.low(), operation.high(),
                        operation.low()));
                Sql.update(connection, INSERT, values.toArray());
                SaleDays.add(connection, sale);
            }
            JdbcSales.insertParts(connection, sales);
            Sql.update(connection, "UPDATE sale_counter SET last_number = ?", sales.size());
            connection.commit();
        }
    }
}
