package no.samskap.events.venues.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The occurrences that take a venue's room between two instants, earliest first. */
public interface CalendarEntries {

    List<CalendarEntry> between(UUID venueId, Instant from, Instant to);
}
