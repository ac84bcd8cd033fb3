package com.lana.checkout.server.store.jdbc;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.Shop;
import com.lana.checkout.api.VatAmount;
import com.lana.checkout.api.VatRate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import static com.lana.checkout.server.store.jdbc.Sql.prepare;
import static com.lana.checkout.server.store.jdbc.Sql.update;

/**
 * The refund tables of a {@link JdbcStore} (see {@code V11__vat_and_refunds.sql}): each method is one
 * step of a transaction the store runs, on the connection it is given.
 *
 * <p>A refund is one {@code refund} row (number, sale, exact time, amount, card and cash paid back,
 * recording operation) and, in order, its rows in {@code refund_line}, {@code refund_payment} and
 * {@code refund_vat} (lowest rate first). Refunds are read with one query per table, joined to the
 * refunds asked for and in refund-number order, and put together in one pass; they are of the
 * {@linkplain Shop#DEVELOPMENT development shop}, which the service replaces with its own. Recording
 * them is {@link RefundRecording}'s.
 */
final class JdbcRefunds {

    /** Takes the counter's row lock and the next number at once: the database adds one to the last committed number. */
    private static final String TAKE_NEXT = "UPDATE refund_counter SET last_number = last_number + 1 WHERE id = 1";
    private static final String READ_COUNTER = "SELECT last_number FROM refund_counter WHERE id = 1";
    private static final String INSERT = "INSERT INTO refund (number, sale_number, refunded_on, refunded_at, "
            + "refunded_at_nanos, amount, card, cash, operation_high, operation_low, till, clerk) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LINE = "INSERT INTO refund_line (refund_number, position, code, name, quantity) "
            + "VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_PAYMENT = "INSERT INTO refund_payment "
            + "(refund_number, position, kind, amount, reference) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_VAT = "INSERT INTO refund_vat (refund_number, rate, gross, vat) VALUES (?, ?, ?, ?)";

    private static final String BY_OPERATION = "SELECT number FROM refund WHERE operation_high = ? AND operation_low = ?";

    /** The refunds a condition on {@code refund r} selects, and their parts, each in refund-number order. */
    private static final String HEADS = "SELECT r.number, r.sale_number, r.refunded_at, r.refunded_at_nanos, r.amount, "
            + "r.till, r.clerk FROM refund r WHERE %s ORDER BY r.number";
    private static final String LINES = "SELECT l.refund_number, l.code, l.name, l.quantity FROM refund r "
            + "JOIN refund_line l ON l.refund_number = r.number WHERE %s ORDER BY l.refund_number, l.position";
    private static final String PAYMENTS = "SELECT p.refund_number, p.kind, p.amount, p.reference FROM refund r "
            + "JOIN refund_payment p ON p.refund_number = r.number WHERE %s ORDER BY p.refund_number, p.position";
    private static final String VAT = "SELECT v.refund_number, v.rate, v.gross, v.vat FROM refund r "
            + "JOIN refund_vat v ON v.refund_number = r.number WHERE %s ORDER BY v.refund_number, v.rate";

    /** The conditions of the reads, each taking one parameter. */
    private static final String NUMBER = "r.number = ?";
    private static final String SALE = "r.sale_number = ?";
    private static final String DAY = "r.refunded_on = ?";
    /**
     * A till's refunds from one time to another, both to the microsecond (the index
     * {@code refund_till_time}); the nanoseconds past are compared by {@link #byTill}.
     */
    private static final String TILL = "r.till = ? AND r.refunded_at BETWEEN ? AND ?";

    private JdbcRefunds() {
    }

    /**
     * Locks the refund counter's row until the transaction ends, so that refunds on every server are
     * numbered one at a time and a refund refused or rolled back leaves its number to the next one;
     * answers the number the next refund gets.
     */
    static RefundNumber lockNext(Connection connection) throws SQLException {
        return new RefundNumber(Sql.takeNext(connection, TAKE_NEXT, READ_COUNTER, "refund"));
    }

