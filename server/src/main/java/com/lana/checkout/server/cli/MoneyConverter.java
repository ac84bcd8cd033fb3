package com.lana.checkout.server.cli;

import com.lana.checkout.api.Money;
import picocli.CommandLine;

/** Reads an option's amount of euros as {@link Money#parse} does: {@code 20}, {@code 20.00}, {@code 20.00€}; never negative. */
public final class MoneyConverter implements CommandLine.ITypeConverter<Money> {

    @Override
    public Money convert(String value) {
        Money amount;
        try {
            amount = Money.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
        if (amount.isNegative()) {
            throw new CommandLine.TypeConversionException("An amount here must not be negative, was " + amount);
        }
        return amount;
    }
}
