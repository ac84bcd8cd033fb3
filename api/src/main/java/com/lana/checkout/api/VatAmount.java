package com.lana.checkout.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The VAT one rate holds in an amount whose prices include VAT: the gross (what the customer pays at
 * that rate), the VAT in it and the net. Amounts may be negative (what a refund gives back). Immutable.
 *
 * <p>{@link #of} computes the VAT of a gross amount: {@code gross × rate / (100 + rate)}, rounded
 * half-up to the cent (away from zero, so a refund's VAT mirrors a sale's), once per rate.
 *
 * @param rate the VAT rate
 * @param gross what was paid at this rate, VAT included
 * @param vat the VAT in {@code gross}
 */
public record VatAmount(VatRate rate, Money gross, Money vat) implements Serializable {

    private static final BigDecimal HUNDRED_PERCENT = BigDecimal.valueOf(10_000);

    public VatAmount {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(vat, "vat");
    }

    /** The VAT in {@code gross} at {@code rate}, rounded half-up to the cent. */
    public static VatAmount of(VatRate rate, Money gross) {
        BigDecimal exact = BigDecimal.valueOf(gross.cents()).multiply(BigDecimal.valueOf(rate.hundredths()))
                .divide(HUNDRED_PERCENT.add(BigDecimal.valueOf(rate.hundredths())), 6, RoundingMode.HALF_UP);
        return new VatAmount(rate, gross, Money.ofMinor(exact.setScale(0, RoundingMode.HALF_UP).longValueExact()));
    }

    /**
     * The VAT of each rate in gross amounts per rate, lowest rate first: {@link #of} applied once
     * per rate to the sum of its amounts, so the grosses add up to the sum of {@code grossByRate}'s
     * values exactly.
     */
    public static List<VatAmount> ofGross(Map<VatRate, Money> grossByRate) {
        List<VatAmount> out = new ArrayList<>(grossByRate.size());
        new TreeMap<>(grossByRate).forEach((rate, gross) -> out.add(of(rate, gross)));
        return List.copyOf(out);
    }

    /** The amounts of several lists added up per rate, lowest rate first; a rate whose amounts add up to nothing is left out. */
    public static List<VatAmount> sum(Collection<? extends Collection<VatAmount>> lists) {
        Map<VatRate, VatAmount> byRate = new TreeMap<>();
        for (Collection<VatAmount> list : lists) {
            for (VatAmount amount : list) {
                byRate.merge(amount.rate(), amount, VatAmount::plus);
            }
        }
        return byRate.values().stream().filter(amount -> !amount.gross().isZero() || !amount.vat().isZero()).toList();
    }

    /** What the customer paid at this rate less the VAT in it. */
    public Money net() {
        return gross.minus(vat);
    }

    /** Both amounts added, at the same rate. */
    public VatAmount plus(VatAmount other) {
        if (!rate.equals(other.rate)) {
            throw new IllegalArgumentException("Cannot add VAT at " + other.rate + " to VAT at " + rate);
        }
        return new VatAmount(rate, gross.plus(other.gross), vat.plus(other.vat));
    }

    /** The same amounts with the other sign: what a refund takes back. */
    public VatAmount negate() {
        return new VatAmount(rate, gross.negate(), vat.negate());
    }

    @Override
    public String toString() {
        return "VAT " + rate + ": net " + net() + ", VAT " + vat + ", gross " + gross;
    }
}
