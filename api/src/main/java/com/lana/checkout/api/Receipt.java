package com.lana.checkout.api;

import java.io.Externalizable;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a basket holds and costs at one moment: one line per product, the promotions that applied
 * and the total. Immutable; a new receipt is made for every change.
 *
 * <p>Every add answers with a receipt, so its serial form is compact: {@link Wire} writes plain
 * numbers and strings instead of a graph of records and lists, which cuts what RMI sends per
 * answer several times over and most of the client's cost to read it.
 *
 * @param basket the basket this is the receipt of
 * @param version how many changes the basket has seen; a higher version is a later state
 * @param lines one per product, in the order the products were first added
 * @param discounts the promotions that applied, each with the amount it saved
 * @param total what the customer pays: the sum of the lines less the discounts
 * @param catalogVersion the catalog version whose prices and promotions these are: the one in force
 *     when the basket was opened, which prices it to its end
 */
public record Receipt(BasketId basket, long version, List<Line> lines, List<Discount> discounts, Money total,
                      long catalogVersion) implements Serializable {

    public Receipt {
        Objects.requireNonNull(basket, "basket");
        lines = List.copyOf(lines);
        discounts = List.copyOf(discounts);
        Objects.requireNonNull(total, "total");
        if (catalogVersion < 1) {
            throw new IllegalArgumentException("Catalog version must be positive, was " + catalogVersion);
        }
    }

    /** A receipt priced with the first catalog version. */
    public Receipt(BasketId basket, long version, List<Line> lines, List<Discount> discounts, Money total) {
        this(basket, version, lines, discounts, total, 1);
    }

    /**
     * One product in the basket.
     *
     * @param code the product's code; for an in-store label that carries a price, the label's digits
     * @param amount {@code quantity × unitPrice}, before promotions
     * @param vat the product's VAT rate, which its price includes
     */
    public record Line(String code, String name, int quantity, Money unitPrice, Money amount, VatRate vat)
            implements Serializable {

        public Line {
            Objects.requireNonNull(vat, "vat");
        }

        /**
         * A line at the {@linkplain VatRate#STANDARD standard rate}: the rate of every product of the
         * built-in catalog, and of every line recorded before lines kept their rate.
         */
        public Line(String code, String name, int quantity, Money unitPrice, Money amount) {
            this(code, name, quantity, unitPrice, amount, VatRate.STANDARD);
        }
    }

    /**
     * A promotion that applied.
     *
     * @param productCode the product whose line it reduces
     * @param saved how much it took off, a positive amount
     */
    public record Discount(String productCode, String description, Money saved) implements Serializable {
    }

    /** The sum of the lines, before promotions. */
    public Money subtotal() {
        return lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
    }

    /** What the promotions took off, a positive amount. */
    public Money savings() {
        return discounts.stream().map(Discount::saved).reduce(Money.ZERO, Money::plus);
    }

    /** Units in the basket, all products together. */
    public long units() {
        return lines.stream().mapToLong(Line::quantity).sum();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /**
     * The VAT in the total, per rate, lowest rate first: each rate's gross is the amounts of its
     * lines less the promotions that reduce them, and its VAT is computed once on that gross
     * ({@link VatAmount#of}), so the grosses add up to the total exactly.
     */
    public List<VatAmount> vat() {
        Map<VatRate, Money> gross = new TreeMap<>();
        for (Line line : lines) {
            Money afterPromotions = line.amount();
            for (Discount discount : discountsOf(line)) {
                afterPromotions = afterPromotions.minus(discount.saved());
            }
            gross.merge(line.vat(), afterPromotions, Money::plus);
        }
        return VatAmount.ofGross(gross);
    }

    /** The promotions that reduce {@code line}, printed under it. */
    public List<Discount> discountsOf(Line line) {
        return discounts.stream().filter(discount -> discount.productCode().equals(line.code())).toList();
    }

    /** A printable receipt, discounts under the line they reduce. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append("Basket ").append(basket).append(nl);
        for (Line line : lines) {
            out.append(String.format("  %4d x %-24s %10s %10s%n", line.quantity(), line.name(), line.unitPrice(), line.amount()));
            for (Discount discount : discountsOf(line)) {
                out.append(String.format("         %-35s %10s%n", discount.description(), discount.saved().negate()));
            }
        }
        out.append(String.format("  %-45s %10s%n", "Subtotal", subtotal()));
        out.append(String.format("  %-45s %10s%n", "Savings", savings().negate()));
        out.append(String.format("  %-45s %10s", "TOTAL", total));
        return out.toString();
    }

    @Serial
    private Object writeReplace() {
        return new Wire(this);
    }

    /**
     * The serial form of a {@link Receipt}: fields written as primitives and UTF strings, read back
     * through the records' own constructors, so a receipt off the wire is validated like any other.
     */
    static final class Wire implements Externalizable {
        @Serial
        private static final long serialVersionUID = 3L;

        private Receipt receipt;

        /** For deserialization only. */
        public Wire() {
        }

        Wire(Receipt receipt) {
            this.receipt = receipt;
        }

        @Override
        public void writeExternal(ObjectOutput out) throws IOException {
            out.writeLong(receipt.basket.high());
            out.writeLong(receipt.basket.low());
            out.writeLong(receipt.version);
            out.writeInt(receipt.lines.size());
            for (Line line : receipt.lines) {
                out.writeUTF(line.code());
                out.writeUTF(line.name());
                out.writeInt(line.quantity());
                out.writeLong(line.unitPrice().cents());
                out.writeLong(line.amount().cents());
                out.writeShort(line.vat().hundredths());
            }
            out.writeInt(receipt.discounts.size());
            for (Discount discount : receipt.discounts) {
                out.writeUTF(discount.productCode());
                out.writeUTF(discount.description());
                out.writeLong(discount.saved().cents());
            }
            out.writeLong(receipt.total.cents());
            out.writeLong(receipt.catalogVersion);
        }

        @Override
        public void readExternal(ObjectInput in) throws IOException {
            BasketId basket = new BasketId(in.readLong(), in.readLong());
            long version = in.readLong();
            int lineCount = count(in.readInt());
            List<Line> lines = new ArrayList<>(lineCount);
            for (int i = 0; i < lineCount; i++) {
                String code = in.readUTF();
                String name = in.readUTF();
                int quantity = in.readInt();
                Money unitPrice = Money.ofMinor(in.readLong());
                Money amount = Money.ofMinor(in.readLong());
                lines.add(new Line(code, name, quantity, unitPrice, amount, vatRate(in.readShort())));
            }
            int discountCount = count(in.readInt());
            List<Discount> discounts = new ArrayList<>(discountCount);
            for (int i = 0; i < discountCount; i++) {
                discounts.add(new Discount(in.readUTF(), in.readUTF(), Money.ofMinor(in.readLong())));
            }
            Money total = Money.ofMinor(in.readLong());
            try {
                receipt = new Receipt(basket, version, lines, discounts, total, in.readLong());
            } catch (IllegalArgumentException e) {
                throw new InvalidObjectException(e.getMessage());
            }
        }

        private static VatRate vatRate(int hundredths) throws InvalidObjectException {
            try {
                return new VatRate(hundredths);
            } catch (IllegalArgumentException e) {
                throw new InvalidObjectException(e.getMessage());
            }
        }

        private static int count(int count) throws InvalidObjectException {
            if (count < 0 || count > Catalog.MAX_PRODUCTS) {
                throw new InvalidObjectException("A receipt has 0-" + Catalog.MAX_PRODUCTS + " lines, not " + count);
            }
            return count;
        }

        @Serial
        private Object readResolve() {
            return receipt;
        }
    }
}
