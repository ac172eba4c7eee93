package no.samskap.events.calendar.application;

import no.samskap.events.events.domain.Event;

import java.time.Instant;

/** An event as a calendar shows it, with when it last changed (its LAST-MODIFIED). */
public record CalendarEntry(Event event, Instant lastModified) {
}
