package com.lana.checkout.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What a basket holds and costs at one moment: one line per product, the promotions that applied
 * and the total. Immutable; a new receipt is made for every change.
 *
 * @param basket the basket this is the receipt of
 * @param version how many changes the basket has seen; a higher version is a later state
 * @param lines one per product, in the order the products were first added
 * @param discounts the promotions that applied, each with the amount it saved
 * @param total what the customer pays: the sum of the lines less the discounts
 */
public record Receipt(BasketId basket, long version, List<Line> lines, List<Discount> discounts, Money total)
        implements Serializable {

    public Receipt {
        Objects.requireNonNull(basket, "basket");
        lines = List.copyOf(lines);
        discounts = List.copyOf(discounts);
        Objects.requireNonNull(total, "total");
    }

    /**
     * One product in the basket.
     *
     * @param amount {@code quantity × unitPrice}, before promotions
     */
    public record Line(String code, String name, int quantity, Money unitPrice, Money amount) implements Serializable {
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

    /** A printable receipt, discounts under the line they reduce. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append("Basket ").append(basket).append(nl);
        for (Line line : lines) {
            out.append(String.format("  %4d x %-24s %10s %10s%n", line.quantity(), line.name(), line.unitPrice(), line.amount()));
            for (Discount discount : discounts) {
                if (discount.productCode().equals(line.code())) {
                    out.append(String.format("         %-35s %10s%n", discount.description(), discount.saved().negate()));
                }
            }
        }
        out.append(String.format("  %-45s %10s%n", "Subtotal", subtotal()));
        out.append(String.format("  %-45s %10s%n", "Savings", savings().negate()));
        out.append(String.format("  %-45s %10s", "TOTAL", total));
        return out.toString();
    }
}
