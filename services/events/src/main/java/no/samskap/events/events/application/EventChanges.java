package no.samskap.events.events.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.Event;
import no.samskap.events.events.domain.EventEvent;
import no.samskap.events.events.domain.EventId;
import no.samskap.events.events.domain.Events;
import no.samskap.events.events.domain.Refusal;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.util.List;

/**
 * Every change of an event, each in one transaction with its message and what other capabilities do about it.
 * The event's row is locked first, so a change and a registration never decide on different states.
 */
@Singleton
public class EventChanges {

    private final Events events;
    private final EventRights rights;
    private final EventDescriptions descriptions;
    private final EventMessages messages;
    private final List<EventLifecycleListener> listeners;
    private final List<Attendance> attendance;
    private final Clock clock;

    EventChanges(Events events, EventRights rights, EventDescriptions descriptions, EventMessages messages,
                 List<EventLifecycleListener> listeners, List<Attendance> attendance, Clock clock) {
        this.events = events;
        this.rights = rights;
        this.descriptions = descriptions;
        this.messages = messages;
        this.listeners = listeners;
        this.attendance = attendance;
        this.clock = clock;
    }

    @Transactional
    public Event draft(SignedInPerson person, String municipality, DescribeEvent command) {
        var where = new MunicipalityNumber(municipality);
        rights.requireMayDraft(where, descriptions.coHosts(command), person);
        var description = descriptions.read(command, where);
        var drafted = Event.draft(EventId.random(), where, description, person.subject(), clock.instant());
        var stored = events.add(drafted.event());
        messages.publish(drafted);
        return stored;
    }

    @Transactional
    public Event describe(SignedInPerson person, String eventId, DescribeEvent command) {
        var event = lockedAndOrganisedBy(eventId, person);
        var description = descriptions.read(command, event.municipality());
        var updated = event.describe(description, person.subject(), clock.instant());
        if (!rights.organises(updated.event(), person)) {
            throw Refusal.unprocessable("coHostIds", "you would no longer organise the event: keep your "
                + "association among the co-hosts, or ask the municipality's staff");
        }
        listeners.forEach(listener -> listener.describing(event, updated.event()));
        return stored(updated);
    }

    @Transactional
    public Event publish(SignedInPerson person, String eventId) {
        var event = lockedAndOrganisedBy(eventId, person);
        var published = event.publish(person.subject(), clock.instant());
        listeners.forEach(listener -> listener.publishing(published.event(), published.by(), published.occurredAt()));
        return stored(published);
    }

    @Transactional
    public Event cancel(SignedInPerson person, String eventId, String reason) {
        var event = lockedAndOrganisedBy(eventId, person);
        var cancelled = event.cancel(reason, person.subject(), clock.instant());
        var stored = stored(cancelled);
        listeners.forEach(listener -> listener.cancelled(stored, cancelled.reason(), cancelled.occurredAt()));
        return stored;
    }

    @Transactional
    public Event complete(SignedInPerson person, String eventId) {
        var event = lockedAndOrganisedBy(eventId, person);
        var attended = attendance.stream().map(counter -> counter.checkedIn(event.id()))
            .filter(count -> count.isPresent()).map(count -> count.getAsInt()).findFirst().orElse(null);
        var completed = event.complete(attended, person.subject(), clock.instant());
        var stored = stored(completed);
        listeners.forEach(listener -> listener.completed(stored, completed.occurredAt()));
        return stored;
    }

    private Event lockedAndOrganisedBy(String eventId, SignedInPerson person) {
        rights.organised(eventId, person);
        return events.findForUpdate(EventId.parse(eventId).orElseThrow()).orElseThrow();
    }

    /** Stores the changed event; its message carries the same facts, so it is built from the change itself. */
    private Event stored(EventEvent change) {
        var stored = events.update(change.event());
        messages.publish(change);
        return stored;
    }
}
