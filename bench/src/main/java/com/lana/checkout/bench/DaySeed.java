package com.lana.checkout.bench;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.VatAmount;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A busy day for {@code --day-report}: {@code count} sales from 08:00 to 20:00, after a tenth as
 * many the day before, in the shapes of the README's four reference baskets, paid in cash with
 * change, by card, or split over both. They are written straight into a database store's sale
 * tables (as {@code V4__sale_rows.sql}, {@code V7__sale_journal_columns.sql} and
 * {@code V11__vat_and_refunds.sql} made them) and into the baseline's document table, in batches,
 * with the store's counter and each day's totals ({@code V8__sale_days.sql}) and VAT per rate
 * ({@code V11__vat_and_refunds.sql}) set after them: seconds, where completing 100,000 sales one by
 * one through the store would take minutes of commits.
 */
final class DaySeed {

    /** Sales written, and committed, at a time. */
    private static final int CHUNK = 2_000;
    private static final Duration OPEN = Duration.ofHours(12);

    private static final String INSERT_SALE = "INSERT INTO sale (number, sold_on, sold_at, sold_at_nanos, "
            + "basket_high, basket_low, basket_version, operation_high, operation_low, gross, savings, total, card, "
            + "cash, change_given, units, payment_kinds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LINE = "INSERT INTO sale_line "
            + "(sale_number, position, code, name, quantity, unit_price, amount, vat) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_DISCOUNT = "INSERT INTO sale_discount "
            + "(sale_number, position, product, description, saved) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_PAYMENT = "INSERT INTO sale_payment "
            + "(sale_number, position, kind, amount, reference) VALUES (?, ?, ?, ?, ?)";

    /** Each day's totals, as {@code V8__sale_days.sql} builds them from the sale rows. */
    private static final String DAY_TOTALS = "INSERT INTO sale_day (sold_on, sales, gross, savings, card, cash, "
            + "change_given, first_number, last_number) SELECT sold_on, COUNT(*), SUM(gross), SUM(savings), SUM(card), "
            + "SUM(cash), SUM(change_given), MIN(number), MAX(number) FROM sale GROUP BY sold_on";
    private static final String DAY_VAT = "INSERT INTO sale_day_vat (sold_on, rate, gross, vat) VALUES (?, ?, ?, ?)";

    private static final Money PEN = Money.parse("5.00€");
    private static final Money TSHIRT = Money.parse("20.00€");
    private static final Money MUG = Money.parse("7.50€");
    private static final String PEN_DEAL = "2-for-1 on PEN";
    private static final String TSHIRT_DEAL = "25% off TSHIRT (3 or more)";

    private DaySeed() {
    }

