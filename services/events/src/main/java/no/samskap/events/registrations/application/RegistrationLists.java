package no.samskap.events.registrations.application;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import no.samskap.events.events.application.EventRights;
import no.samskap.events.events.domain.Events;
import no.samskap.events.events.domain.Refusal;
import no.samskap.events.registrations.domain.Registration;
import no.samskap.events.registrations.domain.RegistrationStatus;
import no.samskap.events.registrations.domain.Registrations;
import no.samskap.events.registrations.domain.SeatCount;
import no.samskap.platform.security.SignedInPerson;

import java.util.ArrayList;
import java.util.List;

/** Registrations as people read them: their own, the organisers' list of an event, and anyone's seat count. */
@Singleton
public class RegistrationLists {

    private final Events events;
    private final EventRights rights;
    private final Registrations registrations;

    RegistrationLists(Events events, EventRights rights, Registrations registrations) {
        this.events = events;
        this.rights = rights;
        this.registrations = registrations;
    }

    /** The person's registrations, newest first, each with its event and place in line. */
    @ReadOnly
    public List<Standing> mine(SignedInPerson person) {
        return registrations.of(person.subject()).stream()
            .map(registration -> new Standing(registration, events.find(registration.eventId()).orElseThrow(),
                position(registration)))
            .toList();
    }

    /** The person's registration for the event that is not cancelled; 404 when there is none. */
    @ReadOnly
    public Standing mineFor(SignedInPerson person, String eventId) {
        var event = rights.visible(eventId, person);
        return registrations.activeOf(event.id(), person.subject())
            .map(registration -> new Standing(registration, event, position(registration)))
            .orElseThrow(() -> Refusal.notFound("you are not registered for this "
                + "event"));
    }

    /** Everyone confirmed, then the waitlist in order; only the event's organisers may read it. */
    @ReadOnly
    public List<Standing> forOrganisers(SignedInPerson organiser, String eventId) {
        var event = rights.organised(eventId, organiser);
        var standings = new ArrayList<Standing>();
        var line = 0;
        for (var registration : registrations.active(event.id())) {
            var waiting = registration.status() == RegistrationStatus.WAITING;
            standings.add(new Standing(registration, event, waiting ? ++line : null));
        }
        return standings;
    }

    /** The event's seats; the event must be visible to the caller ({@code person} null when anonymous). */
    @ReadOnly
    public SeatCount seats(SignedInPerson person, String eventId) {
        var event = rights.visible(eventId, person);
        return registrations.seatTally(event.id(), event.description().capacity()).seats();
    }

    private Integer position(Registration registration) {
        return registration.status() == RegistrationStatus.WAITING ? registrations.waitingAhead(registration) + 1
            : null;
    }
}
