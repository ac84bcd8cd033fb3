package com.lana.checkout.bench.chainday;

import com.lana.checkout.server.cli.DurationConverter;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.List;

/** The load tool's options of {@code --scenarios chain-day}, mixed into its command line. */
public final class ChainDayOptions {

    @Option(names = "--scan-interval-ms", paramLabel = "MS", defaultValue = "2000",
            description = "chain-day: a till's time between actions (a scan, mostly), give or take a quarter. "
                    + "Default: ${DEFAULT-VALUE}.")
    int scanIntervalMillis;

    @Option(names = "--tills", split = ",", paramLabel = "N[,N...]",
            description = "chain-day: run exactly these steps instead of the capacity search (50, doubling while "
                    + "a step holds, up to --max-tills).")
    List<Integer> tills;

    @Option(names = "--max-tills", paramLabel = "N",
            description = "chain-day: the capacity search's largest step. Default: 51200, 25600 with --quick.")
    Integer maxTills;

    @Option(names = "--step-time", paramLabel = "TIME", converter = DurationConverter.class,
            description = "chain-day: measured time per step, after one scan interval of tills starting. "
                    + "Default: 30s, 8s with --quick.")
    Duration stepTime;

    Duration interval() {
        return Duration.ofMillis(scanIntervalMillis);
    }

    Duration stepTime(boolean quick) {
        return stepTime != null ? stepTime : Duration.ofSeconds(quick ? 8 : 30);
    }

    int maxTills(boolean quick) {
        return maxTills != null ? maxTills : quick ? 25_600 : 51_200;
    }

    /** Why these options cannot run, or null when they can. */
    String problem() {
        if (scanIntervalMillis < 1) {
            return "--scan-interval-ms must be at least 1, was " + scanIntervalMillis;
        }
        if (tills != null && tills.stream().anyMatch(n -> n < 1)) {
            return "--tills must be at least 1 each, was " + tills;
        }
        if (maxTills != null && maxTills < 1) {
            return "--max-tills must be at least 1, was " + maxTills;
        }
        if (stepTime != null && stepTime.isZero()) {
            return "--step-time must be positive";
        }
        return null;
    }
}
