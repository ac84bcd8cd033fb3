package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.VatAmount;
import com.lana.checkout.api.VatRate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.lana.checkout.server.store.jdbc.Sql.prepare;

/**
 * A day's report from its totals in a {@link JdbcStore}: the sales' ({@link SaleDays}) and the
 * refunds' ({@link RefundDays}), a few rows read in one statement, so the report is of one moment
 * however busy the day was and whatever is recorded meanwhile.
 */
final class DayReports {

    /**
     * The day's rows, each with its kind in the first column: {@code S} its sales' totals (sales, gross,
     * savings, card, cash, change, first and last number), {@code R} its refunds' (refunds, amount, card,
     * cash), {@code V} the VAT of its sales at one rate (rate, gross, VAT) and {@code W} the VAT its
     * refunds took back at one rate. Parameters: the day, four times.
     */
    private static final String REPORT = "SELECT 'S', sales, gross, savings, card, cash, change_given, first_number, "
            + "last_number FROM sale_day WHERE sold_on = ? "
            + "UNION ALL SELECT 'R', refunds, amount, card, cash, 0, 0, 0, 0 FROM refund_day WHERE refunded_on = ? "
            + "UNION ALL SELECT 'V', rate, gross, vat, 0, 0, 0, 0, 0 FROM sale_day_vat WHERE sold_on = ? "
            + "UNION ALL SELECT 'W', rate, gross, vat, 0, 0, 0, 0, 0 FROM refund_day_vat WHERE refunded_on = ?";

    private DayReports() {
    }

    /**
     * The report of {@code day}: what {@link DayReport#of} makes of the day's sales and refunds. A day
     * without either reports nothing sold.
     */
    static DayReport of(Connection connection, LocalDate day) throws SQLException {
        int sales = 0;
        long[] saleTotals = new long[7];
        int refunds = 0;
        long[] refundTotals = new long[3];
        List<VatAmount> vat = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, REPORT, day, day, day, day);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                switch (rows.getString(1)) {
                    case "S" -> {
                        sales = rows.getInt(2);
                        for (int i = 0; i < saleTotals.length; i++) {
                            saleTotals[i] = rows.getLong(i + 3);
                        }
                    }
                    case "R" -> {
                        refunds = rows.getInt(2);
                        for (int i = 0; i < refundTotals.length; i++) {
                            refundTotals[i] = rows.getLong(i + 3);
                        }
                    }
                    case "V" -> vat.add(vatAmount(rows));
                    case "W" -> vat.add(vatAmount(rows).negate());
                    default -> throw new IllegalStateException("Unknown kind of day row " + rows.getString(1));
                }
            }
        }
        Money gross = Money.ofMinor(saleTotals[0]);
        Money savings = Money.ofMinor(saleTotals[1]);
        return new DayReport(day, sales, gross, savings, gross.minus(savings), Money.ofMinor(saleTotals[2]),
                Money.ofMinor(saleTotals[3]), Money.ofMinor(saleTotals[4]),
                sales == 0 ? null : new SaleNumber(saleTotals[5]), sales == 0 ? null : new SaleNumber(saleTotals[6]),
                refunds, Money.ofMinor(refundTotals[0]), Money.ofMinor(refundTotals[1]), Money.ofMinor(refundTotals[2]),
                VatAmount.sum(List.of(vat)));
    }

    private static VatAmount vatAmount(ResultSet row) throws SQLException {
        return new VatAmount(new VatRate(row.getInt(2)), Money.ofMinor(row.getLong(3)), Money.ofMinor(row.getLong(4)));
    }

    /**
     * Adds {@code amounts} to a day's VAT rows, one per rate, making a rate's row when the day has none:
     * {@code add} and {@code first} are that table's update and insert, each taking the gross, the
     * VAT, the day and the rate. Amounts of nothing are not written.
     */
    static void addVat(Connection connection, String add, String first, LocalDate day, List<VatAmount> amounts)
            throws SQLException {
        for (VatAmount amount : amounts) {
            if (amount.gross().isZero() && amount.vat().isZero()) {
                continue;
            }
            Object[] values = {amount.gross().cents(), amount.vat().cents(), day, amount.rate().hundredths()};
            if (Sql.update(connection, add, values) == 0) {
                Sql.update(connection, first, values);
            }
        }
    }
}
