package com.lana.checkout.api;

import java.io.Serializable;

/**
 * A promotion rule, as data. Each kind is a record that validates itself, so an illegal rule
 * cannot exist. The interface is sealed, so the kinds are the ones listed here; pricing has a branch
 * for each. Java 17 has no exhaustive pattern {@code switch}, so the compiler does not catch a new
 * kind that pricing does not handle: {@code PricingTest} does, by pricing every permitted kind.
 */
public sealed interface Promotion extends Serializable permits Promotion.BuyNGetMFree, Promotion.BulkPercentOff {

    /** The product the rule applies to. */
    String productCode();

    /** What the receipt says, e.g. {@code 2-for-1 on PEN}. */
    String description();

    /**
     * For every {@code buy} units paid, the next {@code free} units of the same product are free.
     * The checkout's "2-for-1 on pens" is {@code buy = 1, free = 1}: of every two pens, one is free.
     * Units that do not complete a group are paid in full.
     */
    record BuyNGetMFree(String productCode, int buy, int free) implements Promotion {
        public BuyNGetMFree {
            ProductCode.requireCanonical(productCode);
            if (buy < 1 || buy > 1000) {
                throw new IllegalArgumentException("Promotion on " + productCode + ": buy must be 1-1000, was " + buy);
            }
            if (free < 1 || free > 1000) {
                throw new IllegalArgumentException("Promotion on " + productCode + ": free must be 1-1000, was " + free);
            }
        }

        /** Units in one complete group: paid ones plus free ones. */
        public int groupSize() {
            return buy + free;
        }

        @Override
        public String description() {
            return groupSize() + "-for-" + buy + " on " + productCode;
        }
    }

    /**
     * When the basket holds at least {@code minQuantity} units of the product, every one of them is
     * {@code percent}% off. "3 or more T-shirts: 25% off each" is {@code minQuantity = 3, percent = 25}.
     */
    record BulkPercentOff(String productCode, int minQuantity, int percent) implements Promotion {
        public BulkPercentOff {
            ProductCode.requireCanonical(productCode);
            if (minQuantity < 1 || minQuantity > 1_000_000) {
                throw new IllegalArgumentException(
                        "Promotion on " + productCode + ": minQuantity must be 1-1000000, was " + minQuantity);
            }
            if (percent < 1 || percent > 100) {
                throw new IllegalArgumentException(
                        "Promotion on " + productCode + ": percent must be 1-100, was " + percent);
            }
        }

        @Override
        public String description() {
            return percent + "% off " + productCode + " (" + minQuantity + " or more)";
        }
    }
}
