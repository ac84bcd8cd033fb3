package com.lana.checkout.api;

import com.lana.checkout.api.print.ReceiptText;
import com.lana.checkout.api.shift.TillId;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Money paid back for items a customer brought back from a sale. Immutable; the server keeps it for
 * good once it has a number. {@link #toString()} is the refund receipt as the till's printer prints it.
 *
 * <p>What a refund pays back is what the customer paid for the sale, less what the items they keep
 * would cost under the sale's own catalog version and promotions, less what earlier refunds of the
 * sale paid back. So bringing back the free pen of a 2-for-1 pays back nothing (the pen kept costs
 * what was paid), and is still recorded, so that the pen cannot come back twice. Its VAT per rate is
 * likewise the sale's VAT less the VAT of what is kept less what earlier refunds took back, so that
 * after every refund of a sale the VAT left is exactly that of what the customer kept.
 *
 * @param number the refund's number, in its own series without gaps
 * @param sale the sale the items came from
 * @param time when it was recorded, in the shop's local time
 * @param items what came back, in the order of the sale's receipt
 * @param amount what was paid back; zero or more
 * @param vat per rate, what the refund takes back (positive amounts: gross paid back and the VAT in it)
 * @param paidBack how it was paid back: card refunds first, then cash; empty when nothing was
 * @param shop the shop, for the receipt's header
 * @param till the till it was made at, or null where the till was not named
 * @param clerk the clerk who made it, or null where no clerk signed in
 */
public record Refund(RefundNumber number, SaleNumber sale, LocalDateTime time, List<Item> items, Money amount,
                     List<VatAmount> vat, List<Payment> paidBack, Shop shop, String till, String clerk)
        implements Serializable {

    /**
     * Units of one receipt line that came back.
     *
     * @param code the sale's receipt line's code
     * @param name the product's name on that line
     * @param quantity how many units; at least 1
     */
    public record Item(String code, String name, int quantity) implements Serializable {
        public Item {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            if (quantity < 1) {
                throw new IllegalArgumentException("Units of " + code + " coming back must be at least 1, was "
                        + quantity);
            }
        }
    }

    public Refund {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(sale, "sale");
        Objects.requireNonNull(time, "time");
        items = List.copyOf(items);
        Objects.requireNonNull(amount, "amount");
        vat = List.copyOf(vat);
        paidBack = List.copyOf(paidBack);
        Objects.requireNonNull(shop, "shop");
        if (till != null) {
            TillId.require(till);
        }
        if (clerk != null) {
            TillId.requireName(clerk, "clerk of refund " + number);
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("Refund " + number + " has no item");
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Refund " + number + " pays back a negative " + amount);
        }
        Money paid = paidBack.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
        Money gross = vat.stream().map(VatAmount::gross).reduce(Money.ZERO, Money::plus);
        if (!paid.equals(amount) || !gross.equals(amount)) {
            throw new IllegalArgumentException("Refund " + number + " of " + amount + " is paid back as " + paid
                    + " and holds " + gross + " gross of VAT; all three must be the same");
        }
    }

    /** A refund at no till named and by no clerk. */
    public Refund(RefundNumber number, SaleNumber sale, LocalDateTime time, List<Item> items, Money amount,
                  List<VatAmount> vat, List<Payment> paidBack, Shop shop) {
        this(number, sale, time, items, amount, vat, paidBack, shop, null, null);
    }

    /** The same refund, for the receipt of {@code shop}. */
    public Refund withShop(Shop shop) {
        return new Refund(number, sale, time, items, amount, vat, paidBack, shop, till, clerk);
    }

    /** The same refund, made at {@code till} by {@code clerk}; either may be null (none named). */
    public Refund madeAt(String till, String clerk) {
        return new Refund(number, sale, time, items, amount, vat, paidBack, shop, till, clerk);
    }

    /** Units that came back, all products together. */
    public long units() {
        return items.stream().mapToLong(Item::quantity).sum();
    }

    /** What was paid back in cash. */
    public Money cash() {
        return paidBack(Payment.Kind.CASH);
    }

    /** What was paid back to cards. */
    public Money card() {
        return paidBack(Payment.Kind.CARD);
    }

    private Money paidBack(Payment.Kind kind) {
        return paidBack.stream().filter(payment -> payment.kind() == kind).map(Payment::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    /**
     * Why nothing was paid back, for the clerk and the customer, when nothing was; empty otherwise.
     */
    public String explanation() {
        return amount.isZero() ? NOTHING_TO_PAY_BACK : "";
    }

    /** Why a refund pays back nothing. */
    static final String NOTHING_TO_PAY_BACK = "Nothing to pay back: what the customer keeps costs what was paid "
            + "for the sale (a promotion gave the returned units for free)";

    /**
     * The refund receipt as a {@value Sale#RECEIPT_WIDTH}-column thermal printer prints it: the shop,
     * the refund's number and time, the till and clerk when it names either, the sale it refers to,
     * the items that came back, the amount paid
     * back, the VAT per rate it takes back (negative) and how it was paid back.
     */
    @Override
    public String toString() {
        ReceiptText out = new ReceiptText().header(shop);
        out.numbered("Refund " + number, time);
        out.madeAt(till, clerk);
        out.row("Of sale " + sale, "");
        out.rule();
        for (Item item : items) {
            out.item(item.quantity() + " x ", ReceiptText.printable(item.name()), "", "");
        }
        out.rule();
        out.row("REFUND", amount.negate().toString());
        if (amount.isZero()) {
            out.line("Nothing to pay back: the items kept");
            out.line("cost what was paid for the sale");
        } else {
            out.vat(vat, -1);
            paidBack.forEach(payment -> out.payment(payment, -1));
        }
        return out.rule().toString();
    }
}
