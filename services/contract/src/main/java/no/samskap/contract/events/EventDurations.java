package no.samskap.contract.events;

import java.time.Duration;

/**
 * How long an event may last. The events service refuses a longer one; readers of the calendar rely on it to find
 * the events still running on a day from the events that started at most this long before it.
 */
public final class EventDurations {

    public static final Duration LONGEST = Duration.ofDays(14);

    private EventDurations() {
    }
}
