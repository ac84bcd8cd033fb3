package com.lana.checkout.client.sale;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.Promotion;
import com.lana.checkout.api.Receipt;

import java.math.RoundingMode;
import java.util.Optional;

/**
 * When a scan makes a line large enough to be a typo ({@code 1000*TSHIRT} for {@code 10*TSHIRT}):
 * {@value #UNITS} units, or {@link #AMOUNT} and above as the customer would pay it, promotions
 * applied. The clerk confirms once per product and sale.
 */
final class LargeLines {

    static final int UNITS = 50;
    static final Money AMOUNT = Money.ofMajor(500);

    private LargeLines() {
    }

    /**
     * The question to ask before the scan, or empty when none is due. A product the till does not
     * know is asked about by its units alone, named by the code typed.
     */
    static Optional<String> question(OpenSale sale, ScanInput input, KnownProducts known) {
        if (sale.largeLineAccepted(input.code())) {
            return Optional.empty();
        }
        String line = known.lineOf(input.code());
        int units = sale.unitsOf(line) + input.quantity();
        Optional<KnownProduct> product = known.get(input.code());
        Optional<Promotion> promotion = known.promotionFor(line);
        Money amount = product.map(p -> lineAmount(p.price(), promotion.orElse(null), units)).orElse(Money.ZERO);
        if (units < UNITS && amount.compareTo(AMOUNT) < 0) {
            return Optional.empty();
        }
        String priced = amount.isZero() ? "" : ", " + amount + promotion
                .filter(p -> !amount.equals(product.get().price().times(units)))
                .map(p -> " with " + p.description()).orElse("");
        return Optional.of("Add " + input.quantity() + " × " + product.map(KnownProduct::name).orElse(input.code())
                + "?\nThe line would hold " + units + " units" + priced + "." + saleTotal(sale, line, amount));
    }

    /**
     * What a line of {@code units} at {@code unitPrice} costs the customer with the product's
     * promotion (or null): the server's pricing rules, which the catalog carries as data. A
     * percentage is taken off the whole line and rounded half-up to the cent, once.
     */
    static Money lineAmount(Money unitPrice, Promotion promotion, int units) {
        Money gross = unitPrice.times(units);
        if (promotion instanceof Promotion.BuyNGetMFree deal) {
            return gross.minus(unitPrice.times((long) (units / deal.groupSize()) * deal.free()));
        }
        if (promotion instanceof Promotion.BulkPercentOff bulk) {
            return units >= bulk.minQuantity()
                    ? gross.minus(gross.percent(bulk.percent(), RoundingMode.HALF_UP)) : gross;
        }
        if (promotion == null) {
            return gross;
        }
        throw new IllegalStateException("The till does not know promotions of kind " + promotion.getClass().getName());
    }

    /**
     * The sale's total with the line at {@code lineAmount}, when every scan is on the server (the
     * receipt is the whole sale); otherwise nothing is said.
     */
    private static String saleTotal(OpenSale sale, String code, Money lineAmount) {
        Receipt receipt = sale.receipt();
        if (receipt == null || !sale.pending().isEmpty()) {
            return "";
        }
        Money total = receipt.total();
        for (Receipt.Line line : receipt.lines()) {
            if (line.code().equals(code)) {
                total = total.minus(line.amount());
            }
        }
        for (Receipt.Discount discount : receipt.discounts()) {
            if (discount.productCode().equals(code)) {
                total = total.plus(discount.saved());
            }
        }
        return "\nThe sale would come to " + total.plus(lineAmount) + ".";
    }
}
