package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Sale;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How the releases of schema versions 8 to 10 added a sale to its day's totals, for the tests that
 * write a database as those releases left it: one {@code sale_day} row a day, without VAT.
 */
final class SaleDaysBeforeVat {

    /** The amounts, then the number (twice) and the day. */
    private static final String ADD = "UPDATE sale_day SET sales = sales + 1, gross = gross + ?, "
            + "savings = savings + ?, card = card + ?, cash = cash + ?, change_given = change_given + ?, "
            + "first_number = LEAST(first_number, ?), last_number = GREATEST(last_number, ?) WHERE sold_on = ?";
    private static final String FIRST = "INSERT INTO sale_day (gross, savings, card, cash, change_given, "
            + "first_number, last_number, sold_on, sales) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)";

    private SaleDaysBeforeVat() {
    }

    static void add(Connection connection, Sale sale) throws SQLException {
        Money card = Money.ZERO;
        Money cash = Money.ZERO;
        for (Payment payment : sale.payments()) {
            switch (payment.kind()) {
                case CARD -> card = card.plus(payment.amount());
                case CASH -> cash = cash.plus(payment.amount());
            }
        }
        long number = sale.number().value();
        Object[] values = {sale.receipt().subtotal().cents(), sale.receipt().savings().cents(), card.cents(),
                cash.cents(), sale.change().cents(), number, number, sale.time().toLocalDate()};
        if (Sql.update(connection, ADD, values) == 0) {
            Sql.update(connection, FIRST, values);
        }
    }
}
