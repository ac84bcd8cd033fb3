package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.Refund;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import static com.lana.checkout.server.store.jdbc.Sql.update;

/**
 * The refund side of each day's totals in a {@link JdbcStore}: the {@code refund_day} and
 * {@code refund_day_vat} tables (see {@code V11__vat_and_refunds.sql}), kept as refunds are recorded,
 * so that a day report ({@link DayReports}) reads a few rows. Only the transaction that records a
 * refund writes them, with the refund counter's row lock held; a sale never does, so a sale and a
 * refund never wait for each other on a day's row.
 */
final class RefundDays {

    /** The amounts, then the day. */
    private static final String ADD = "UPDATE refund_day SET refunds = refunds + 1, amount = amount + ?, "
            + "card = card + ?, cash = cash + ? WHERE refunded_on = ?";
    private static final String FIRST = "INSERT INTO refund_day (amount, card, cash, refunded_on, refunds) "
            + "VALUES (?, ?, ?, ?, 1)";
    /** The gross and the VAT, then the day and the rate. */
    private static final String ADD_VAT = "UPDATE refund_day_vat SET gross = gross + ?, vat = vat + ? "
            + "WHERE refunded_on = ? AND rate = ?";
    private static final String FIRST_VAT = "INSERT INTO refund_day_vat (gross, vat, refunded_on, rate) "
            + "VALUES (?, ?, ?, ?)";

    private RefundDays() {
    }

    /**
     * Adds a refund to its day's totals and to the VAT taken back per rate, making the rows the day's
     * first refund at a rate needs. The caller holds the refund counter's row lock, so no other
     * transaction adds to a day's refunds at the same time.
     */
    static void add(Connection connection, Refund refund) throws SQLException {
        LocalDate day = refund.time().toLocalDate();
        Object[] values = {refund.amount().cents(), refund.card().cents(), refund.cash().cents(), day};
        if (update(connection, ADD, values) == 0) {
            update(connection, FIRST, values);
        }
        DayReports.addVat(connection, ADD_VAT, FIRST_VAT, day, refund.vat());
    }
}
