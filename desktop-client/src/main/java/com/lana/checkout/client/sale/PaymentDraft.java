package com.lana.checkout.client.sale;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The payments a clerk is taking for one sale, before they are sent: what is still due, the change
 * due, and the cash amounts worth a button. Follows the server's rules, so that the screen refuses
 * what the server would: a card pays what is still due, cash may pay more and the excess is the
 * change. Immutable.
 *
 * @param total what the customer pays, as last shown
 * @param payments taken so far, in order
 */
public record PaymentDraft(Money total, List<Payment> payments) {

    /** The notes quick amounts round up to: the next 5, 10, 20 and 50 euros above what is due. */
    private static final long[] ROUND_UP_EUROS = {5, 10, 20, 50};
    /** Cash worth asking about before it is taken: more than this many times the total… */
    private static final long LARGE_TIMES_TOTAL = 10;
    /** …or more than this much over what is due. */
    private static final Money LARGE_OVER_DUE = Money.ofMajor(500);

    public PaymentDraft {
        Objects.requireNonNull(total, "total");
        payments = List.copyOf(payments);
        if (total.isNegative() || total.isZero()) {
            throw new IllegalArgumentException("There is nothing to pay: the total is " + total);
        }
    }

    /** A draft with no payment taken yet. */
    public static PaymentDraft of(Money total) {
        return new PaymentDraft(total, List.of());
    }

    /** Everything handed over or charged so far. */
    public Money paid() {
        return payments.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
    }

    /** What the customer still has to pay; zero once the payments cover the total. */
    public Money due() {
        Money due = total.minus(paid());
        return due.isNegative() ? Money.ZERO : due;
    }

    /** The cash to give back: what was paid beyond the total; zero until then. */
    Money change() {
        Money over = paid().minus(total);
        return over.isNegative() ? Money.ZERO : over;
    }

    /** The cash handed over so far, all cash payments together. */
    Money cash() {
        return sum(Payment.Kind.CASH);
    }

    /** What cards were charged so far. */
    Money card() {
        return sum(Payment.Kind.CARD);
    }

    /**
     * What the clerk hands back when these payments are not recorded after all: {@code Give back
     * 10.00€ cash and refund 22.50€ on the card terminal}; empty when nothing was taken.
     */
    public String toGiveBack() {
        String cash = cash().isZero() ? "" : "Give back " + cash() + " cash";
        String card = card().isZero() ? "" : "refund " + card() + " on the card terminal";
        if (cash.isEmpty()) {
            return card.isEmpty() ? "" : Character.toUpperCase(card.charAt(0)) + card.substring(1);
        }
        return card.isEmpty() ? cash : cash + " and " + card;
    }

    /**
     * True when {@code tendered} in cash is so much that it may be a typing slip (5000 for 50.00):
     * more than 10 times the total, or more than 500.00€ over what is due.
     */
    boolean isLargeTender(Money tendered) {
        return tendered.compareTo(total.times(LARGE_TIMES_TOTAL)) > 0
                || tendered.minus(due()).compareTo(LARGE_OVER_DUE) > 0;
    }

    /** True when the payments cover the total: the sale can be completed. */
    boolean isSettled() {
        return !payments.isEmpty() && due().isZero();
    }

    /**
     * Takes cash handed over.
     *
     * @throws IllegalArgumentException when the amount is not positive, or nothing is due any more
     */
    public PaymentDraft withCash(Money tendered) {
        requireDue();
        return with(Payment.cash(tendered));
    }

    /**
     * Charges a card with what is still due.
     *
     * @param reference the terminal's reference, may be empty
     * @throws IllegalArgumentException when nothing is due any more
     */
    PaymentDraft withCard(String reference) {
        requireDue();
        return with(Payment.card(due(), reference));
    }

    /** The draft without its last payment (taken by mistake); the same draft when it has none. */
    PaymentDraft withoutLast() {
        return payments.isEmpty() ? this : new PaymentDraft(total, payments.subList(0, payments.size() - 1));
    }

    /** The same payments against a total that changed on the server meanwhile. */
    PaymentDraft withTotal(Money newTotal) {
        return new PaymentDraft(newTotal, payments);
    }

    /** The change if {@code tendered} were handed over in cash now, for the screen to show as it is typed. */
    Money changeFor(Money tendered) {
        Money over = tendered.minus(due());
        return over.isNegative() ? Money.ZERO : over;
    }

    /**
     * The cash amounts a customer is likely to hand over, ascending: exactly what is due, then the
     * next multiple of 5, 10, 20 and 50 euros above it, each once. Empty when nothing is due.
     */
    public List<Money> quickAmounts() {
        Money due = due();
        if (due.isZero()) {
            return List.of();
        }
        TreeSet<Money> amounts = new TreeSet<>();
        amounts.add(due);
        for (long euros : ROUND_UP_EUROS) {
            long step = Math.multiplyExact(euros, 100L);
            amounts.add(Money.ofMinor(Math.multiplyExact(due.cents() / step + 1, step)));
        }
        return new ArrayList<>(amounts);
    }

    private Money sum(Payment.Kind kind) {
        return payments.stream().filter(payment -> payment.kind() == kind).map(Payment::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    private PaymentDraft with(Payment payment) {
        List<Payment> more = new ArrayList<>(payments);
        more.add(payment);
        return new PaymentDraft(total, more);
    }

    private void requireDue() {
        if (due().isZero()) {
            throw new IllegalArgumentException("Nothing is due any more: the payments cover " + total);
        }
    }
}
