package com.lana.checkout.api;

import com.lana.checkout.api.print.ReceiptText;
import com.lana.checkout.api.shift.TillId;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A completed sale: what was sold and at what price (its receipt, promotions included), how it was
 * paid, the change given, and what came back since. Immutable; the server keeps it for good once it
 * has a number. {@link #toString()} is the receipt as the till's printer prints it.
 *
 * @param number the sale's number, in order without gaps
 * @param time when it was completed, in the shop's local time
 * @param receipt the lines, promotion savings and total, as they were when the sale was completed
 * @param payments in the order the clerk took them
 * @param change the cash given back: what was paid less the total; never negative
 * @param shop the shop, for the receipt's header
 * @param returned the units refunds took back so far, per receipt line, in the receipt's order
 * @param till the till it was made at, or null where the till was not named
 * @param clerk the clerk who made it, or null where no clerk signed in
 */
public record Sale(SaleNumber number, LocalDateTime time, Receipt receipt, List<Payment> payments, Money change,
                   Shop shop, List<ReturnedItem> returned, String till, String clerk) implements Serializable {

    /** How many characters a row of the printed receipt holds at most. */
    public static final int RECEIPT_WIDTH = 42;

    public Sale {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(receipt, "receipt");
        payments = List.copyOf(payments);
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(shop, "shop");
        returned = List.copyOf(returned);
        if (till != null) {
            TillId.require(till);
        }
        if (clerk != null) {
            TillId.requireName(clerk, "clerk of sale " + number);
        }
        if (payments.isEmpty()) {
            throw new IllegalArgumentException("Sale " + number + " has no payment");
        }
        if (change.isNegative()) {
            throw new IllegalArgumentException("Sale " + number + " gives negative change " + change);
        }
        for (ReturnedItem item : returned) {
            int sold = receipt.lines().stream().filter(line -> line.code().equals(item.code()))
                    .mapToInt(Receipt.Line::quantity).sum();
            if (item.quantity() > sold) {
                throw new IllegalArgumentException("Sale " + number + " sold " + sold + " x " + item.code()
                        + ", so " + item.quantity() + " cannot have come back");
            }
        }
    }

    /** A sale at no till named and by no clerk. */
    public Sale(SaleNumber number, LocalDateTime time, Receipt receipt, List<Payment> payments, Money change,
                Shop shop, List<ReturnedItem> returned) {
        this(number, time, receipt, payments, change, shop, returned, null, null);
    }

    /** A sale of the {@linkplain Shop#DEVELOPMENT development shop} from which nothing came back, at no till named and by no clerk. */
    public Sale(SaleNumber number, LocalDateTime time, Receipt receipt, List<Payment> payments, Money change) {
        this(number, time, receipt, payments, change, Shop.DEVELOPMENT, List.of());
    }

    /** The same sale, for the receipt of {@code shop}. */
    public Sale withShop(Shop shop) {
        return new Sale(number, time, receipt, payments, change, shop, returned, till, clerk);
    }

    /** The same sale, with {@code returned} the units that came back. */
    public Sale withReturned(List<ReturnedItem> returned) {
        return new Sale(number, time, receipt, payments, change, shop, returned, till, clerk);
    }

    /** The same sale, made at {@code till} by {@code clerk}; either may be null (none named). */
    public Sale madeAt(String till, String clerk) {
        return new Sale(number, time, receipt, payments, change, shop, returned, till, clerk);
    }

    /**
     * The same sale once {@code refund} has taken its items back: what came back so far plus its items.
     *
     * @throws IllegalArgumentException when the refund is of another sale, or takes back more than it sold
     */
    public Sale after(Refund refund) {
        if (!refund.sale().equals(number)) {
            throw new IllegalArgumentException("Refund " + refund.number() + " is of sale " + refund.sale()
                    + ", not of " + number);
        }
        List<ReturnedItem> after = new ArrayList<>();
        for (Receipt.Line line : receipt.lines()) {
            int back = returned(line.code()) + refund.items().stream()
                    .filter(item -> item.code().equals(line.code())).mapToInt(Refund.Item::quantity).sum();
            if (back > 0) {
                after.add(new ReturnedItem(line.code(), back));
            }
        }
        return withReturned(after);
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

    /** The VAT in the total, per rate: see {@link Receipt#vat()}. */
    public List<VatAmount> vat() {
        return receipt.vat();
    }

    /** Units of the receipt line {@code code} that refunds took back so far. */
    public int returned(String code) {
        return returned.stream().filter(item -> item.code().equals(code)).mapToInt(ReturnedItem::quantity).sum();
    }

    /** Units of the receipt line {@code code} that may still come back: sold less returned. */
    public int remaining(String code) {
        int sold = receipt.lines().stream().filter(line -> line.code().equals(code))
                .mapToInt(Receipt.Line::quantity).sum();
        return sold - returned(code);
    }

    /**
     * The receipt as a 42-column thermal printer prints it: the shop (name, address, VAT number), the
     * sale's number and time, one row per line (quantity, name, unit price when there are several,
     * amount) with each promotion's saving under the line it reduces, the total, the VAT per rate
     * (net, VAT, gross), each payment and the change, then what came back, if anything did; the till
     * and clerk, when the sale names either, in a row under its number. No row
     * is longer than {@value #RECEIPT_WIDTH} characters: names that would not fit are cut short with
     * an ellipsis, amounts never are.
     */
    @Override
    public String toString() {
        ReceiptText out = new ReceiptText().header(shop);
        out.numbered("Sale " + number, time);
        out.madeAt(till, clerk);
        out.rule();
        for (Receipt.Line line : receipt.lines()) {
            String prefix = line.quantity() + " x ";
            String suffix = line.quantity() == 1 ? "" : " @ " + line.unitPrice();
            out.item(prefix, line.name(), suffix, line.amount().toString());
            for (Receipt.Discount discount : receipt.discountsOf(line)) {
                out.item("    ", discount.description(), "", discount.saved().negate().toString());
            }
        }
        out.rule();
        out.row("TOTAL", total().toString());
        out.vat(vat(), 1);
        payments.forEach(payment -> out.payment(payment, 1));
        out.row("Change", change.toString());
        if (!returned.isEmpty()) {
            out.rule();
            out.line("Returned since:");
            for (ReturnedItem item : returned) {
                String name = receipt.lines().stream().filter(line -> line.code().equals(item.code()))
                        .map(Receipt.Line::name).findFirst().orElse(item.code());
                out.item(item.quantity() + " x ", name, "", "");
            }
        }
        out.rule();
        return out.centred("Thank you!").toString();
    }
}
