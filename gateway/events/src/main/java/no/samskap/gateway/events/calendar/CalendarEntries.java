package no.samskap.gateway.events.calendar;

import java.util.List;
import java.util.Optional;

/** Events the calendar found, in start order; {@code next} is the cursor of the following page, if one follows. */
public record CalendarEntries(List<CalendarEntry> events, Optional<String> next) {
}
