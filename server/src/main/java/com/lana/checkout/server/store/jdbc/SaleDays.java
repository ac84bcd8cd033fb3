package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import static com.lana.checkout.server.store.jdbc.Sql.update;

/**
 * The sale side of each day's totals in a {@link JdbcBasketStore}: the {@code sale_day} table (see
 * {@code V8__sale_days.sql}) and the VAT per rate of {@code sale_day_vat} ({@code V11__vat_and_refunds.sql}),
 * kept as sales are recorded, so that a day report ({@link DayReports}) is a few rows read however busy
 * the day was. Only the transaction that records a sale writes them, with the sale counter's row
 * lock held; refunds keep their own totals ({@link RefundDays}).
 */
final class SaleDays {

    /** The amounts, then the number (twice) and the day. */
    private static final String ADD = "UPDATE sale_day SET sales = sales + 1, gross = gross + ?, "
            + "savings = savings + ?, card = card + ?, cash = cash + ?, change_given = change_given + ?, "
            + "first_number = LEAST(first_number, ?), last_number = GREATEST(last_number, ?) WHERE sold_on = ?";
    private static final String FIRST = "INSERT INTO sale_day (gross, savings, card, cash, change_given, "
            + "first_number, last_number, sold_on, sales) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)";
    /** The gross and the VAT, then the day and the rate. */
    private static final String ADD_VAT = "UPDATE sale_day_vat SET gross = gross + ?, vat = vat + ? "
            + "WHERE sold_on = ? AND rate = ?";
    private static final String FIRST_VAT = "INSERT INTO sale_day_vat (gross, vat, sold_on, rate) VALUES (?, ?, ?, ?)";

    private SaleDays() {
    }

    /**
     * Adds a sale to its day's totals and VAT per rate, making the rows the day's first sale at a
     * rate needs. The caller holds the sale counter's row lock, so no other transaction adds to a
     * day's sales at the same time.
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
        LocalDate day = sale.time().toLocalDate();
        Object[] values = {receipt.subtotal().cents(), receipt.savings().cents(), card.cents(), cash.cents(),
                sale.change().cents(), number, number, day};
        if (update(connection, ADD, values) == 0) {
            update(connection, FIRST, values);
        }
        DayReports.addVat(connection, ADD_VAT, FIRST_VAT, day, sale.vat());
    }
}
