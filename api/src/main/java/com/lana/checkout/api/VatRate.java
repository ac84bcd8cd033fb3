package com.lana.checkout.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A VAT rate, a percentage with at most two decimals (21%, 10%, 5.5%, 0%), kept exactly as
 * hundredths of a percent: 21% is 2100, 5.5% is 550. Prices in a catalog include it.
 *
 * @param hundredths the rate in hundredths of a percent, 0 to 10,000
 */
public record VatRate(int hundredths) implements Serializable, Comparable<VatRate> {

    /** The standard rate of the built-in catalog. */
    public static final VatRate STANDARD = new VatRate(2100);

    private static final Pattern PERCENTAGE = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?");

    public VatRate {
        if (hundredths < 0 || hundredths > 10_000) {
            throw new IllegalArgumentException("VAT rate must be 0-100%, was " + BigDecimal.valueOf(hundredths, 2)
                    .stripTrailingZeros().toPlainString() + "%");
        }
    }

    /** A whole percentage: {@code VatRate.of(21)}. */
    public static VatRate of(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("VAT rate must be 0-100%, was " + percent + "%");
        }
        return new VatRate(percent * 100);
    }

    /**
     * Reads {@code 21}, {@code 5.5}, {@code 5,5} or {@code 21%}.
     *
     * @throws IllegalArgumentException naming the text when it is not a percentage of 0-100 with at
     *     most two decimals
     */
    public static VatRate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("VAT rate is missing");
        }
        String digits = text.strip().replace(',', '.');
        if (digits.endsWith("%")) {
            digits = digits.substring(0, digits.length() - 1).strip();
        }
        if (!PERCENTAGE.matcher(digits).matches()) {
            throw new IllegalArgumentException("VAT rate '" + Texts.abbreviate(text)
                    + "' is not a percentage like 21 or 5.5 (at most two decimals)");
        }
        BigDecimal percent = new BigDecimal(digits);
        if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("VAT rate must be 0-100%, was " + digits + "%");
        }
        return new VatRate(percent.movePointRight(2).intValueExact());
    }

    /** The percentage as written in a catalog file: {@code 21}, {@code 5.5}. */
    public String percent() {
        return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }

    @Override
    public int compareTo(VatRate other) {
        return Integer.compare(hundredths, other.hundredths);
    }

    /** {@code 21%}, {@code 5.5%}. */
    @Override
    public String toString() {
        return percent() + "%";
    }
}
