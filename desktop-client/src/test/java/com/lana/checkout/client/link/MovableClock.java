package com.lana.checkout.client.link;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The system's clock, moved on by whatever a test adds: a server timed by it sees that much time pass at once. */
public final class MovableClock extends Clock {

    private final Clock system = Clock.systemDefaultZone();
    private volatile Duration added = Duration.ZERO;

    /** From now on the clock reads {@code duration} later than the system's clock does. */
    public void moveOn(Duration duration) {
        added = added.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a movable clock stays in the system's zone");
    }

    @Override
    public Instant instant() {
        return system.instant().plus(added);
    }
}
