package com.lana.checkout.client.refund;

import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.RefundQuote;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.Sale;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a clerk is about to refund of one sale, before it is sent: per receipt line, how many units
 * come back (at first all that remain), the line the keys act on, and how the money is paid back.
 * It prices nothing: what a refund pays back is the server's to work out, from the sale's own
 * catalog version and promotions. Immutable.
 *
 * <p>The keys: {@link #move} picks a line (↑ ↓), {@link #more} and {@link #less} change its
 * quantity by one (→ ←, + −), {@link #digit} types it ({@code 0} for none, {@code 1} {@code 2} for
 * twelve). A line with nothing left to come back cannot be changed.
 *
 * @param sale the sale, as last read, with what came back of it so far
 * @param lines one per receipt line of the sale, in its order
 * @param selected the index of the line the keys act on
 * @param typing true when the last key was a digit typed on the selected line: the next one appends
 * @param to how the money is paid back
 */
public record RefundDraft(Sale sale, List<Line> lines, int selected, boolean typing, RefundTo to) {

    /**
     * One receipt line of the sale.
     *
     * @param sold units the sale sold
     * @param returned units earlier refunds took back
     * @param quantity units coming back now: from 0 to what remains
     */
    public record Line(String code, String name, int sold, int returned, int quantity) {
        public Line {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            if (returned < 0 || returned > sold) {
                throw new IllegalArgumentException(returned + " units of " + code + " cannot have come back of "
                        + sold + " sold");
            }
            if (quantity < 0 || quantity > sold - returned) {
                throw new IllegalArgumentException("Units of " + code + " coming back must be 0 to " + (sold - returned)
                        + ", was " + quantity);
            }
        }

        /** Units that may still come back: sold less returned. */
        public int remaining() {
            return sold - returned;
        }

        Line with(int newQuantity) {
            return new Line(code, name, sold, returned, newQuantity);
        }
    }

    /** A key that changes nothing, and why: the screen shows the message. */
    public static final class ChangeRefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        ChangeRefusedException(String message) {
            super(message, null, false, false);
        }
    }

    public RefundDraft {
        Objects.requireNonNull(sale, "sale");
        lines = List.copyOf(lines);
        Objects.requireNonNull(to, "to");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("Sale " + sale.number() + " has no line to refund");
        }
        if (selected < 0 || selected >= lines.size()) {
            throw new IllegalArgumentException("No line " + selected + " among the " + lines.size() + " of sale "
                    + sale.number());
        }
    }

    /**
     * The refund of everything that remains of {@code sale}, paid back the way the customer paid,
     * with the keys on its first line that has something left.
     */
    public static RefundDraft of(Sale sale) {
        List<Line> lines = new ArrayList<>();
        int first = -1;
        for (Receipt.Line line : sale.receipt().lines()) {
            int remaining = sale.remaining(line.code());
            if (first < 0 && remaining > 0) {
                first = lines.size();
            }
            lines.add(new Line(line.code(), line.name(), line.quantity(), sale.returned(line.code()), remaining));
        }
        return new RefundDraft(sale, lines, Math.max(first, 0), false, RefundTo.ORIGINAL);
    }

    /** The line the keys act on. */
    public Line selectedLine() {
        return lines.get(selected);
    }

    /** True when some unit of the sale may still come back. */
    public boolean anythingLeft() {
        return lines.stream().anyMatch(line -> line.remaining() > 0);
    }

    /** The keys act on line {@code index} now. */
    public RefundDraft select(int index) {
        return new RefundDraft(sale, lines, index, false, to);
    }

    /** ↑ ↓: the line {@code delta} lines down (up when negative), stopping at the first and the last. */
    public RefundDraft move(int delta) {
        return select(Math.max(0, Math.min(lines.size() - 1, selected + delta)));
    }

    /**
     * One unit more of the selected line.
     *
     * @throws ChangeRefusedException when all that remains of it comes back already
     */
    public RefundDraft more() throws ChangeRefusedException {
        Line line = changeable();
        if (line.quantity() == line.remaining()) {
            throw new ChangeRefusedException("All " + line.remaining() + " × " + line.name() + " that can come back"
                    + " are in the refund already" + soldAndReturned(line));
        }
        return with(line.quantity() + 1, false);
    }

    /**
     * One unit less of the selected line.
     *
     * @throws ChangeRefusedException when none of it comes back already
     */
    public RefundDraft less() throws ChangeRefusedException {
        Line line = changeable();
        if (line.quantity() == 0) {
            throw new ChangeRefusedException("No " + line.name() + " comes back already");
        }
        return with(line.quantity() - 1, false);
    }

    /**
     * A digit typed on the selected line: the quantity, or its next digit when a digit was typed
     * on this line just before ({@code 1} then {@code 2} is twelve).
     *
     * @throws ChangeRefusedException when that is more than remains to come back; nothing changes
     */
    public RefundDraft digit(int digit) throws ChangeRefusedException {
        if (digit < 0 || digit > 9) {
            throw new IllegalArgumentException("A digit is 0 to 9, was " + digit);
        }
        Line line = changeable();
        long typed = typing ? line.quantity() * 10L + digit : digit;
        if (typed > line.remaining()) {
            throw new ChangeRefusedException((typing ? line.quantity() + "" + digit : digit) + " × " + line.name()
                    + " cannot come back: at most " + line.remaining() + soldAndReturned(line));
        }
        return with((int) typed, true);
    }

    /** How the money is paid back: the way the customer paid, or cash. */
    public RefundDraft payBack(RefundTo newTo) {
        return new RefundDraft(sale, lines, selected, false, newTo);
    }

    /** What comes back, per line with a quantity, in the receipt's order: what the server is sent. */
    public List<ReturnedItem> items() {
        return lines.stream().filter(line -> line.quantity() > 0)
                .map(line -> ReturnedItem.of(line.code(), line.quantity())).toList();
    }

    /** Units coming back, all lines together. */
    public int units() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }

    /** How the money is paid back, in words: {@code the way the customer paid: to the card first, then in cash}. */
    public String payBackText() {
        return switch (to) {
            case ORIGINAL -> "the way the customer paid: " + paidWithText();
            case CASH -> "in cash, from the drawer";
            case CARD -> "to the card, never in cash";
        };
    }

    /**
     * The question the clerk answers before the refund is sent: the sale, what comes back, and what
     * the server's {@code quote} says it pays back and how, or why it pays back nothing.
     */
    public String question(RefundQuote quote) {
        String items = lines.stream().filter(line -> line.quantity() > 0)
                .map(line -> "    " + line.quantity() + " × " + line.name())
                .collect(Collectors.joining("\n"));
        String money = quote.amount().isZero()
                ? "Nothing is paid back: what the customer keeps costs what was paid for the sale\n"
                        + "(a promotion gave the returned units for free). The refund is still recorded."
                : quote.amount() + " paid back " + payBackText() + ":\n"
                        + quote.paidBack().stream().map(payment -> "    " + payment).collect(Collectors.joining("\n"));
        return "Refund these items of sale " + sale.number() + "?\n" + items + "\n" + money;
    }

    /** How {@link RefundTo#ORIGINAL} pays back this sale: {@code in cash}, {@code to the card (up to what it paid), the rest in cash}. */
    public String paidWithText() {
        boolean card = sale.payments().stream().anyMatch(payment -> payment.kind() == Payment.Kind.CARD);
        boolean cash = sale.payments().stream().anyMatch(payment -> payment.kind() == Payment.Kind.CASH);
        return card && cash ? "to the card (up to what it paid), the rest in cash"
                : card ? "to the card" : "in cash";
    }

    private Line changeable() throws ChangeRefusedException {
        Line line = selectedLine();
        if (line.remaining() == 0) {
            throw new ChangeRefusedException("Nothing of " + line.name() + " is left to come back" + soldAndReturned(line));
        }
        return line;
    }

    private static String soldAndReturned(Line line) {
        return " (" + line.sold() + " sold" + (line.returned() == 0 ? "" : ", " + line.returned() + " back already") + ")";
    }

    private RefundDraft with(int quantity, boolean digitTyped) {
        List<Line> changed = new ArrayList<>(lines);
        changed.set(selected, selectedLine().with(quantity));
        return new RefundDraft(sale, changed, selected, digitTyped, to);
    }
}
