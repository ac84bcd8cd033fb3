package com.lana.checkout.api.print;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.Shop;
import com.lana.checkout.api.VatAmount;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Rows of a {@value Sale#RECEIPT_WIDTH}-column printed receipt, shared by everything the till prints
 * (sales, refunds, reports): amounts are never cut, text is cut short with an ellipsis to fit. Build
 * one with {@code new ReceiptText()}, add rows, and take {@link #toString()}.
 */
public final class ReceiptText {

    public static final int WIDTH = Sale.RECEIPT_WIDTH;
    public static final String RULE = "-".repeat(WIDTH);
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final StringBuilder out = new StringBuilder();

    /** The shop's name, address and VAT number, centred, then a rule. */
    public ReceiptText header(Shop shop) {
        centred(shop.name());
        shop.address().forEach(this::centred);
        centred("VAT no. " + shop.vatNumber());
        return rule();
    }

    public ReceiptText rule() {
        return line(RULE);
    }

    public ReceiptText centred(String text) {
        return line(" ".repeat(Math.max(0, (WIDTH - text.length()) / 2)) + cut(text, WIDTH));
    }

    /** {@code left} and {@code right} at the two ends of a row. */
    public ReceiptText row(String left, String right) {
        return item(left, "", "", right);
    }

    /** A row of {@code prefix + text + suffix} on the left, {@code right} on the right; {@code text} is cut to fit. */
    public ReceiptText item(String prefix, String text, String suffix, String right) {
        int room = WIDTH - prefix.length() - suffix.length() - 1 - right.length();
        String left = prefix + cut(text, Math.max(1, room)) + suffix;
        if (right.isEmpty()) {
            return line(left);
        }
        int gap = Math.max(1, WIDTH - left.length() - right.length());
        return line(left + " ".repeat(gap) + right);
    }

    /** A number and time row: {@code Sale S-000001   2025-01-06 09:30:05}. */
    public ReceiptText numbered(String what, LocalDateTime time) {
        return row(what, TIME.format(time));
    }

    /**
     * The row {@code Till T01                            Ann} naming where and by whom a sale or refund
     * was made, the name cut to fit; no row when both are null.
     */
    public ReceiptText madeAt(String till, String clerk) {
        if (till == null && clerk == null) {
            return this;
        }
        String left = till == null ? "" : "Till " + till;
        String right = clerk == null ? "" : cut(printable(clerk), WIDTH - left.length() - 1);
        return right.isEmpty() ? line(left) : row(left, right);
    }

    /**
     * The VAT block: a heading, then per rate its rate, net, VAT and gross, each amount right-aligned
     * in a column of 12; {@code sign} -1 prints the amounts negated (what a refund gives back). With
     * no amount at all (a day with nothing sold, or all of it refunded), one row of no VAT.
     */
    public ReceiptText vat(List<VatAmount> amounts, int sign) {
        if (amounts.isEmpty()) {
            return row("VAT", Money.ZERO.toString());
        }
        line(String.format("%-6s%12s%12s%12s", "Rate", "Net", "VAT", "Gross"));
        for (VatAmount amount : amounts) {
            VatAmount shown = sign < 0 ? amount.negate() : amount;
            line(String.format("%-6s%12s%12s%12s", cut(shown.rate().toString(), 6), shown.net(), shown.vat(),
                    shown.gross()));
        }
        return this;
    }

    /** A payment as a receipt prints it: kind, the card's reference, the amount times {@code sign}. */
    public ReceiptText payment(Payment payment, int sign) {
        String label = switch (payment.kind()) {
            case CASH -> "Cash";
            case CARD -> "Card";
        };
        String reference = payment instanceof Payment.Card card ? card.reference() : "";
        Money amount = sign < 0 ? payment.amount().negate() : payment.amount();
        return item(label, reference.isEmpty() ? "" : " " + printable(reference), "", amount.toString());
    }

    /** Appends a row as it is, and a line break unless it is the last. */
    public ReceiptText line(String row) {
        if (!out.isEmpty()) {
            out.append(System.lineSeparator());
        }
        out.append(row);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    public static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    /** A text as it may be printed: control characters become '?'. */
    public static String printable(String text) {
        StringBuilder printed = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> printed.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return printed.toString();
    }
}
