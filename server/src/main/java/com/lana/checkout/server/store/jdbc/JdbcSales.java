package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.Shop;
import com.lana.checkout.api.VatRate;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.store.BasketStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.LongFunction;

import static com.lana.checkout.server.store.jdbc.Sql.prepare;
import static com.lana.checkout.server.store.jdbc.Sql.update;

/**
 * The sale tables of a {@link JdbcBasketStore} (see {@code V3__sales.sql}, {@code V4__sale_rows.sql},
 * {@code V7__sale_journal_columns.sql}, {@code V9__catalog_versions.sql} and
 * {@code V11__vat_and_refunds.sql}): each method is one step of a transaction the store runs, on the
 * connection it is given.
 *
 * <p>A sale is one {@code sale} row (number, exact time, basket, completing operation, the receipt's
 * version, the amounts a day report sums: gross, savings, total, card, cash, change; the units and
 * payment kinds a journal line shows; the catalog version it was priced with) and, in order, its
 * rows in {@code sale_line} (each with its VAT rate and the units refunds took back of it),
 * {@code sale_discount} and {@code sale_payment}. A day's sales are read with one query per table,
 * each in sale-number order (the parts as a range of their primary key), and put together in one
 * pass. Recording a sale also adds it to its day's totals ({@link SaleDays}), which the day report
 * reads; the journal is read by {@link JdbcJournal}. A refund ({@link RefundRecording}) locks its
 * sale's row and adds the units it takes back to the sale's lines.
 *
 * <p>A sale row is kept for good, and is also its basket's tombstone: it says the basket was paid,
 * as which sale and under which operation, long after the basket's own row was purged.
 */
final class JdbcSales {

    /** Takes the counter's row lock and the next number at once: the database adds one to the last committed number. */
    private static final String TAKE_NEXT = "UPDATE sale_counter SET last_number = last_number + 1 WHERE id = 1";
    private static final String READ_COUNTER = "SELECT last_number FROM sale_counter WHERE id = 1";
    /**
     * The columns {@link #rowValues} answers, in its order, then the journal's (see {@link JdbcJournal}),
     * the catalog version, the keys, and the till and clerk (V14).
     */
    private static final String INSERT = "INSERT INTO sale (sold_on, sold_at, sold_at_nanos, basket_version, "
            + "gross, savings, total, card, cash, change_given, units, payment_kinds, catalog_version, "
            + "number, basket_high, basket_low, operation_high, operation_low, till, clerk) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LINE = "INSERT INTO sale_line (sale_number, position, code, name, quantity, "
            + "unit_price, amount, vat, returned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** A line as the schema before version 11 kept it, without its VAT rate and returned units. */
    private static final String INSERT_LINE_BEFORE_VAT = "INSERT INTO sale_line "
            + "(sale_number, position, code, name, quantity, unit_price, amount) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_DISCOUNT = "INSERT INTO sale_discount "
            + "(sale_number, position, product, description, saved) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_PAYMENT = "INSERT INTO sale_payment "
            + "(sale_number, position, kind, amount, reference) VALUES (?, ?, ?, ?, ?)";

    private static final String BY_BASKET = "SELECT number FROM sale WHERE basket_high = ? AND basket_low = ?";
    private static final String BY_COMPLETION = "SELECT number FROM sale "
            + "WHERE basket_high = ? AND basket_low = ? AND operation_high = ? AND operation_low = ?";
    private static final String LOCK = "SELECT number FROM sale WHERE number = ? FOR UPDATE";
    /** The units, then the sale's number and the line's code. */
    private static final String ADD_RETURNED = "UPDATE sale_line SET returned = returned + ? "
            + "WHERE sale_number = ? AND code = ?";

    private static final String SALE_COLUMNS = "SELECT s.number, s.sold_at, s.sold_at_nanos, s.basket_high, "
            + "s.basket_low, s.basket_version, s.total, s.change_given, s.catalog_version, s.till, s.clerk FROM sale s ";
    private static final String LINE_COLUMNS = "SELECT l.sale_number, l.code, l.name, l.quantity, l.unit_price, "
            + "l.amount, l.vat, l.returned FROM sale_line l ";
    private static final String DISCOUNT_COLUMNS = "SELECT d.sale_number, d.product, d.description, d.saved "
            + "FROM sale_discount d ";
    private static final String PAYMENT_COLUMNS = "SELECT p.sale_number, p.kind, p.amount, p.reference "
            + "FROM sale_payment p ";

    /** One sale by its number. */
    private static final String BY_NUMBER = SALE_COLUMNS + "WHERE s.number = ?";
    /** A day's sales in number order. */
    private static final String BY_DAY = SALE_COLUMNS + "WHERE s.sold_on = ? ORDER BY s.number";
    /**
     * A till's sales from one time to another, both to the microsecond, in number order (the index
     * {@code sale_till_time}); the nanoseconds past are compared by {@link #byTill}.
     */
    private static final String BY_TILL = SALE_COLUMNS
            + "WHERE s.till = ? AND s.sold_at BETWEEN ? AND ? ORDER BY s.number";
    /**
     * The parts of the sales numbered from the first to the last parameter, in sale-number order: a
     * range of the primary key, read in its order. The range of a day's numbers holds only that
     * day's sales unless the clock went back or two sales priced either side of midnight took their
     * numbers in the other order (a sale is dated when priced, numbered after), and then the rows
     * of other days' sales are skipped.
     */
    private static final String LINES = LINE_COLUMNS
            + "WHERE l.sale_number BETWEEN ? AND ? ORDER BY l.sale_number, l.position";
    private static final String DISCOUNTS = DISCOUNT_COLUMNS
            + "WHERE d.sale_number BETWEEN ? AND ? ORDER BY d.sale_number, d.position";
    private static final String PAYMENTS = PAYMENT_COLUMNS
            + "WHERE p.sale_number BETWEEN ? AND ? ORDER BY p.sale_number, p.position";

    private JdbcSales() {
    }

    /**
     * Makes the sale of {@code lines}, whose basket row the caller has locked, without taking the
     * sale counter's row lock: {@code maker} prices it with the number the next sale would get were
     * it committed now, which is provisional ({@link #record} gives the sale its own).
     *
     * @throws CheckoutException what {@code maker} throws to refuse the sale; the caller rolls back
     */
    static Sale make(Connection connection, BasketLines lines, BasketStore.SaleMaker maker)
            throws SQLException, CheckoutException {
        long last;
        try (PreparedStatement statement = connection.prepareStatement(READ_COUNTER);
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("The sale counter row is missing");
            }
            last = row.getLong(1);
        }
        SaleNumber provisional = new SaleNumber(Math.addExact(last, 1));
        Sale sale = maker.make(lines, provisional);
        BasketId basket = lines.basket();
        if (sale == null || !sale.number().equals(provisional) || !sale.receipt().basket().equals(basket)) {
            throw new IllegalStateException("The sale of basket " + basket + " must have number " + provisional
                    + " and be of that basket, was " + (sale == null ? "no sale"
                    : sale.number() + " of basket " + sale.receipt().basket()));
        }
        return sale;
    }

