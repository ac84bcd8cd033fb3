package com.lana.checkout.server.pricing;

import com.lana.checkout.api.Money;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Promotion;
import com.lana.checkout.api.Promotion.BulkPercentOff;
import com.lana.checkout.api.Promotion.BuyNGetMFree;
import com.lana.checkout.api.Receipt;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a basket costs: a pure function of the price list and the quantities in a basket's lines.
 * It knows nothing of RMI, locks or storage. All amounts are whole cents in {@code long} with
 * overflow checks; the work grows with the number of distinct products, not of units.
 *
 * <p>Rounding: a percentage discount is computed on the whole line and rounded half-up to the cent,
 * once per line. So 3 items at 0.99€ with 25% off save 0.74€ (0.7425€ rounded), and the customer
 * never loses more than half a cent to rounding.
 */
public final class Pricing {

    private Pricing() {
    }

    /**
     * The receipt of {@code basket} at the prices of {@code prices}, which is the catalog version the
     * basket was opened under. A line of a price label is its product at the label's price, under the
     * label's digits as its code, and no promotion applies to it.
     *
     * @throws IllegalStateException when the basket holds a line the price list does not know: it is
     *     of another catalog version than the basket's
     */
    public static Receipt receipt(PriceList prices, BasketLines basket) {
        if (prices.version() != basket.catalogVersion()) {
            throw new IllegalArgumentException("Basket " + basket.basket() + " is priced with catalog version "
                    + basket.catalogVersion() + ", not " + prices.version());
        }
        List<Receipt.Line> lines = new ArrayList<>(basket.lines().size());
        List<Receipt.Discount> discounts = new ArrayList<>(1);
        Money total = Money.ZERO;
        for (BasketLines.Line line : basket.lines()) {
            PriceList.Item item = prices.line(line.product()).orElseThrow(() -> new IllegalStateException(
                    "Basket " + basket.basket() + " holds " + line.product() + ", which catalog version "
                            + prices.version() + " does not sell"));
            Product product = item.product();
            int quantity = line.quantity();
            Money amount = item.unitPrice().times(quantity);
            lines.add(new Receipt.Line(item.line(), product.name(), quantity, item.unitPrice(), amount, product.vat()));
            total = total.plus(amount);
            Promotion promotion = item.isPriceLabel() ? null : prices.promotion(item.position());
            if (promotion != null) {
                Money saved = saving(promotion, product.price(), quantity);
                if (!saved.isZero()) {
                    discounts.add(new Receipt.Discount(product.code(), promotion.description(), saved));
                    total = total.minus(saved);
                }
            }
        }
        return new Receipt(basket.basket(), basket.version(), lines, discounts, total, basket.catalogVersion());
    }

    /**
     * What one promotion takes off a line of {@code quantity} units at {@code unitPrice}: zero or more,
     * never more than the line's amount.
     *
     * <p>Every permitted kind of {@link Promotion} has its branch here; PricingTest checks that each
     * permitted subclass is priced, since Java 17 has no exhaustive pattern switch yet.
     */
    static Money saving(Promotion promotion, Money unitPrice, int quantity) {
        if (promotion instanceof BuyNGetMFree deal) {
            long freeUnits = (long) (quantity / deal.groupSize()) * deal.free();
            return unitPrice.times(freeUnits);
        }
        if (promotion instanceof BulkPercentOff bulk) {
            return quantity >= bulk.minQuantity()
                    ? unitPrice.times(quantity).percent(bulk.percent(), RoundingMode.HALF_UP)
                    : Money.ZERO;
        }
        throw new IllegalStateException("Pricing does not know promotions of kind " + promotion.getClass().getName());
    }
}
