package no.samskap.events.calendar.application;

import no.samskap.events.events.domain.EventId;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** When each event last changed, as the database recorded it. */
public interface ChangeTimes {

    Map<EventId, Instant> of(Collection<EventId> events);
}
