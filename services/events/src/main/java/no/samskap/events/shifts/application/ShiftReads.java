package no.samskap.events.shifts.application;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import no.samskap.events.events.application.EventRights;
import no.samskap.events.events.domain.Event;
import no.samskap.events.events.domain.EventId;
import no.samskap.events.events.domain.Events;
import no.samskap.events.events.domain.Refusal;
import no.samskap.events.shifts.domain.Roster;
import no.samskap.events.shifts.domain.ShiftId;
import no.samskap.events.shifts.domain.Shifts;
import no.samskap.platform.security.SignedInPerson;

import java.util.HashMap;
import java.util.List;

/** What is shown of shifts: counts to everyone who sees the event, names only to those who lead the shift. */
@Singleton
public class ShiftReads {

    private final EventRights eventRights;
    private final ShiftRights rights;
    private final Shifts shifts;
    private final Events events;

    ShiftReads(EventRights eventRights, ShiftRights rights, Shifts shifts, Events events) {
        this.eventRights = eventRights;
        this.rights = rights;
        this.shifts = shifts;
        this.events = events;
    }

    /** The event's shifts, for anyone who may see the event; {@code person} is null when anonymous. */
    @ReadOnly
    public List<Roster> ofEvent(String eventId, SignedInPerson person) {
        return shifts.ofEvent(eventRights.visible(eventId, person).id());
    }

    /** The shift with its sign-ups and reported absences, for its team leader and the event's organisers. */
    @ReadOnly
    public Roster signUps(String shiftId, SignedInPerson person) {
        var roster = ShiftId.parse(shiftId).flatMap(shifts::roster)
            .orElseThrow(() -> Refusal.notFound("no shift " + shiftId));
        rights.led(roster.shift(), person);
        return roster;
    }

    /** The volunteer's sign-ups, soonest shift first. */
    @ReadOnly
    public List<VolunteersShift> mine(SignedInPerson volunteer) {
        var eventsById = new HashMap<EventId, Event>();
        return shifts.signedUpBy(volunteer.subject()).stream()
            .map(roster -> VolunteersShift.of(eventsById.computeIfAbsent(roster.shift().eventId(),
                id -> events.find(id).orElseThrow()), roster, volunteer.subject()))
            .toList();
    }
}
