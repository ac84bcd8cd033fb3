package com.lana.checkout.server.cli;

import picocli.CommandLine;

import java.time.Duration;
import java.util.Locale;

/**
 * Durations on command lines as people type them: {@code 500ms}, {@code 90s}, {@code 30m},
 * {@code 4h}, {@code 1d}, or ISO {@code PT4H}; never negative. The server's and the load tool's
 * options read durations through this one class.
 */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        try {
            Duration duration;
            if (text.startsWith("p")) {
                duration = Duration.parse(text.toUpperCase(Locale.ROOT));
            } else if (text.endsWith("ms")) {
                duration = Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            } else {
                long amount = Long.parseLong(text.substring(0, text.length() - 1));
                duration = switch (text.charAt(text.length() - 1)) {
                    case 's' -> Duration.ofSeconds(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    case 'h' -> Duration.ofHours(amount);
                    case 'd' -> Duration.ofDays(amount);
                    default -> throw new IllegalArgumentException();
                };
            }
            if (duration.isNegative()) {
                throw new IllegalArgumentException();
            }
            return duration;
        } catch (RuntimeException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a duration like 500ms, 90s, 30m, 4h or 1d");
        }
    }

    /** The duration in a log line's short form: {@code 4h}, {@code 1h30m}, {@code 2s}. */
    public static String format(Duration duration) {
        return duration.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
