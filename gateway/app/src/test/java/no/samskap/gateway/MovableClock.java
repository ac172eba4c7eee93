package no.samskap.gateway;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The gateway's clock in a test that moves time on itself, started by {@link #SETTING}: the time stands still until
 * the test moves it, so nothing depends on how long a step took.
 */
public final class MovableClock extends Clock {

    public static final String SETTING = "samskap.test.movable-clock";

    private volatile Instant now;

    MovableClock(Instant start) {
        this.now = start;
    }

    public void moveBy(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The movable clock keeps UTC");
    }

    @Factory
    @Requires(property = SETTING)
    static class Installed {

        @Singleton
        @Replaces(Clock.class)
        MovableClock clock(@io.micronaut.context.annotation.Value("${" + SETTING + "}") String start) {
            return new MovableClock(Instant.parse(start));
        }
    }
}