    /**
     * Records {@code refund}, numbered as {@link #lockNext} said (the counter already holds its number),
     * under {@code operation}: its rows.
     */
    static void insert(Connection connection, Refund refund, OperationId operation) throws SQLException {
        long number = refund.number().value();
        LocalDateTime time = refund.time();
        update(connection, INSERT, number, refund.sale().value(), time.toLocalDate(), time.truncatedTo(ChronoUnit.MICROS),
                time.getNano() % 1_000, refund.amount().cents(), refund.card().cents(), refund.cash().cents(),
                operation.high(), operation.low(), refund.till(), refund.clerk());
        List<Refund.Item> items = refund.items();
        try (PreparedStatement statement = connection.prepareStatement(INSERT_LINE)) {
            for (int i = 0; i < items.size(); i++) {
                Refund.Item item = items.get(i);
                Sql.addBatch(statement, number, i, item.code(), item.name(), item.quantity());
            }
            statement.executeBatch();
        }
        List<Payment> payments = refund.paidBack();
        if (!payments.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(INSERT_PAYMENT)) {
                for (int i = 0; i < payments.size(); i++) {
                    Payment payment = payments.get(i);
                    Sql.addBatch(statement, number, i, payment.kind().name(), payment.amount().cents(),
                            payment instanceof Payment.Card card ? card.reference() : null);
                }
                statement.executeBatch();
            }
        }
        if (!refund.vat().isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(INSERT_VAT)) {
                for (VatAmount amount : refund.vat()) {
                    Sql.addBatch(statement, number, amount.rate().hundredths(), amount.gross().cents(),
                            amount.vat().cents());
                }
                statement.executeBatch();
            }
        }
    }

    /** The refund {@code operation} recorded, or null when it recorded none. */
    static Refund byOperation(Connection connection, OperationId operation) throws SQLException {
        try (PreparedStatement statement = prepare(connection, BY_OPERATION, operation.high(), operation.low());
             ResultSet row = statement.executeQuery()) {
            return row.next() ? byNumber(connection, new RefundNumber(row.getLong(1))) : null;
        }
    }

    /** The refund numbered {@code number}, or null when there is none. */
    static Refund byNumber(Connection connection, RefundNumber number) throws SQLException {
        List<Refund> refunds = read(connection, NUMBER, number.value());
        return refunds.isEmpty() ? null : refunds.get(0);
    }

    /** The refunds of sale {@code sale}, in number order. */
    static List<Refund> bySale(Connection connection, SaleNumber sale) throws SQLException {
        return read(connection, SALE, sale.value());
    }

    /** The refunds whose time falls on {@code day}, in number order. */
    static List<Refund> byDay(Connection connection, LocalDate day) throws SQLException {
        return read(connection, DAY, day);
    }

    /** The refunds made at {@code till} whose time is from {@code from} to {@code to}, both included, in number order. */
    static List<Refund> byTill(Connection connection, String till, LocalDateTime from, LocalDateTime to)
            throws SQLException {
        return read(connection, TILL, till, from.truncatedTo(ChronoUnit.MICROS), to.truncatedTo(ChronoUnit.MICROS))
                .stream().filter(refund -> !refund.time().isBefore(from) && !refund.time().isAfter(to)).toList();
    }

    /** The refunds {@code condition} selects with {@code keys}, in number order, each put together from its parts. */
    private static List<Refund> read(Connection connection, String condition, Object... keys) throws SQLException {
        List<Head> heads = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, HEADS.formatted(condition), keys);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                heads.add(new Head(rows.getLong(1), rows.getLong(2),
                        rows.getObject(3, LocalDateTime.class).plusNanos(rows.getInt(4)), rows.getLong(5),
                        rows.getString(6), rows.getString(7)));
            }
        }
        if (heads.isEmpty()) {
            return List.of();
        }
        LongFunction<String> owner = number -> "Refund " + new RefundNumber(number);
        PartRows<Refund.Item> lines = PartRows.read(connection, LINES.formatted(condition), owner,
                row -> new Refund.Item(row.getString(2), row.getString(3), row.getInt(4)), keys);
        PartRows<Payment> payments = PartRows.read(connection, PAYMENTS.formatted(condition), owner,
                JdbcSales::payment, keys);
        PartRows<VatAmount> vat = PartRows.read(connection, VAT.formatted(condition), owner,
                row -> new VatAmount(new VatRate(row.getInt(2)), Money.ofMinor(row.getLong(3)),
                        Money.ofMinor(row.getLong(4))), keys);
        List<Refund> refunds = new ArrayList<>(heads.size());
        for (Head head : heads) {
            refunds.add(head.refund(lines.of(head.number()), vat.of(head.number()), payments.of(head.number())));
        }
        return refunds;
    }

    /** A refund's own row. */
    private record Head(long number, long sale, LocalDateTime time, long amount, String till, String clerk) {

        /** @throws IllegalStateException naming the refund when its rows do not make a valid refund */
        Refund refund(List<Refund.Item> items, List<VatAmount> vat, List<Payment> paidBack) {
            RefundNumber refundNumber = new RefundNumber(number);
            try {
                return new Refund(refundNumber, new SaleNumber(sale), time, items, Money.ofMinor(amount), vat, paidBack,
                        Shop.DEVELOPMENT, till, clerk);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Refund " + refundNumber + " in the store cannot be read: "
                        + e.getMessage(), e);
            }
        }
    }
}
