package com.lana.checkout.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * A completed sale: what was sold and at what price (its receipt, promotions included), how it was
 * paid and the change given. Immutable; the server keeps it for good once it has a number.
 * {@link #toString()} is the receipt as the till's printer prints it.
 *
 * @param number the sale's number, in order without gaps
 * @param time when it was completed, in the shop's local time
 * @param receipt the lines, promotion savings and total, as they were when the sale was completed
 * @param payments in the order the clerk took them
 * @param change the cash given back: what was paid less the total; never negative
 */
public record Sale(SaleNumber number, LocalDateTime time, Receipt receipt, List<Payment> payments, Money change)
        implements Serializable {

    /** How many characters a row of the printed receipt holds at most. */
    public static final int RECEIPT_WIDTH = 42;

    /** The shop named at the top of every receipt. */
    public static final String SHOP_NAME = "Lana";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    public Sale {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(receipt, "receipt");
        payments = List.copyOf(payments);
        Objects.requireNonNull(change, "change");
        if (payments.isEmpty()) {
            throw new IllegalArgumentException("Sale " + number + " has no payment");
        }
        if (change.isNegative()) {
            throw new IllegalArgumentException("Sale " + number + " gives negative change " + change);
        }
    }

    /** What the customer pays: the receipt's total. */
    public Money total() {
        return receipt.total();
    }

    /** The catalog version the sale was priced with: the one in force when its basket was opened. */
    public long catalogVersion() {
        return receipt.catalogVersion();
    }

    /** Everything handed over or charged, change included. */
    public Money paid() {
        return payments.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
    }

    /**
     * The receipt as a 42-column thermal printer prints it: the shop, the sale's number and time,
     * one row per line (quantity, name, unit price when there are several, amount) with each
     * promotion's saving under the line it reduces, the total, each payment and the change. No row
     * is longer than {@value #RECEIPT_WIDTH} characters: names that would not fit are cut short with
     * an ellipsis, amounts never are.
     */
    @Override
    public String toString() {
        String nl = System.lineSeparator();
        String rule = "-".repeat(RECEIPT_WIDTH);
        StringBuilder out = new StringBuilder();
        out.append(centred(SHOP_NAME)).append(nl);
        out.append(rule).append(nl);
        out.append(row("Sale " + number, TIME.format(time))).append(nl);
        out.append(rule).append(nl);
        for (Receipt.Line line : receipt.lines()) {
            String prefix = line.quantity() + " x ";
            String suffix = line.quantity() == 1 ? "" : " @ " + line.unitPrice();
            out.append(item(prefix, line.name(), suffix, line.amount().toString())).append(nl);
            for (Receipt.Discount discount : receipt.discountsOf(line)) {
                out.append(item("    ", discount.description(), "", discount.saved().negate().toString())).append(nl);
            }
        }
        out.append(rule).append(nl);
        out.append(row("TOTAL", total().toString())).append(nl);
        for (Payment payment : payments) {
            String label = switch (payment.kind()) {
                case CASH -> "Cash";
                case CARD -> "Card";
            };
            String reference = payment instanceof Payment.Card card ? card.reference() : "";
            out.append(item(label, reference.isEmpty() ? "" : " " + printable(reference), "",
                    payment.amount().toString())).append(nl);
        }
        out.append(row("Change", change.toString())).append(nl);
        out.append(rule).append(nl);
        out.append(centred("Thank you!"));
        return out.toString();
    }

    /** {@code left} and {@code right} at the two ends of a row. */
    private static String row(String left, String right) {
        return item(left, "", "", right);
    }

    /** A row of {@code prefix + text + suffix} on the left, {@code right} on the right; {@code text} is cut to fit. */
    private static String item(String prefix, String text, String suffix, String right) {
        int room = RECEIPT_WIDTH - prefix.length() - suffix.length() - 1 - right.length();
        String left = prefix + cut(text, Math.max(1, room)) + suffix;
        int gap = Math.max(1, RECEIPT_WIDTH - left.length() - right.length());
        return left + " ".repeat(gap) + right;
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private static String centred(String text) {
        return " ".repeat(Math.max(0, (RECEIPT_WIDTH - text.length()) / 2)) + text;
    }

    /** A card reference as it may be printed: control characters become '?'. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return out.toString();
    }
}
