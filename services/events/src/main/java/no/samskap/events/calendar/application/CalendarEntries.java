package no.samskap.events.calendar.application;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.application.EventRights;
import no.samskap.events.events.domain.Event;
import no.samskap.events.events.domain.EventStatus;
import no.samskap.events.events.domain.Events;
import no.samskap.events.events.domain.Refusal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * What the public calendars hold. One event's file: any event that was ever public (published, completed or
 * cancelled). A municipality's feed: those that end after {@link #RECENT} ago, cancelled ones included, so that a
 * subscribed calendar learns of a cancellation instead of silently losing the event.
 */
@Singleton
public class CalendarEntries {

    static final Duration RECENT = Duration.ofDays(30);
    private static final List<EventStatus> PUBLIC = List.of(EventStatus.PUBLISHED, EventStatus.COMPLETED,
        EventStatus.CANCELLED);

    private final Events events;
    private final EventRights rights;
    private final ChangeTimes changeTimes;
    private final Clock clock;

    CalendarEntries(Events events, EventRights rights, ChangeTimes changeTimes, Clock clock) {
        this.events = events;
        this.rights = rights;
        this.changeTimes = changeTimes;
        this.clock = clock;
    }

    @ReadOnly
    public CalendarEntry ofEvent(String eventId) {
        var event = rights.existing(eventId);
        if (!PUBLIC.contains(event.status())) {
            throw Refusal.notFound("no event " + eventId);
        }
        return entries(List.of(event)).get(0);
    }

    @ReadOnly
    public List<CalendarEntry> ofMunicipality(String municipality, CalendarFilter filter) {
        if (!MunicipalityNumber.isValid(municipality)) {
            throw Refusal.invalid("municipality", "must be a municipality number of four digits, such as 1833");
        }
        var since = clock.instant().minus(RECENT);
        return entries(events.inMunicipality(new MunicipalityNumber(municipality), PUBLIC).stream()
            .filter(event -> event.description().endsAt().isAfter(since))
            .filter(filter::admits)
            .toList());
    }

    private List<CalendarEntry> entries(List<Event> chosen) {
        var changed = changeTimes.of(chosen.stream().map(Event::id).toList());
        return chosen.stream()
            .map(event -> new CalendarEntry(event, changed.getOrDefault(event.id(), event.createdAt())))
            .toList();
    }
}