    /**
     * Writes the sales of the day before {@code day} and of {@code day} through {@code connection}
     * (autocommit off), rows and documents; answers how many were written in all.
     */
    static int write(Connection connection, LocalDate day, int count) throws SQLException {
        int before = Math.max(1, count / 10);
        int total = before + count;
        Map<LocalDate, List<List<VatAmount>>> vatByDay = new TreeMap<>();
        for (int from = 1; from <= total; from += CHUNK) {
            List<Sale> sales = new ArrayList<>(CHUNK);
            for (int n = from; n < from + CHUNK && n <= total; n++) {
                sales.add(n <= before ? sale(n, day.minusDays(1), n - 1, before) : sale(n, day, n - before - 1, count));
            }
            insertRows(connection, sales);
            SaleDocuments.insert(connection, sales);
            connection.commit();
            for (Sale sale : sales) {
                vatByDay.computeIfAbsent(sale.time().toLocalDate(), key -> new ArrayList<>()).add(sale.vat());
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE sale_counter SET last_number = " + total);
            statement.executeUpdate(DAY_TOTALS);
        }
        try (PreparedStatement statement = connection.prepareStatement(DAY_VAT)) {
            for (Map.Entry<LocalDate, List<List<VatAmount>>> dayVat : vatByDay.entrySet()) {
                for (VatAmount amount : VatAmount.sum(dayVat.getValue())) {
                    add(statement, dayVat.getKey(), amount.rate().hundredths(), amount.gross().cents(),
                            amount.vat().cents());
                }
            }
            statement.executeBatch();
        }
        connection.commit();
        return total;
    }

    /** Sale {@code number}, the {@code index}-th of the {@code of} sales of {@code day}. */
    static Sale sale(long number, LocalDate day, long index, long of) {
        LocalDateTime time = day.atTime(8, 0).plusNanos(OPEN.toNanos() / of * index).truncatedTo(ChronoUnit.MICROS);
        BasketId basket = BasketId.random();
        Receipt receipt = switch ((int) (number % 4)) {
            case 0 -> receipt(basket, List.of(line("PEN", "Lana Pen", 1, PEN), line("TSHIRT", "Lana T-Shirt", 1, TSHIRT),
                    line("MUG", "Lana Coffee Mug", 1, MUG)), List.of());
            case 1 -> receipt(basket, List.of(line("PEN", "Lana Pen", 2, PEN), line("TSHIRT", "Lana T-Shirt", 1, TSHIRT)),
                    List.of(new Receipt.Discount("PEN", PEN_DEAL, PEN)));
            case 2 -> receipt(basket, List.of(line("TSHIRT", "Lana T-Shirt", 4, TSHIRT), line("PEN", "Lana Pen", 1, PEN)),
                    List.of(new Receipt.Discount("TSHIRT", TSHIRT_DEAL, Money.parse("20.00€"))));
            default -> receipt(basket, List.of(line("PEN", "Lana Pen", 3, PEN), line("TSHIRT", "Lana T-Shirt", 3, TSHIRT),
                    line("MUG", "Lana Coffee Mug", 1, MUG)), List.of(new Receipt.Discount("PEN", PEN_DEAL, PEN),
                    new Receipt.Discount("TSHIRT", TSHIRT_DEAL, Money.parse("15.00€"))));
        };
        Money due = receipt.total();
        Money tenner = Money.parse("10.00€");
        Money roundedUp = tenner.times((due.cents() + tenner.cents() - 1) / tenner.cents());
        List<Payment> payments = switch ((int) (number % 3)) {
            case 0 -> List.of(Payment.cash(roundedUp));
            case 1 -> List.of(Payment.card(due, "AUTH " + number));
            default -> List.of(Payment.card(tenner, ""), Payment.cash(roundedUp.minus(tenner)));
        };
        Money paid = payments.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
        return new Sale(new SaleNumber(number), time, receipt, payments, paid.minus(due));
    }

    private static Receipt receipt(BasketId basket, List<Receipt.Line> lines, List<Receipt.Discount> discounts) {
        Money gross = lines.stream().map(Receipt.Line::amount).reduce(Money.ZERO, Money::plus);
        Money saved = discounts.stream().map(Receipt.Discount::saved).reduce(Money.ZERO, Money::plus);
        return new Receipt(basket, lines.stream().mapToInt(Receipt.Line::quantity).sum(), lines, discounts,
                gross.minus(saved));
    }

    private static Receipt.Line line(String code, String name, int quantity, Money price) {
        return new Receipt.Line(code, name, quantity, price, price.times(quantity));
    }

    /** The store's rows of {@code sales}: one batch per table. */
    private static void insertRows(Connection connection, List<Sale> sales) throws SQLException {
        try (PreparedStatement sale = connection.prepareStatement(INSERT_SALE);
             PreparedStatement line = connection.prepareStatement(INSERT_LINE);
             PreparedStatement discount = connection.prepareStatement(INSERT_DISCOUNT);
             PreparedStatement payment = connection.prepareStatement(INSERT_PAYMENT)) {
            for (Sale s : sales) {
                long number = s.number().value();
                Receipt receipt = s.receipt();
                long card = 0;
                long cash = 0;
                for (Payment p : s.payments()) {
                    if (p.kind() == Payment.Kind.CARD) {
                        card += p.amount().cents();
                    } else {
                        cash += p.amount().cents();
                    }
                }
                OperationId operation = OperationId.random();
                add(sale, number, s.time().toLocalDate(), s.time(), 0, receipt.basket().high(), receipt.basket().low(),
                        receipt.version(), operation.high(), operation.low(), receipt.subtotal().cents(),
                        receipt.savings().cents(), receipt.total().cents(), card, cash, s.change().cents(),
                        receipt.units(), String.join(" ", s.payments().stream().map(p -> p.kind().name()).toList()));
                for (int i = 0; i < receipt.lines().size(); i++) {
                    Receipt.Line l = receipt.lines().get(i);
                    add(line, number, i, l.code(), l.name(), l.quantity(), l.unitPrice().cents(), l.amount().cents(),
                            l.vat().hundredths());
                }
                for (int i = 0; i < receipt.discounts().size(); i++) {
                    Receipt.Discount d = receipt.discounts().get(i);
                    add(discount, number, i, d.productCode(), d.description(), d.saved().cents());
                }
                for (int i = 0; i < s.payments().size(); i++) {
                    Payment p = s.payments().get(i);
                    payment.setLong(1, number);
                    payment.setInt(2, i);
                    payment.setString(3, p.kind().name());
                    payment.setLong(4, p.amount().cents());
                    payment.setString(5, p instanceof Payment.Card c ? c.reference() : null);
                    payment.addBatch();
                }
            }
            sale.executeBatch();
            line.executeBatch();
            discount.executeBatch();
            payment.executeBatch();
        }
    }

    private static void add(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }
}