    /**
     * Records {@code made} ({@link #make}) under the next sale number, which it takes last: the
     * counter's row lock, so that sales on every server are numbered one at a time, is held only for
     * the number, the sale's rows and the commit, until the transaction ends, so that a sale rolled
     * back leaves its number to the next one. Answers the sale as recorded, with its number.
     */
    static Sale record(Connection connection, Sale made, OperationId operation) throws SQLException {
        SaleNumber number = new SaleNumber(Sql.takeNext(connection, TAKE_NEXT, READ_COUNTER, "sale"));
        Sale sale = new Sale(number, made.time(), made.receipt(), made.payments(), made.change(), made.shop(),
                made.returned(), made.till(), made.clerk());
        BasketId basket = sale.receipt().basket();
        List<Object> values = new ArrayList<>(Arrays.asList(rowValues(sale)));
        values.addAll(List.of(sale.receipt().units(), JdbcJournal.paymentKinds(sale.payments()), sale.catalogVersion(),
                number.value(), basket.high(), basket.low(), operation.high(), operation.low()));
        values.add(sale.till());
        values.add(sale.clerk());
        update(connection, INSERT, values.toArray());
        insertParts(connection, List.of(sale));
        SaleDays.add(connection, sale);
        return sale;
    }

    /**
     * Locks the row of sale {@code number} until the transaction ends, so that refunds of the sale, on
     * every server, are recorded one at a time; answers whether there is such a sale. A sale read
     * after this, in the same transaction, is as the last refund of it left it.
     */
    static boolean lock(Connection connection, SaleNumber number) throws SQLException {
        return Sql.exists(connection, LOCK, number.value());
    }

