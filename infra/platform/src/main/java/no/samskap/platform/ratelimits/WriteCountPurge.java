package no.samskap.platform.ratelimits;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * Forgets the counts of people and addresses that have not written for a day, so the table holds about one row per
 * recent writer. A day is longer than any sensible window, and a window that ended is never read again.
 */
@Singleton
@Requires(beans = WriteCounts.class)
class WriteCountPurge {

    private static final Logger LOG = LoggerFactory.getLogger(WriteCountPurge.class);
    private static final Duration KEPT = Duration.ofDays(1);

    private final WriteCounts counts;
    private final Clock clock;

    WriteCountPurge(WriteCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    @Scheduled(initialDelay = "10m", fixedDelay = "1h")
    void forgetOldWindows() {
        try {
            var forgotten = counts.forgetWindowsEndedBefore(clock.instant().minus(KEPT));
            if (forgotten > 0) {
                LOG.info("Forgot the write counts of {} keys that have not written for {}.", forgotten, KEPT);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not forget old write counts; will try again in an hour: {}", e.getMessage());
        }
    }
}
