package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import static com.lana.checkout.server.store.jdbc.Sql.prepare;
import static com.lana.checkout.server.store.jdbc.Sql.update;

/**
 * The {@code sale_day} table of a {@link JdbcBasketStore} (see {@code V8__sale_days.sql}): each day's
 * totals, kept as its sales are recorded, so that a day report is one row read however busy the day
 * was. Each method is one step of a transaction the store runs, on the connection it is given.
 */
final class SaleDays {

    /** The amounts, then the number (twice) and the day. */
    private static final String ADD = "UPDATE sale_day SET sales = sales + 1, gross = gross + ?, "
            + "savings = savings + ?, card = card + ?, cash = cash + ?, change_given = change_given + ?, "
            + "first_number = LEAST(first_number, ?), last_number = GREATEST(last_number, ?) WHERE sold_on = ?";
    private static final String FIRST = "INSERT INTO sale_day (gross, savings, card, cash, change_given, "
            + "first_number, last_number, sold_on, sales) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String REPORT = "SELECT sales, gross, savings, card, cash, change_given, first_number, "
            + "last_number FROM sale_day WHERE sold_on = ?";

    private SaleDays() {
    }

    /**
     * Adds a sale to its day's totals, making them for the day's first sale. The caller holds the
     * sale counter's row lock, so no other transaction adds to a day at the same time.
     */
    static void add(Connection connection, Sale sale) throws SQLException {
        Money card = Money.ZERO;
        Money cash = Money.ZERO;
        for (Payment payment : sale.payments()) {
            switch (payment.kind()) {
                case CARD -> card = card.plus(payment.amount());
                case CASH -> cash = cash.plus(payment.amount());
            }
        }
        Receipt receipt = sale.receipt();
        long number = sale.number().value();
        Object[] values = {receipt.subtotal().cents(), receipt.savings().cents(), card.cents(), cash.cents(),
                sale.change().cents(), number, number, sale.time().toLocalDate()};
        if (update(connection, ADD, values) == 0) {
            update(connection, FIRST, values);
        }
    }

    /** The report of {@code day} from its totals; a day without sales has none and reports nothing sold. */
    static DayReport report(Connection connection, LocalDate day) throws SQLException {
        try (PreparedStatement statement = prepare(connection, REPORT, day);
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                return DayReport.empty(day);
            }
            Money gross = Money.ofMinor(row.getLong(2));
            Money savings = Money.ofMinor(row.getLong(3));
            return new DayReport(day, row.getInt(1), gross, savings, gross.minus(savings), Money.ofMinor(row.getLong(4)),
                    Money.ofMinor(row.getLong(5)), Money.ofMinor(row.getLong(6)), new SaleNumber(row.getLong(7)),
                    new SaleNumber(row.getLong(8)), 0, Money.ZERO, Money.ZERO, Money.ZERO, java.util.List.of());
        }
    }
}