    /**
     * Adds the units {@code items} take back to the lines of sale {@code number}, whose row the caller
     * has locked. The table refuses more units back than a line sold.
     *
     * @throws IllegalStateException naming the code when the sale has no line of it
     */
    static void addReturned(Connection connection, SaleNumber number, List<Refund.Item> items) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ADD_RETURNED)) {
            for (Refund.Item item : items) {
                Sql.addBatch(statement, item.quantity(), number.value(), item.code());
            }
            int[] updated = statement.executeBatch();
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    throw new IllegalStateException("Sale " + number + " has no line " + items.get(i).code()
                            + " to take units back from");
                }
            }
        }
    }

    /**
     * The values of a sale's own row but its keys, in the order {@code sold_on, sold_at, sold_at_nanos,
     * basket_version, gross, savings, total, card, cash, change_given}: the time split into the
     * microsecond, which every database keeps, and the nanoseconds past it.
     */
    static Object[] rowValues(Sale sale) {
        LocalDateTime time = sale.time();
        Money card = Money.ZERO;
        Money cash = Money.ZERO;
        for (Payment payment : sale.payments()) {
            switch (payment.kind()) {
                case CARD -> card = card.plus(payment.amount());
                case CASH -> cash = cash.plus(payment.amount());
            }
        }
        Receipt receipt = sale.receipt();
        return new Object[] {time.toLocalDate(), time.truncatedTo(ChronoUnit.MICROS), time.getNano() % 1_000,
                receipt.version(), receipt.subtotal().cents(), receipt.savings().cents(), receipt.total().cents(),
                card.cents(), cash.cents(), sale.change().cents()};
    }

    /** Which columns {@link #insertParts} writes a sale's lines to. */
    enum LineColumns {
        /** Those of schema versions 4 to 10, which the migration of version 5 writes: no VAT rate, no returned units. */
        BEFORE_VAT,
        /** Those of version 11 on. */
        WITH_VAT
    }

    /** Inserts the lines, promotions and payments of {@code sales}, whose own rows exist, in one batch per table. */
    static void insertParts(Connection connection, Collection<Sale> sales) throws SQLException {
        insertParts(connection, sales, LineColumns.WITH_VAT);
    }

    /** Like {@link #insertParts(Connection, Collection)}, writing the lines to {@code columns}. */
    static void insertParts(Connection connection, Collection<Sale> sales, LineColumns columns) throws SQLException {
        boolean withVat = columns == LineColumns.WITH_VAT;
        try (PreparedStatement lines = connection.prepareStatement(withVat ? INSERT_LINE : INSERT_LINE_BEFORE_VAT);
             PreparedStatement discounts = connection.prepareStatement(INSERT_DISCOUNT);
             PreparedStatement payments = connection.prepareStatement(INSERT_PAYMENT)) {
            int lineRows = 0;
            int discountRows = 0;
            int paymentRows = 0;
            for (Sale sale : sales) {
                long number = sale.number().value();
                List<Receipt.Line> saleLines = sale.receipt().lines();
                for (int i = 0; i < saleLines.size(); i++) {
                    Receipt.Line line = saleLines.get(i);
                    if (withVat) {
                        Sql.addBatch(lines, number, i, line.code(), line.name(), line.quantity(),
                                line.unitPrice().cents(), line.amount().cents(), line.vat().hundredths(),
                                sale.returned(line.code()));
                    } else {
                        Sql.addBatch(lines, number, i, line.code(), line.name(), line.quantity(),
                                line.unitPrice().cents(), line.amount().cents());
                    }
                    lineRows++;
                }
                List<Receipt.Discount> saleDiscounts = sale.receipt().discounts();
                for (int i = 0; i < saleDiscounts.size(); i++) {
                    Receipt.Discount discount = saleDiscounts.get(i);
                    Sql.addBatch(discounts, number, i, discount.productCode(), discount.description(),
                            discount.saved().cents());
                    discountRows++;
                }
                List<Payment> salePayments = sale.payments();
                for (int i = 0; i < salePayments.size(); i++) {
                    Payment payment = salePayments.get(i);
                    Sql.addBatch(payments, number, i, payment.kind().name(), payment.amount().cents(),
                            payment instanceof Payment.Card card ? card.reference() : null);
                    paymentRows++;
                }
            }
            if (lineRows > 0) {
                lines.executeBatch();
            }
            if (discountRows > 0) {
                discounts.executeBatch();
            }
            if (paymentRows > 0) {
                payments.executeBatch();
            }
        }
    }

    /** The number of the sale {@code basket} was paid as, or null when it was not paid. */
    static SaleNumber paidAs(Connection connection, BasketId basket) throws SQLException {
        try (PreparedStatement statement = prepare(connection, BY_BASKET, basket.high(), basket.low());
             ResultSet row = statement.executeQuery()) {
            return row.next() ? new SaleNumber(row.getLong(1)) : null;
        }
    }

    /** The sale {@code basket} was paid as under {@code operation}, or null when it was not. */
    static Sale completedBy(Connection connection, BasketId basket, OperationId operation) throws SQLException {
        try (PreparedStatement statement = prepare(connection, BY_COMPLETION, basket.high(), basket.low(),
                operation.high(), operation.low());
             ResultSet row = statement.executeQuery()) {
            return row.next() ? byNumber(connection, new SaleNumber(row.getLong(1))) : null;
        }
    }

    /** The sale numbered {@code number}, or null when there is none. */
    static Sale byNumber(Connection connection, SaleNumber number) throws SQLException {
        List<Sale> sales = read(connection, BY_NUMBER, number.value());
        return sales.isEmpty() ? null : sales.get(0);
    }

    /** The sales of {@code day}, in number order. */
    static List<Sale> byDay(Connection connection, LocalDate day) throws SQLException {
        return read(connection, BY_DAY, day);
    }

    /** The sales made at {@code till} whose time is from {@code from} to {@code to}, both included, in number order. */
    static List<Sale> byTill(Connection connection, String till, LocalDateTime from, LocalDateTime to)
            throws SQLException {
        return read(connection, BY_TILL, till, from.truncatedTo(ChronoUnit.MICROS), to.truncatedTo(ChronoUnit.MICROS))
                .stream().filter(sale -> !sale.time().isBefore(from) && !sale.time().isAfter(to)).toList();
    }

    /** The sales {@code salesSql} selects with {@code keys}, in number order, each put together from its parts. */
    private static List<Sale> read(Connection connection, String salesSql, Object... keys) throws SQLException {
        List<Head> heads = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, salesSql, keys);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                heads.add(new Head(rows.getLong(1), rows.getObject(2, LocalDateTime.class).plusNanos(rows.getInt(3)),
                        new BasketId(rows.getLong(4), rows.getLong(5)), rows.getLong(6), rows.getLong(7),
                        rows.getLong(8), rows.getLong(9), rows.getString(10), rows.getString(11)));
            }
        }
        if (heads.isEmpty()) {
            return List.of();
        }
        long first = heads.get(0).number();
        long last = heads.get(heads.size() - 1).number();
        LongFunction<String> owner = number -> "Sale " + new SaleNumber(number);
        PartRows<LineRow> lines = PartRows.read(connection, LINES, owner,
                row -> new LineRow(new Receipt.Line(row.getString(2), row.getString(3), row.getInt(4),
                        Money.ofMinor(row.getLong(5)), Money.ofMinor(row.getLong(6)), new VatRate(row.getInt(7))),
                        row.getInt(8)), first, last);
        PartRows<Receipt.Discount> discounts = PartRows.read(connection, DISCOUNTS, owner,
                row -> new Receipt.Discount(row.getString(2), row.getString(3), Money.ofMinor(row.getLong(4))),
                first, last);
        PartRows<Payment> payments = PartRows.read(connection, PAYMENTS, owner, JdbcSales::payment, first, last);
        List<Sale> sales = new ArrayList<>(heads.size());
        for (Head head : heads) {
            sales.add(head.sale(lines.of(head.number()), discounts.of(head.number()), payments.of(head.number())));
        }
        return sales;
    }

    /** A payment of a {@code sale_payment} or {@code refund_payment} row: its kind, amount and reference in columns 2 to 4. */
    static Payment payment(ResultSet row) throws SQLException {
        Money amount = Money.ofMinor(row.getLong(3));
        return switch (Payment.Kind.valueOf(row.getString(2))) {
            case CASH -> Payment.cash(amount);
            case CARD -> Payment.card(amount, row.getString(4));
        };
    }

    /** A {@code sale_line} row: the receipt's line, and the units of it refunds took back. */
    private record LineRow(Receipt.Line line, int returned) {
    }

    /** A sale's own row. */
    private record Head(long number, LocalDateTime time, BasketId basket, long version, long total, long change,
                        long catalogVersion, String till, String clerk) {

        /** @throws IllegalStateException naming the sale when its rows do not make a valid sale */
        Sale sale(List<LineRow> lineRows, List<Receipt.Discount> discounts, List<Payment> payments) {
            SaleNumber saleNumber = new SaleNumber(number);
            try {
                List<Receipt.Line> lines = new ArrayList<>(lineRows.size());
                List<ReturnedItem> returned = new ArrayList<>();
                for (LineRow row : lineRows) {
                    lines.add(row.line());
                    if (row.returned() > 0) {
                        returned.add(new ReturnedItem(row.line().code(), row.returned()));
                    }
                }
                return new Sale(saleNumber, time,
                        new Receipt(basket, version, lines, discounts, Money.ofMinor(total), catalogVersion), payments,
                        Money.ofMinor(change), Shop.DEVELOPMENT, returned, till, clerk);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Sale " + saleNumber + " in the store cannot be read: "
                        + e.getMessage(), e);
            }
        }
    }
}
